// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { Choices, Field, TextField } from './field';
import { byLabel, description, mount, spokenText, type } from './test-dom';

describe(Field.name, () => {
  it('names its control by the label and reads the hint and the error with it', async () => {
    const root = await mount(
      <Field id="p-years" label="Years of experience" hint="Whole years." error="Use a number up to 60.">
        {(c) => <input {...c} />}
      </Field>,
    );
    const sut = byLabel(root, 'Years of experience');
    expect(sut.id).toBe('p-years');
    expect(description(sut)).toBe('Whole years. Use a number up to 60.');
    expect(sut.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Use a number up to 60.');
  });

  it('an optional field has no mark', async () => {
    const root = await mount(
      <Field id="p-email" label="Email">
        {(c) => <input {...c} />}
      </Field>,
    );
    expect((byLabel(root, 'Email') as HTMLInputElement).required).toBe(false);
    expect(root.querySelector('.required-mark')).toBeNull();
  });

  it('without an error the control is not marked invalid and has no error to read', async () => {
    const root = await mount(
      <Field id="p-years" label="Years" hint="Whole years.">
        {(c) => <input {...c} />}
      </Field>,
    );
    const sut = byLabel(root, 'Years');
    expect(sut.hasAttribute('aria-invalid')).toBe(false);
    expect(description(sut)).toBe('Whole years.');
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('with neither hint nor error the control points at nothing', async () => {
    const root = await mount(
      <Field id="p-name" label="Full name">
        {(c) => <input {...c} />}
      </Field>,
    );
    expect(byLabel(root, 'Full name').hasAttribute('aria-describedby')).toBe(false);
  });

  it('a required field says so to the eye (a mark) and to screen readers (required), not twice', async () => {
    const root = await mount(
      <Field id="g-name" label="Name" required>
        {(c) => <input {...c} />}
      </Field>,
    );
    const sut = byLabel(root, 'Name');
    expect((sut as HTMLInputElement).required).toBe(true);
    expect(root.querySelector('.required-mark')).not.toBeNull();
    const label = root.querySelector('label');
    if (!label) throw new Error('no label');
    // The mark is drawn by the stylesheet: the label still reads "Name" (to a script, too).
    expect(label.querySelector('.required-mark')).not.toBeNull();
    expect(label.textContent).toBe('Name');
    expect(spokenText(label)).toBe('Name');
  });

  it('one hint can describe two fields: the other field points at it by id', async () => {
    const root = await mount(
      <>
        <Field id="p-subjects" label="Subjects" describedBy="p-grades-hint">
          {(c) => <input {...c} />}
        </Field>
        <Field id="p-grades" label="Grades" hint="Separate with commas.">
          {(c) => <input {...c} />}
        </Field>
      </>,
    );
    expect(description(byLabel(root, 'Subjects'))).toBe('Separate with commas.');
    expect(description(byLabel(root, 'Grades'))).toBe('Separate with commas.');
  });

  it('a phone, login or code reads left to right even on an Urdu page', async () => {
    document.documentElement.dir = 'rtl';
    try {
      const root = await mount(
        <Field id="p-phone" label="فون" ltr>
          {(c) => <input type="tel" {...c} />}
        </Field>,
      );
      expect(byLabel(root, 'فون').getAttribute('dir')).toBe('ltr');
      // The label and the rest of the field follow the page.
      expect(root.querySelector('.field')?.hasAttribute('dir')).toBe(false);
    } finally {
      document.documentElement.dir = 'ltr';
    }
  });
});

describe(TextField.name, () => {
  it('reports what is typed and passes the input attributes through', async () => {
    let typed = '';
    const root = await mount(
      <TextField id="q" label="Search" type="search" maxLength={20} value="" onValue={(v) => (typed = v)} />,
    );
    const sut = byLabel(root, 'Search') as HTMLInputElement;
    expect(sut.type).toBe('search');
    expect(sut.maxLength).toBe(20);
    await type(sut, 'Drenas');
    expect(typed).toBe('Drenas');
  });
});

describe(Choices.name, () => {
  it('offers one of a few choices under its question and reports the one taken', async () => {
    let taken = '';
    const root = await mount(
      <Choices
        legend="Kind of group"
        name="kind"
        options={['cluster', 'school'] as const}
        value="school"
        onChange={(k) => (taken = k)}
        label={(k) => `A ${k} group`}
      />,
    );
    expect(root.querySelector('fieldset legend')?.textContent).toBe('Kind of group');
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => [r.name, r.value, r.checked])).toEqual([
      ['kind', 'cluster', false],
      ['kind', 'school', true],
    ]);
    // Each radio is named by its own label (a whole row to tap).
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual(['A cluster group', 'A school group']);
    await act(() => {
      radios[0]?.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(taken).toBe('cluster');
  });
});
