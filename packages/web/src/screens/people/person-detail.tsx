import { useState } from 'preact/hooks';
import { api } from '../../app/api';
import type { PersonDetail as Detail } from '../../app/api-types';
import { formatDate, formatNumber } from '../../app/format';
import { canAdminister } from '../../app/session';
import { useResource } from '../../app/use-resource';
import { t } from '../../i18n';
import { ErrorBox } from '../../ui/error-box';
import { Loading } from '../../ui/loading';
import { UnitName } from '../../ui/unit-name';

type Account = NonNullable<Detail['account']>;

/** "12345678" → "1234 5678": easier to read out over a phone call. */
const spaced = (code: string) => code.replace(/(\d{4})(?=\d)/g, '$1 ');

function AccountPanel({ detail, onChange }: { detail: Detail; onChange: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [code, setCode] = useState<{ code: string; expiresAt: string; purpose: string } | null>(null);
  const account = detail.account;
  const admin = canAdminister.value;

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
            <dd dir="ltr">{account.login}</dd>
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

export function PersonDetail({ personId }: { personId: string }) {
  const detail = useResource(() => api.get<Detail>(`/api/persons/${personId}`), [personId]);
  if (detail.loading && !detail.data) return <Loading />;
  if (detail.error && !detail.data) return <ErrorBox error={detail.error} />;
  const d = detail.data;
  if (!d) return null;
  const p = d.person;
  const facts: [string, preact.ComponentChild][] = [
    [t('person.gender'), p.gender ? t(`gender.${p.gender}`) : t('gender.unknown')],
    [t('person.school'), d.school ? <a href={`/org/${d.school.id}`}>{d.school.name}</a> : '—'],
    [t('person.phone'), p.phone ? <span dir="ltr">{p.phone}</span> : '—'],
    [t('person.email'), p.email ? <span dir="ltr">{p.email}</span> : '—'],
    [t('person.emisId'), p.emisId ? <span dir="ltr">{p.emisId}</span> : '—'],
    [t('person.subjects'), p.subjects.join(', ') || '—'],
    [t('person.grades'), p.grades.join(', ') || '—'],
    [
      t('person.experience'),
      p.yearsExperience === null
        ? '—'
        : t('person.years', { count: p.yearsExperience, n: formatNumber(p.yearsExperience) }),
    ],
  ];
  return (
    <div class="stack">
      <p>
        <a href="/people">{t('people.back')}</a>
      </p>
      <h1>{p.fullName}</h1>
      <section class="card" aria-labelledby="profile-title">
        <h2 id="profile-title">{t('person.profile')}</h2>
        <dl class="facts">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section class="card" aria-labelledby="roles-title">
        <h2 id="roles-title">{t('person.roles')}</h2>
        {d.roles.length === 0 && <p class="muted">{t('person.noRoles')}</p>}
        <ul class="list">
          {d.roles.map((r) => (
            <li key={r.id}>
              <strong>{t(`role.${r.role}`)}</strong> · <UnitName id={r.orgUnitId} />
            </li>
          ))}
        </ul>
      </section>
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
    </div>
  );
}
