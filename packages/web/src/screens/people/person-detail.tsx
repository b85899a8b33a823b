import type { PersonDetailResponse as Detail, Person } from '@mentora/core/types';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api } from '../../app/api';
import { formatDate, formatNumber } from '../../app/format';
import { localPersonResource, may, useLocalResource } from '../../app/policy';
import type { Outcome } from '../../app/use-dispatch';
import { useResource } from '../../app/use-resource';
import { t } from '../../i18n';
import { localDb } from '../../store/device';
import { useLive } from '../../store/live';
import { personView } from '../../store/queries';
import { ConflictCopies } from '../../ui/conflict-copies';
import { ErrorBox } from '../../ui/error-box';
import { Loading } from '../../ui/loading';
import { Ltr } from '../../ui/ltr';
import { PendingChanges } from '../../ui/pending-changes';
import { PhoneNumber } from '../../ui/phone';
import { SavedNote } from '../../ui/saved-note';
import { UnitName } from '../../ui/unit-name';
import { ProfileForm } from './profile-form';

type Account = NonNullable<Detail['account']>;

/** "12345678" → "1234 5678": easier to read out over a phone call. */
const spaced = (code: string) => code.replace(/(\d{4})(?=\d)/g, '$1 ');

/**
 * The login's state, for those who may read it. Others get `account: null` whether or not a login
 * exists, so the panel is not shown to them rather than claim "No login yet".
 */
export function AccountPanel({ detail, onChange }: { detail: Detail; onChange: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [code, setCode] = useState<{ code: string; expiresAt: string; purpose: string } | null>(null);
  const account = detail.account;
  // The server answers with the account's privileges, which this device does not hold.
  const admin = detail.may.manageAccount;

  if (!detail.may.readAccount) return null;

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const createLogin = () =>
    run(async () => {
      await api.post('/api/accounts', { personId: detail.person.id });
      onChange();
    });

  const issueCode = (a: Account) =>
    run(async () => {
      const purpose = a.hasPassword ? 'reset' : 'invite';
      const answer = await api.post<{ code: string; expiresAt: string }>(`/api/accounts/${a.userId}/codes`, {
        purpose,
      });
      setCode({ ...answer, purpose });
    });

  const setDisabled = (a: Account, disabled: boolean) =>
    run(async () => {
      await api.post(`/api/accounts/${a.userId}/disabled`, { disabled });
      onChange();
    });

  const status = !account
    ? t('account.none')
    : account.disabled
      ? t('account.disabled')
      : account.hasPassword
        ? t('account.active')
        : t('account.invited');

  return (
    <section class="card" aria-labelledby="account-title">
      <h2 id="account-title">{t('account.title')}</h2>
      <dl class="facts">
        <div>
          <dt>{t('account.status')}</dt>
          <dd data-testid="account-status">{status}</dd>
        </div>
        {account && (
          <div>
            <dt>{t('account.login')}</dt>
            <dd>
              {account.login && /^\+\d+$/.test(account.login) ? (
                <PhoneNumber value={account.login} />
              ) : (
                <Ltr>{account.login}</Ltr>
              )}
            </dd>
          </div>
        )}
      </dl>
      {code && (
        <div class="alert alert-ok code-box" role="status">
          <p>{t(code.purpose === 'reset' ? 'account.readResetCode' : 'account.readInviteCode')}</p>
          <p class="code" dir="ltr" data-testid="account-code">
            {spaced(code.code)}
          </p>
          <p class="muted">{t('account.codeExpires', { date: formatDate(code.expiresAt) })}</p>
        </div>
      )}
      <ErrorBox error={error} />
      {admin && (
        <p class="actions">
          {!account && (
            <button type="button" class="button" disabled={busy} onClick={createLogin}>
              {t('account.create')}
            </button>
          )}
          {account && !account.disabled && (
            <button type="button" class="button" disabled={busy} onClick={() => issueCode(account)}>
              {t(account.hasPassword ? 'account.issueReset' : 'account.issueInvite')}
            </button>
          )}
          {account && (
            <button
              type="button"
              class="button secondary"
              disabled={busy}
              onClick={() => setDisabled(account, !account.disabled)}
            >
              {t(account.disabled ? 'account.enable' : 'account.disable')}
            </button>
          )}
        </p>
      )}
      {admin && !account && !detail.person.phone && !detail.person.email && (
        <p class="help">{t('account.needsContact')}</p>
      )}
    </section>
  );
}

/**
 * A person's profile reads from the local store when the person is in the user's working set
 * (their own, their mentees'), so it opens offline; roles, groups and the login come from the
 * server when there is a network.
 */
export function PersonDetail({ personId }: { personId: string }) {
  const { query, route } = useLocation();
  const local = useLive(localDb.value, (db) => personView(db, personId), [personId]);
  const detail = useResource(() => api.get<Detail>(`/api/persons/${personId}`), [personId]);
  const fix = useLive(localDb.value, async (db) => (query.fix ? db.rejected.get(query.fix) : undefined), [
    query.fix,
  ]).value;
  const resource = useLocalResource(
    async (db) => {
      const view = await personView(db, personId);
      return view ? localPersonResource(db, view.person) : null;
    },
    [personId],
  );
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<Outcome | null>(null);
  const d = detail.data;
  const p: Person | undefined = local.value?.person ?? d?.person;
  if (!p) {
    if (detail.loading || (localDb.value && !local.loaded)) return <Loading />;
    return <ErrorBox error={detail.error} />;
  }
  const school = local.value?.school ?? d?.school ?? null;
  // Online the server's answer (it holds every fact); offline the policy on what this device holds.
  const mayDo = (action: 'update' | 'updateRecord') => (d ? d.may[action] : !!resource && may(action, resource));
  const canEdit = mayDo('update');
  const facts: [string, preact.ComponentChild][] = [
    [t('person.gender'), p.gender ? t(`gender.${p.gender}`) : t('gender.unknown')],
    [t('person.school'), school ? <a href={`/org/${school.id}`}>{school.name}</a> : '—'],
    [t('person.phone'), p.phone ? <PhoneNumber value={p.phone} /> : '—'],
    [t('person.email'), p.email ? <Ltr>{p.email}</Ltr> : '—'],
    [t('person.emisId'), p.emisId ? <Ltr>{p.emisId}</Ltr> : '—'],
    [t('person.subjects'), p.subjects.join(', ') || '—'],
    [t('person.grades'), p.grades.join(', ') || '—'],
    [
      t('person.experience'),
      p.yearsExperience === null
        ? '—'
        : t('person.years', { count: p.yearsExperience, n: formatNumber(p.yearsExperience) }),
    ],
  ];
  const roles = d?.roles ?? local.value?.roles ?? [];
  return (
    <div class="stack">
      <p>
        <a href="/people">{t('people.back')}</a>
      </p>
      <h1>{p.fullName}</h1>
      <ConflictCopies recordId={p.id} />
      <section class="card" aria-labelledby="profile-title">
        <div class="title-row">
          <h2 id="profile-title">{t('person.profile')}</h2>
          {canEdit && !editing && !fix && (
            <button
              type="button"
              class="button secondary small"
              onClick={() => {
                setSaved(null);
                setEditing(true);
              }}
            >
              {t('person.edit')}
            </button>
          )}
        </div>
        {canEdit && (editing || fix) ? (
          <ProfileForm
            key={fix?.key ?? 'edit'}
            person={p}
            recordFields={mayDo('updateRecord')}
            fix={fix ? { key: fix.key, args: fix.args } : undefined}
            onDone={(outcome) => {
              setEditing(false);
              setSaved(outcome);
              if (fix) route(`/people/${personId}`, true);
              if (outcome === 'applied') detail.reload();
            }}
          />
        ) : (
          <dl class="facts">
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        )}
        <SavedNote outcome={saved} />
      </section>
      <PendingChanges recordId={p.id} />
      <section class="card" aria-labelledby="roles-title">
        <h2 id="roles-title">{t('person.roles')}</h2>
        {roles.length === 0 && <p class="muted">{t('person.noRoles')}</p>}
        <ul class="list">
          {roles.map((r) => (
            <li key={r.id}>
              <strong>{t(`role.${r.role}`)}</strong> · <UnitName id={r.orgUnitId} />
            </li>
          ))}
        </ul>
      </section>
      {d ? (
        <>
          <section class="card" aria-labelledby="groups-title">
            <h2 id="groups-title">{t('person.groups')}</h2>
            {d.groups.length === 0 && <p class="muted">{t('person.noGroups')}</p>}
            <ul class="list">
              {d.groups.map((g) => (
                <li key={`${g.groupId}-${g.startDate}`}>
                  <a href={`/groups/${g.groupId}`}>{g.groupName}</a> · {t(`memberRole.${g.role}`)} ·{' '}
                  <span class="muted">
                    {g.endDate
                      ? t('groups.fromTo', { from: formatDate(g.startDate), to: formatDate(g.endDate) })
                      : t('groups.since', { from: formatDate(g.startDate) })}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <AccountPanel detail={d} onChange={detail.reload} />
        </>
      ) : (
        <ErrorBox error={detail.error} />
      )}
    </div>
  );
}
