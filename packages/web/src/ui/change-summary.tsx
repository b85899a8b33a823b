import type { NeedArea } from '@mentora/core/program-defaults';
import i18next from 'i18next';
import { formatDate } from '../app/format';
import { t } from '../i18n';
import type { Args } from '../store/db';
import { localDb } from '../store/device';
import { useLive } from '../store/live';
import { FieldValue } from './ltr';
import { areaLabel, deviceNeedAreas } from './program-labels';

/** Ids (UUIDs) say nothing to a user; the record is named by the screen the change belongs to. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const hidden = (field: string, value: unknown) => field === 'id' || (typeof value === 'string' && UUID.test(value));

/** The area a command belongs to: `person.update` → `person`; its strings live under `change.<area>`. */
const areaOf = (name: string) => name.split('.')[0] ?? name;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A field's label: `change.<area>.field.<field>` in the locale files, so an area adds its labels
 * with its other strings and no list here (docs/adding-an-area.md); unknown fields show their name.
 */
function fieldLabel(area: string, field: string): string {
  const key = `change.${area}.field.${field}`;
  return i18next.exists(key) ? t(key) : field;
}

/** Dates by their shape; values an area translates (`change.<area>.value.<field>.<value>`, e.g. a gender); else as typed. */
function valueText(area: string, field: string, value: unknown, needAreas: NeedArea[]): string {
  if (value === null || value === undefined || value === '') return '—';
  // A need's area is program configuration (settings.needAreas), labelled from the programs on this device.
  if (area === 'need' && field === 'areaKey' && typeof value === 'string') return areaLabel(value, needAreas);
  // Lists of ids say nothing either; a list of records shows their titles (an observation's next
  // steps), or how many there are when they have none (attendance entries).
  if (Array.isArray(value)) {
    if (value.some((v) => typeof v === 'object' && v !== null && !('title' in v))) return String(value.length);
    return (
      value
        .map((v) => (typeof v === 'object' && v !== null && 'title' in v ? String(v.title) : String(v)))
        .filter((v) => !UUID.test(v))
        .join(', ') || '—'
    );
  }
  // A record of texts (a reflection's answers): the texts typed, in order.
  if (typeof value === 'object') return Object.values(value).map(String).join(' · ') || '—';
  if (typeof value === 'string' && ISO_DATE.test(value)) return formatDate(value);
  // Typed text is never used as a key unless the area declared that value: `{{…}}` stays as typed.
  const key = `change.${area}.value.${field}.${String(value)}`;
  return typeof value === 'string' && i18next.exists(key) ? t(key) : String(value);
}

export function changeLabel(name: string): string {
  return t(`change.${name}`, { defaultValue: name });
}

/** What the user typed, field by field: shown for pending and refused changes so nothing is lost. */
export function ChangeValues({ name, args }: { name: string; args: Args }) {
  const area = areaOf(name);
  const needAreas = useLive(localDb.value, deviceNeedAreas, []).value ?? [];
  const fields = Object.entries(args).filter(([k, v]) => !hidden(k, v));
  if (fields.length === 0) return null;
  return (
    <dl class="facts compact">
      {fields.map(([k, v]) => (
        <div key={k}>
          <dt>{fieldLabel(area, k)}</dt>
          <dd>
            <FieldValue field={k}>{valueText(area, k, v, needAreas)}</FieldValue>
          </dd>
        </div>
      ))}
    </dl>
  );
}
