// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mount } from '../../ui/test-dom';
import { DueList } from './due-list';
import type { DueView } from './queries';

const base = {
  overdue: false,
  step: null,
  at: null,
  title: null,
  observerPersonId: null,
  observedPersonId: null,
  observerName: null,
  observedName: null,
};
const items: DueView[] = [
  {
    ...base,
    kind: 'action',
    id: 'late',
    dueDate: '2026-03-02',
    overdue: true,
    title: 'Prepare a test together',
    whosePersonIds: ['a'],
    whoseNames: ['Arben Gashi'],
    ownerPersonId: 'a',
  },
  {
    ...base,
    kind: 'observation',
    id: 'o1',
    dueDate: '2026-03-05',
    at: '2026-03-05T08:00:00.000Z',
    step: 'observer_reflect',
    whosePersonIds: ['mentor'],
    whoseNames: ['Mimoza Krasniqi'],
    observerPersonId: 'mentor',
    observedPersonId: 'a',
    observerName: 'Mimoza Krasniqi',
    observedName: 'Arben Gashi',
    ownerPersonId: null,
  },
  {
    ...base,
    kind: 'meeting',
    id: 'm1',
    dueDate: '2026-03-13',
    at: '2026-03-13T09:00:00.000Z',
    title: 'One-to-one',
    whosePersonIds: ['mentor', 'a'],
    whoseNames: ['Mimoza Krasniqi', 'Arben Gashi'],
    ownerPersonId: null,
  },
];

describe(DueList.name, () => {
  it("shows the mentor each item with its link, the overdue mark and whose turn it is — theirs as 'you'", async () => {
    const root = await mount(<DueList items={items} me="mentor" />);
    const rows = [...root.querySelectorAll('[data-testid="due-item"]')];
    expect(rows.map((r) => r.querySelector('a')?.getAttribute('href'))).toEqual([
      '/mentees/a/plan',
      '/observations/o1',
      '/meetings/m1',
    ]);
    expect(rows[0]?.querySelector('.overdue')?.textContent).toBe('Overdue');
    expect(rows[0]?.textContent).toContain('Whose turn: Arben Gashi');
    expect(rows[1]?.querySelector('a')?.textContent).toBe("Arben Gashi: The observer's reflection");
    expect(rows[1]?.textContent).toContain('Whose turn: you');
    expect(rows[2]?.textContent).toContain('Whose turn: you and Arben Gashi');
    expect(rows[1]?.querySelector('.overdue')).toBeNull();
  });

  it("links the teacher's own action to their plan, names their cycle by the observer, and says when nothing is due", async () => {
    const root = await mount(<DueList items={items.slice(0, 2)} me="a" />);
    const links = [...root.querySelectorAll('a')];
    expect(links[0]?.getAttribute('href')).toBe('/plan');
    expect(links[1]?.textContent).toBe("Mimoza Krasniqi: The observer's reflection");
    expect(root.textContent).toContain('Whose turn: you');
    const empty = await mount(<DueList items={[]} me="a" />);
    expect(empty.textContent).toBe('Nothing is due.');
  });
});
