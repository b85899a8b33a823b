import type { ListAnswer, MeRole, OrgUnitWithCount, Program } from '@mentora/core/types';
import { api } from '../../app/api';
import { formatNumber, today } from '../../app/format';
import { online } from '../../app/network';
import { chooseProgram, me, programId } from '../../app/session';
import { useResource } from '../../app/use-resource';
import { t } from '../../i18n';
import { localDb, syncEngine } from '../../store/device';
import { useLive } from '../../store/live';
import { type MyGroups, myGroups } from '../../store/queries';
import { ErrorBox } from '../../ui/error-box';
import { Field } from '../../ui/field';
import { Loading } from '../../ui/loading';
import { UnitStats } from '../../ui/stats-view';
import { ConcernStats } from '../concerns/concern-stats';
import { DueList } from '../mentees/due-list';
import { dueFor } from '../mentees/queries';

function ProgramSwitch({ programs }: { programs: { id: string; name: string }[] }) {
  if (programs.length < 2) return null;
  return (
    <Field id="program-switch" class="inline-field" label={t('home.program')}>
      {(control) => (
        <select {...control} value={programId.value ?? ''} onChange={(e) => chooseProgram(e.currentTarget.value)}>
          {programs.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function SystemAdminHome() {
  const programs = useResource(() => api.get<{ items: Program[] }>('/api/programs'), []);
  return (
    <section class="card" aria-labelledby="home-sysadmin">
      <h2 id="home-sysadmin">{t('home.sysadmin.title')}</h2>
      {programs.loading && <Loading />}
      <ErrorBox error={programs.error} />
      <ul class="list">
        {programs.data?.items.map((p) => (
          <li key={p.id}>
            <a
              href="/org"
              onClick={() => chooseProgram(p.id)}
              aria-current={p.id === programId.value ? 'true' : undefined}
            >
              {p.name}
            </a>
            <span class="muted"> · {t(`programModel.${p.model}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ProgramAdminHome() {
  const links = [
    { href: '/org', title: t('nav.org'), text: t('home.admin.org') },
    { href: '/people', title: t('nav.people'), text: t('home.admin.people') },
    { href: '/groups', title: t('nav.groups'), text: t('home.admin.groups') },
    { href: '/import', title: t('nav.import'), text: t('home.admin.import') },
    { href: '/feedback', title: t('feedback.title'), text: t('feedback.homeAdmin') },
    { href: '/workload/team', title: t('workload.team.title'), text: t('workload.team.tile') },
  ];
  return (
    <section aria-labelledby="home-admin">
      <h2 id="home-admin">{t('home.admin.title')}</h2>
      <ul class="tiles">
        {links.map((l) => (
          <li key={l.href}>
            <a class="tile" href={l.href}>
              <strong>{l.title}</strong>
              <span>{l.text}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** District officers and head teachers: aggregate figures of their unit, never mentoring content. */
function UnitHome({ role }: { role: MeRole }) {
  const children = useResource(
    () =>
      api.get<{ items: OrgUnitWithCount[] }>('/api/org-units', { programId: role.programId, parentId: role.orgUnitId }),
    [role.orgUnitId],
  );
  const groups = useResource(
    () =>
      api.get<ListAnswer<{ id: string; name: string; menteeCount: number }>>('/api/groups', {
        programId: role.programId,
        orgUnitId: role.orgUnitId,
        limit: 20,
      }),
    [role.orgUnitId],
  );
  const headingId = `home-unit-${role.id}`;
  return (
    <section class="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(role.role === 'district_officer' ? 'home.officer.title' : 'home.head.title')}</h2>
      <p class="lead">
        <a href={`/org/${role.orgUnitId}`}>{role.orgUnitName}</a>
        <span class="muted"> · {t(`unitKind.${role.orgUnitKind}`)}</span>
      </p>
      <UnitStats unitId={role.orgUnitId} />
      <p>
        {role.role === 'head_teacher' ? (
          <a href="/visits/acknowledge">{t('visits.ack.title')}</a>
        ) : (
          <a href="/workload/team">{t('workload.team.title')}</a>
        )}
        {' · '}
        <a href={`/visits/counts/${role.orgUnitId}`}>{t('visits.counts.link')}</a>
      </p>
      <ConcernStats unitId={role.orgUnitId} />
      {children.data && children.data.items.length > 0 && (
        <>
          <h3>{t('home.unit.children')}</h3>
          <ul class="list">
            {children.data.items.map((u) => (
              <li key={u.id}>
                <a href={`/org/${u.id}`}>{u.name}</a>
                <span class="muted"> · {t(`unitKind.${u.kind}`)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('home.unit.groups')}</h3>
      <ErrorBox error={groups.error} />
      {groups.data && groups.data.items.length === 0 && <p class="muted">{t('groups.none')}</p>}
      <ul class="list">
        {groups.data?.items.map((g) => (
          <li key={g.id}>
            <a href={`/groups/${g.id}`}>{g.name}</a>
            <span class="muted">
              {' '}
              · {t('groups.menteeCount', { count: g.menteeCount, n: formatNumber(g.menteeCount) })}
            </span>
          </li>
        ))}
      </ul>
      <p>
        <a href={`/people?unit=${role.orgUnitId}`}>{t('home.unit.people')}</a>
      </p>
      {role.role === 'head_teacher' && (
        <p>
          <a href="/calendar/away">{t('calendar.awayLink')}</a>
        </p>
      )}
    </section>
  );
}

/** A mentor's and a teacher's home read the local store: they open offline, in a school with no signal. */
function useMyGroups(role: 'mentor' | 'mentee') {
  const personId = me.value?.personId ?? '';
  const day = today();
  return useLive(localDb.value, (db) => myGroups(db, personId, role, day), [personId, role, day]);
}

function GroupLinks({ groups }: { groups: MyGroups['groups'] }) {
  return (
    <ul class="list" data-testid="my-groups">
      {groups.map((g) => (
        <li key={g.id}>
          <a href={`/groups/${g.id}`}>{g.name}</a>
          {g.unitName && <span class="muted"> · {g.unitName}</span>}
        </li>
      ))}
    </ul>
  );
}

function PeopleLinks({ people, plans = false }: { people: MyGroups['people']; plans?: boolean }) {
  return (
    <ul class="list">
      {people.map((p) => (
        <li key={p.personId}>
          {/* A mentor's mentee opens on the mentee page (plan, observations, portfolio, what is due). */}
          <a href={plans ? `/mentees/${p.personId}` : `/people/${p.personId}`}>{p.fullName}</a>
          {plans && (
            <>
              {' · '}
              <a href={`/mentees/${p.personId}/plan`} aria-label={t('plans.planOf', { name: p.fullName })}>
                {t('plans.plan')}
              </a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Before the first sync there is nothing local yet: wait for it, or say it needs a connection once. */
function FirstSync({ data }: { data: MyGroups | undefined }) {
  if (data?.synced) return null;
  const phase = syncEngine.value?.phase.value;
  return !online.value || phase === 'offline' ? <p class="muted">{t('home.firstSync')}</p> : <Loading />;
}

function MentorHome() {
  const live = useMyGroups('mentor');
  const data = live.value?.synced ? live.value : undefined;
  const mentees = data?.people ?? [];
  return (
    <section class="card" aria-labelledby="home-mentor">
      <h2 id="home-mentor">{t('home.mentor.groups')}</h2>
      <FirstSync data={live.value} />
      {data && data.groups.length === 0 && <p class="muted">{t('home.mentor.noGroups')}</p>}
      {data && <GroupLinks groups={data.groups} />}
      {data?.groups.map((g) => (
        <p key={g.id}>
          <a href={`/groups/${g.id}/concerns`}>{t('concerns.boardLink', { name: g.name })}</a>
        </p>
      ))}
      <p>
        <a href="/calendar">{t('calendar.link')}</a>
      </p>
      <h2>{t('home.mentor.mentees', { count: mentees.length, n: formatNumber(mentees.length) })}</h2>
      {data && mentees.length === 0 && <p class="muted">{t('home.mentor.noMentees')}</p>}
      <PeopleLinks people={mentees} plans />
      <p>
        <a href="/feedback">{t('feedback.homeMentor')}</a> · <a href="/visits">{t('visits.title')}</a> ·{' '}
        <a href="/workload">{t('workload.mine.title')}</a>
      </p>
    </section>
  );
}

/** The teacher's own "what is due" (issue 8, point 8): their actions, their turn in a cycle, the next meeting. */
function MyDue() {
  const personId = me.value?.personId ?? '';
  const day = today();
  const due = useLive(localDb.value, (db) => dueFor(db, personId, day), [personId, day]);
  return (
    <section class="card" aria-labelledby="home-due">
      <h2 id="home-due">{t('hubs.teacher.due')}</h2>
      {due.loaded ? <DueList items={due.value ?? []} me={personId} /> : <Loading />}
    </section>
  );
}

/** The teacher's path: my plan, my observations, my portfolio, observe my mentor (or invite them). */
function TeacherLinks() {
  const links = [
    { href: '/plan', text: t('plans.myTitle') },
    { href: '/observations', text: t('hubs.teacher.observations') },
    { href: '/portfolio', text: t('hubs.teacher.portfolio') },
    { href: '/feedback', text: t('feedback.homeTeacher') },
    { href: '/concerns', text: t('concerns.myTitle') },
    { href: '/observations/new?direction=mentee_to_mentor', text: t('hubs.teacher.observeMentor') },
    { href: '/observations/new?direction=mentor_to_mentee', text: t('hubs.teacher.inviteMentor') },
  ];
  return (
    <ul class="list" data-testid="teacher-links">
      {links.map((l) => (
        <li key={l.href}>
          <a href={l.href}>{l.text}</a>
        </li>
      ))}
    </ul>
  );
}

function TeacherHome() {
  const live = useMyGroups('mentee');
  const data = live.value?.synced ? live.value : undefined;
  const mentors = data?.people ?? [];
  return (
    <section class="card" aria-labelledby="home-teacher">
      <h2 id="home-teacher">{t('home.teacher.groups')}</h2>
      <FirstSync data={live.value} />
      {data && data.groups.length === 0 && <p class="muted">{t('home.teacher.noGroups')}</p>}
      {data && <GroupLinks groups={data.groups} />}
      <TeacherLinks />
      <h2>{t('home.teacher.mentor', { count: mentors.length })}</h2>
      {data && mentors.length === 0 && <p class="muted">{t('home.teacher.noMentor')}</p>}
      <PeopleLinks people={mentors} />
    </section>
  );
}

function ResearcherHome() {
  return (
    <section class="card" aria-labelledby="home-research">
      <h2 id="home-research">{t('home.researcher.title')}</h2>
      <p>{t('home.researcher.text')}</p>
    </section>
  );
}

/** One page per role held: a user with several roles (a mentor who also teaches) sees each part. */
export function Home() {
  const user = me.value;
  if (!user) return null;
  const current = programId.value;
  const roles = user.roles.filter((r) => r.programId === current);
  const has = (role: MeRole['role']) => roles.some((r) => r.role === role);
  const programs = [
    ...new Map(user.roles.map((r) => [r.programId, { id: r.programId, name: r.programName }])).values(),
  ];
  const unitRoles = roles.filter((r) => r.role === 'district_officer' || r.role === 'head_teacher');
  // Mentors hold the teacher role too; their mentee part shows only when they are mentored themselves.
  const teaches = user.groups.some((g) => g.role === 'mentee') || (has('teacher') && !has('mentor'));
  return (
    <div class="home">
      <h1>{t('home.welcome', { name: user.fullName })}</h1>
      {!user.systemAdmin && <ProgramSwitch programs={programs} />}
      {user.systemAdmin && <SystemAdminHome />}
      {has('program_admin') && <ProgramAdminHome />}
      {unitRoles.map((r) => (
        <UnitHome key={r.id} role={r} />
      ))}
      {has('mentor') && <MentorHome />}
      {teaches && <MyDue />}
      {teaches && <TeacherHome />}
      {has('researcher') && <ResearcherHome />}
      {roles.length === 0 && !user.systemAdmin && <p class="muted">{t('home.noRoles')}</p>}
    </div>
  );
}
