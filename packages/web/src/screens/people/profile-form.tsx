import type { UpdatePerson } from '@mentora/core';
import type { Gender, Person } from '@mentora/core/types';
import { useState } from 'preact/hooks';
import { type Outcome, useDispatch } from '../../app/use-dispatch';
import { t } from '../../i18n';
import type { Args } from '../../store/db';
import { localDb } from '../../store/device';
import { discardRejected } from '../../store/outbox';
import { ErrorBox } from '../../ui/error-box';

const GENDERS: Gender[] = ['female', 'male', 'other'];

const list = (text: string) =>
  text
    .split(/[,;،]/)
    .map((s) => s.trim())
    .filter(Boolean);

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

interface Props {
  person: Person;
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
export function ProfileForm({ person, fix, onDone }: Props) {
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
      gender: (gender || null) as Gender | null,
      subjects: list(subjects),
      grades: list(grades),
      yearsExperience: years.trim() === '' ? null : Number(years),
      phone: orNull(phone),
      email: orNull(email),
      emisId: orNull(emisId),
    };
    const out: Partial<UpdatePerson> = {};
    for (const [k, v] of Object.entries(next) as [keyof UpdatePerson, unknown][])
      if (JSON.stringify(v) !== JSON.stringify(person[k as keyof Person])) (out as Record<string, unknown>)[k] = v;
    return out;
  }

  async function submit(e: Event) {
    e.preventDefault();
    const changed = changes();
    const db = localDb.value;
    let outcome: Outcome = 'applied';
    if (Object.keys(changed).length > 0) {
      const done = await write.run('person.update', { id: person.id, ...changed });
      if (!done) return;
      outcome = done.outcome;
    }
    if (fix && db) await discardRejected(db, fix.key);
    onDone(outcome);
  }

  return (
    <form onSubmit={submit} data-testid="profile-form">
      <div class="field">
        <label for="p-name">{t('person.fullName')}</label>
        <input
          id="p-name"
          required
          maxLength={200}
          value={fullName}
          onInput={(e) => setFullName(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="p-gender">{t('person.gender')}</label>
        <select id="p-gender" value={gender} onChange={(e) => setGender(e.currentTarget.value)}>
          <option value="">{t('gender.unknown')}</option>
          {GENDERS.map((g) => (
            <option key={g} value={g}>
              {t(`gender.${g}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="p-subjects">{t('person.subjects')}</label>
        <input
          id="p-subjects"
          value={subjects}
          onInput={(e) => setSubjects(e.currentTarget.value)}
          aria-describedby="p-list-help"
        />
      </div>
      <div class="field">
        <label for="p-grades">{t('person.grades')}</label>
        <input
          id="p-grades"
          value={grades}
          onInput={(e) => setGrades(e.currentTarget.value)}
          aria-describedby="p-list-help"
        />
        <p id="p-list-help" class="help">
          {t('person.listHelp')}
        </p>
      </div>
      <div class="field">
        <label for="p-years">{t('person.experienceYears')}</label>
        <input
          id="p-years"
          type="number"
          inputMode="numeric"
          min={0}
          max={60}
          value={years}
          onInput={(e) => setYears(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="p-phone">{t('person.phone')}</label>
        <input id="p-phone" type="tel" dir="ltr" value={phone} onInput={(e) => setPhone(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="p-email">{t('person.email')}</label>
        <input id="p-email" type="email" dir="ltr" value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="p-emis">{t('person.emisId')}</label>
        <input id="p-emis" dir="ltr" value={emisId} onInput={(e) => setEmisId(e.currentTarget.value)} />
      </div>
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
