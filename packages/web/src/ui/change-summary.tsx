import { formatDate } from '../app/format';
import { t } from '../i18n';
import type { Args } from '../store/db';

/** Ids say nothing to a user; the record is named by the screen the change belongs to. */
const HIDDEN = new Set([
  'id',
  'programId',
  'groupId',
  'personId',
  'orgUnitId',
  'schoolId',
  'authorPersonId',
  'partnerPersonId',
  'recordId',
  'linkedId',
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
};

function valueText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.join(', ') || '—';
  // A reflection's answers: the texts typed, in order.
  if (typeof value === 'object') return Object.values(value).map(String).join(' · ') || '—';
  if (field === 'gender') return t(`gender.${String(value)}`);
  if (field === 'kind') return t(`groupKind.${String(value)}`);
  if (field === 'role') return t(`memberRole.${String(value)}`);
  if (field === 'startDate' || field === 'endDate') return formatDate(String(value));
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
