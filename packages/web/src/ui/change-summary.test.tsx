// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale } from '../i18n';
import { ChangeValues } from './change-summary';
import { mount } from './test-dom';

const shown = (root: HTMLElement) =>
  [...root.querySelectorAll('dl > div')].map((d) => [
    d.querySelector('dt')?.textContent,
    d.querySelector('dd')?.textContent,
  ]);

afterEach(() => applyLocale('en', false));

/** Labels and values come from each area's strings in the locale files (`change.<area>.field`), no list in code. */
describe('ChangeValues', () => {
  it("labels a person's fields and translates a gender from the person area's strings", async () => {
    const root = await mount(
      <ChangeValues name="person.update" args={{ id: 'p1', fullName: 'Ana', gender: 'female' }} />,
    );
    expect(shown(root)).toEqual([
      ['Full name', 'Ana'],
      ['Gender', 'Female'],
    ]);
  });

  it('speaks the chosen language: the same change in Urdu', async () => {
    const root = await mount(
      <ChangeValues
        name="group.addMember"
        args={{ groupId: '0190a4b2-7c1d-7f00-8000-000000000001', role: 'mentee' }}
      />,
    );
    await applyLocale('ur', false);
    const [[label, value]] = shown(root) as [[string, string]];
    expect(label).not.toBe('Role');
    expect(value).toBe('زیرِ رہنمائی استاد');
  });

  it('hides ids whatever the field is called (an area adds none to a list), not an EMIS id', async () => {
    const root = await mount(
      <ChangeValues
        name="person.update"
        args={{ id: 'x', groupId: '0190a4b2-7c1d-7f00-8000-000000000001', emisId: 'E-001' }}
      />,
    );
    expect(shown(root).map(([, v]) => v)).toEqual(['E-001']);
  });

  it('shows typed text as typed, even when it looks like a key or a placeholder', async () => {
    const root = await mount(<ChangeValues name="person.update" args={{ fullName: '{{name}}', phone: 'female' }} />);
    expect(shown(root).map(([, v]) => v)).toEqual(['{{name}}', 'female']);
  });
});
