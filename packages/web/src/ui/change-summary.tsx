import type { NeedLevel } from '@mentora/core/program-defaults';
import { formatDate } from '../app/format';
import { t } from '../i18n';
import type { Args } from '../store/db';
import { areaLabel, levelLabel } from './program-labels';

/** Ids say nothing to a user; the record is named by the screen the change belongs to. */
const HIDDEN = new Set([
  'id',
  'programId',
  'groupId',
  'personId',
  'orgUnitId',
  'schoolId',
  // plans: the pair, the goal and the needs are named by the plan screen the change belongs to
  'ownerPersonId',
  'partnerPersonId',
  'assigneePersonId',
  'goalId',
  'actionId',
  'needIds',
  'moduleId',
  'uploadIds',
]);

const FIELD_LABELS: Record<string, string> = {
  fullName: 'person.fullName',
  gender: 'person.gender',
  subjects: 'person.subjects',
  grades: 'person.grades',
  yearsExperience: 'person.experience',
  phone: 'person.phone',
  email: 'person.email',
  emisId: 'person.emisId',
  name: 'groups.name',
  kind: 'groups.kind',
  role: 'groups.role',
  startDate: 'groups.startDate',
  endDate: 'groups.endDate',
  areaKey: 'plans.need.area',
  level: 'plans.need.level',
  source: 'plans.need.source',
  description: 'plans.need.description',
  visibility: 'plans.visibility.label',
  title: 'plans.field.title',
  dueDate: 'plans.action.due',
  status: 'plans.field.status',
  text: 'plans.review.text',
};

/** Fields whose value is a key with its own translation: field → the keys' prefix. */
const VALUE_KEYS: Record<string, string> = {
  gender: 'gender',
  kind: 'groupKind',
  role: 'memberRole',
  source: 'plans.source',
  visibility: 'plans.visibility',
  status: 'plans.anyStatus',
};

function valueText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.join(', ') || '—';
  const prefix = VALUE_KEYS[field];
  if (prefix) return t(`${prefix}.${String(value)}`);
  if (field === 'level') return levelLabel(value as NeedLevel);
  if (field === 'areaKey') return areaLabel(String(value));
  if (field === 'startDate' || field === 'endDate' || field === 'dueDate') return formatDate(String(value));
  return String(value);
}

export function changeLabel(name: string): string {
  return t(`change.${name}`, { defaultValue: name });
}

/** What the user typed, field by field: shown for pending and refused changes so nothing is lost. */
export function ChangeValues({ args }: { args: Args }) {
  const fields = Object.entries(args).filter(([k]) => !HIDDEN.has(k));
  if (fields.length === 0) return null;
  return (
    <dl class="facts compact">
      {fields.map(([k, v]) => (
        <div key={k}>
          <dt>{FIELD_LABELS[k] ? t(FIELD_LABELS[k]) : k}</dt>
          <dd>{valueText(k, v)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Where the user can correct a refused change, with what they typed filled in. */
export function fixHref(name: string, args: Args, key: string): string | null {
  const fix = `fix=${encodeURIComponent(key)}`;
  switch (name) {
    case 'person.update':
      return `/people/${String(args.id)}?${fix}`;
    case 'person.archive':
      return `/people/${String(args.id)}`;
    case 'group.update':
      return `/groups/${String(args.id)}/edit?${fix}`;
    case 'group.create':
      return `/groups/new?${fix}`;
    case 'group.addMember':
      return `/groups/${String(args.groupId)}/edit`;
    case 'group.archive':
      return `/groups/${String(args.id)}`;
    default:
      return null;
  }
}
