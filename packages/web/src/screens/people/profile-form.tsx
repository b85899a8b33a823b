import type { UpdatePerson } from '@mentora/core';
import type { Gender, Person } from '@mentora/core/types';
import { useState } from 'preact/hooks';
import { type Outcome, useDispatch } from '../../app/use-dispatch';
import { t } from '../../i18n';
import type { Args } from '../../store/db';
import { localDb } from '../../store/device';
import { discardRejected } from '../../store/outbox';
import { ErrorBox } from '../../ui/error-box';
import { Field, TextField } from '../../ui/field';
import { NumberField, readNumber } from '../../ui/number-field';

const GENDERS: Gender[] = ['female', 'male', 'other'];

const list = (text: string) =>
  text
    .split(/[,;،]/)
    .map((s) => s.trim())
    .filter(Boolean);

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

interface Props {
  person: Person;
  /**
   * Whether the user may change the program's record of this person (gender, years of experience,
   * EMIS id): core policy `updateRecord`. Without it only name, contacts, subjects and grades show.
   */
  recordFields: boolean;
  /** A refused change opened with "Fix": its typed values fill the form. */
  fix?: { key: string; args: Args };
  /** Closed: after a save (`applied` on the server, or `pending` on this phone) or a cancel (null). */
  onDone: (outcome: Outcome | null) => void;
}

/**
 * Edit a profile (one's own, or as a program admin). Only the fields that changed are sent, so
 * two devices editing different fields never conflict. Formats the server checks (phone digits)
 * are not repeated here: a refusal is shown with its reason and nothing typed is lost.
 */
export function ProfileForm({ person, recordFields, fix, onDone }: Props) {
  const typed = { ...person, ...(fix?.args ?? {}) } as Person;
  const [fullName, setFullName] = useState(typed.fullName);
  const [gender, setGender] = useState<string>(typed.gender ?? '');
  const [subjects, setSubjects] = useState(typed.subjects.join(', '));
  const [grades, setGrades] = useState(typed.grades.join(', '));
  const [years, setYears] = useState(typed.yearsExperience === null ? '' : String(typed.yearsExperience));
  const [phone, setPhone] = useState(typed.phone ?? '');
  const [email, setEmail] = useState(typed.email ?? '');
  const [emisId, setEmisId] = useState(typed.emisId ?? '');
  const write = useDispatch();

  function changes(): Partial<UpdatePerson> {
    const next: Partial<UpdatePerson> = {
      fullName: fullName.trim(),
      subjects: list(subjects),
      grades: list(grades),
      phone: orNull(phone),
      email: orNull(email),
      ...(recordFields
        ? {
            gender: (gender || null) as Gender | null,
            yearsExperience: readNumber(years) as number | null,
            emisId: orNull(emisId),
          }
        : {}),
    };
    const out: Partial<UpdatePerson> = {};
    for (const [k, v] of Object.entries(next) as [keyof UpdatePerson, unknown][])
      if (JSON.stringify(v) !== JSON.stringify(person[k as keyof Person])) (out as Record<string, unknown>)[k] = v;
    return out;
  }

  async function submit(e: Event) {
    e.preventDefault();
    // An unreadable number is shown under its field and never sent as null (issue 10, kind 2).
    if (recordFields && readNumber(years) === 'unreadable') return;
    const changed = changes();
    const db = localDb.value;
    let outcome: Outcome = 'applied';
    if (Object.keys(changed).length > 0) {
      // The profile as this form showed it is the base, even when it came from the server (issue 10, kind 5).
      const done = await write.run('person.update', { id: person.id, ...changed }, person);
      if (!done) return;
      outcome = done.outcome;
    }
    if (fix && db) await discardRejected(db, fix.key);
    onDone(outcome);
  }

  return (
    <form onSubmit={submit} data-testid="profile-form">
      <TextField
        id="p-name"
        label={t('person.fullName')}
        required
        maxLength={200}
        value={fullName}
        onValue={setFullName}
      />
      {recordFields && (
        <Field id="p-gender" label={t('person.gender')}>
          {(control) => (
            <select {...control} value={gender} onChange={(e) => setGender(e.currentTarget.value)}>
              <option value="">{t('gender.unknown')}</option>
              {GENDERS.map((g) => (
                <option key={g} value={g}>
                  {t(`gender.${g}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {/* One hint, under grades, describes both list fields. */}
      <TextField
        id="p-subjects"
        label={t('person.subjects')}
        describedBy="p-grades-hint"
        value={subjects}
        onValue={setSubjects}
      />
      <TextField
        id="p-grades"
        label={t('person.grades')}
        hint={t('person.listHelp')}
        value={grades}
        onValue={setGrades}
      />
      {recordFields && (
        <NumberField id="p-years" label={t('person.experienceYears')} value={years} onValue={setYears} />
      )}
      <TextField id="p-phone" label={t('person.phone')} type="tel" ltr value={phone} onValue={setPhone} />
      <TextField id="p-email" label={t('person.email')} type="email" ltr value={email} onValue={setEmail} />
      {recordFields && <TextField id="p-emis" label={t('person.emisId')} ltr value={emisId} onValue={setEmisId} />}
      <ErrorBox error={write.error} />
      <p class="actions">
        <button type="submit" class="button" disabled={write.busy || !fullName.trim()}>
          {t('common.save')}
        </button>
        <button type="button" class="button secondary" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </p>
    </form>
  );
}
