import { useEffect } from 'preact/hooks';
import { LocationProvider, lazy, Route, Router, useLocation } from 'preact-iso';
import { t } from '../i18n';
import { Login } from '../screens/auth/login';
import { Home } from '../screens/home/home';
import type { Args } from '../store/db';
import { Loading } from '../ui/loading';
import { me, ready } from './session';
import { Shell } from './shell';

// Every screen but login and home is its own chunk (ARCHITECTURE §8: ≤ 40 KB gzipped each).
const Redeem = lazy(() => import('../screens/auth/redeem').then((m) => m.Redeem));
const Settings = lazy(() => import('../screens/auth/settings').then((m) => m.Settings));
const OrgTree = lazy(() => import('../screens/org/org-tree').then((m) => m.OrgTree));
const PeopleList = lazy(() => import('../screens/people/people-list').then((m) => m.PeopleList));
const PersonDetail = lazy(() => import('../screens/people/person-detail').then((m) => m.PersonDetail));
const GroupsList = lazy(() => import('../screens/groups/groups-list').then((m) => m.GroupsList));
const GroupDetail = lazy(() => import('../screens/groups/group-detail').then((m) => m.GroupDetail));
const GroupEdit = lazy(() => import('../screens/groups/group-edit').then((m) => m.GroupEdit));
const MeetingsList = lazy(() => import('../screens/meetings/meetings-list').then((m) => m.MeetingsList));
const MeetingForm = lazy(() => import('../screens/meetings/meeting-form').then((m) => m.MeetingForm));
const MeetingDetail = lazy(() => import('../screens/meetings/meeting-detail').then((m) => m.MeetingDetail));
const MyConcerns = lazy(() => import('../screens/concerns/my-concerns').then((m) => m.MyConcerns));
const ClusterBoard = lazy(() => import('../screens/concerns/cluster-board').then((m) => m.ClusterBoard));
const MeetingAgenda = lazy(() => import('../screens/concerns/agenda').then((m) => m.MeetingAgenda));
const ClusterCalendarScreen = lazy(() =>
  import('../screens/calendar/cluster-calendar').then((m) => m.ClusterCalendarScreen),
);
const DayAttendanceScreen = lazy(() => import('../screens/calendar/day-attendance').then((m) => m.DayAttendanceScreen));
const AwayScreen = lazy(() => import('../screens/calendar/away').then((m) => m.AwayScreen));
const Import = lazy(() => import('../screens/roster/import').then((m) => m.Import));
const MyPlan = lazy(() => import('../screens/plans/plan-screen').then((m) => m.MyPlan));
const MenteePlan = lazy(() => import('../screens/plans/plan-screen').then((m) => m.MenteePlan));
const MenteeHub = lazy(() => import('../screens/mentees/mentee-hub').then((m) => m.MenteeHubScreen));
const Changes = lazy(() => import('../screens/sync/changes').then((m) => m.Changes));
const ObservationsList = lazy(() =>
  import('../screens/observations/observations-list').then((m) => m.ObservationsList),
);
const ObservationSchedule = lazy(() =>
  import('../screens/observations/observation-schedule').then((m) => m.ObservationSchedule),
);
const InstrumentsAdmin = lazy(() =>
  import('../screens/observations/instruments-admin').then((m) => m.InstrumentsAdmin),
);
const InstrumentVersionScreen = lazy(() =>
  import('../screens/observations/instrument-version').then((m) => m.InstrumentVersionScreen),
);
const ObservationDetail = lazy(() =>
  import('../screens/observations/observation-detail').then((m) => m.ObservationDetail),
);

/**
 * Where a refused change is fixed, by command (screens/sync/changes.tsx): the screen that typed it,
 * with `fix` (`fix=<key>`) to fill its form with what the user typed. A command without an entry
 * offers only "Discard". An area adds its entries here, beside its routes.
 */
export const FIX_LINKS: Readonly<Record<string, (args: Args, fix: string) => string>> = {
  'person.update': (a, fix) => `/people/${String(a.id)}?${fix}`,
  'person.archive': (a) => `/people/${String(a.id)}`,
  'group.update': (a, fix) => `/groups/${String(a.id)}/edit?${fix}`,
  'group.create': (_a, fix) => `/groups/new?${fix}`,
  'group.addMember': (a) => `/groups/${String(a.groupId)}/edit`,
  'group.archive': (a) => `/groups/${String(a.id)}`,
  'feedback.give': (a) => `/meetings/${String(a.meetingId)}/feedback`,
  'visit.plan': () => '/visits/new',
  'visit.update': (a) => `/visits/${String(a.id)}`,
  'visit.record': (a) => `/visits/${String(a.id)}`,
  'visit.acknowledge': () => '/visits/acknowledge',
  'concern.raise': () => '/concerns',
};
const FeedbackHome = lazy(() => import('../screens/feedback/feedback-home').then((m) => m.FeedbackHome));
const GiveFeedback = lazy(() => import('../screens/feedback/give-feedback').then((m) => m.GiveFeedback));
const FeedbackSummary = lazy(() => import('../screens/feedback/feedback-summary').then((m) => m.FeedbackSummary));
const VisitsList = lazy(() => import('../screens/visits/visits-list').then((m) => m.VisitsList));
const VisitPlan = lazy(() => import('../screens/visits/visit-plan').then((m) => m.VisitPlan));
const VisitDetail = lazy(() => import('../screens/visits/visit-detail').then((m) => m.VisitDetail));
const VisitsToAcknowledge = lazy(() => import('../screens/visits/acknowledge').then((m) => m.VisitsToAcknowledge));
const VisitCounts = lazy(() => import('../screens/visits/visit-counts').then((m) => m.VisitCounts));
const MyWorkload = lazy(() => import('../screens/workload/my-workload').then((m) => m.MyWorkload));
const TeamWorkload = lazy(() => import('../screens/workload/team').then((m) => m.TeamWorkload));
const Portfolio = lazy(() => import('../screens/reflections/portfolio').then((m) => m.Portfolio));
const ReflectionEdit = lazy(() => import('../screens/reflections/reflection-edit').then((m) => m.ReflectionEdit));
const ReflectionDetail = lazy(() => import('../screens/reflections/reflection-detail').then((m) => m.ReflectionDetail));

function GoHome() {
  const { route } = useLocation();
  useEffect(() => route('/', true), [route]);
  return null;
}

function NotFound() {
  return (
    <section>
      <h1>{t('notFound.title')}</h1>
      <p>
        <a href="/">{t('notFound.home')}</a>
      </p>
    </section>
  );
}

/** Signed out, every address shows the login screen; after login the same address opens. */
function Screens() {
  if (!ready.value) return <Loading />;
  if (!me.value) {
    return (
      <Router>
        <Route path="/redeem" component={Redeem} />
        <Route default component={Login} />
      </Router>
    );
  }
  return (
    <Router>
      <Route path="/" component={Home} />
      <Route path="/login" component={GoHome} />
      <Route path="/redeem" component={GoHome} />
      <Route path="/settings" component={Settings} />
      <Route path="/org" component={OrgTree} />
      <Route path="/org/:unitId" component={OrgTree} />
      <Route path="/people" component={PeopleList} />
      <Route path="/people/:personId" component={PersonDetail} />
      <Route path="/groups" component={GroupsList} />
      <Route path="/groups/new" component={GroupEdit} />
      <Route path="/groups/:groupId" component={GroupDetail} />
      <Route path="/groups/:groupId/edit" component={GroupEdit} />
      <Route path="/groups/:groupId/meetings" component={MeetingsList} />
      <Route path="/groups/:groupId/meetings/new" component={MeetingForm} />
      <Route path="/meetings/:meetingId" component={MeetingDetail} />
      <Route path="/meetings/:meetingId/edit" component={MeetingForm} />
      <Route path="/meetings/:meetingId/feedback" component={GiveFeedback} />
      <Route path="/meetings/:meetingId/feedback/summary" component={FeedbackSummary} />
      <Route path="/feedback" component={FeedbackHome} />
      <Route path="/meetings/:meetingId/agenda" component={MeetingAgenda} />
      <Route path="/concerns" component={MyConcerns} />
      <Route path="/groups/:groupId/concerns" component={ClusterBoard} />
      <Route path="/meetings/:meetingId/days" component={DayAttendanceScreen} />
      <Route path="/calendar" component={ClusterCalendarScreen} />
      <Route path="/calendar/away" component={AwayScreen} />
      <Route path="/import" component={Import} />
      <Route path="/plan" component={MyPlan} />
      <Route path="/mentees/:personId" component={MenteeHub} />
      <Route path="/mentees/:personId/plan" component={MenteePlan} />
      <Route path="/changes" component={Changes} />
      <Route path="/observations" component={ObservationsList} />
      <Route path="/observations/new" component={ObservationSchedule} />
      <Route path="/observations/:observationId" component={ObservationDetail} />
      <Route path="/instruments" component={InstrumentsAdmin} />
      <Route path="/instruments/:instrumentId/versions/:n" component={InstrumentVersionScreen} />
      <Route path="/visits" component={VisitsList} />
      <Route path="/visits/new" component={VisitPlan} />
      <Route path="/visits/acknowledge" component={VisitsToAcknowledge} />
      <Route path="/visits/counts/:unitId" component={VisitCounts} />
      <Route path="/visits/:visitId" component={VisitDetail} />
      <Route path="/workload" component={MyWorkload} />
      <Route path="/workload/team" component={TeamWorkload} />
      <Route path="/portfolio" component={Portfolio} />
      <Route path="/portfolio/new" component={ReflectionEdit} />
      <Route path="/portfolio/:reflectionId" component={ReflectionDetail} />
      <Route path="/portfolio/:reflectionId/edit" component={ReflectionEdit} />
      <Route default component={NotFound} />
    </Router>
  );
}

export function App() {
  return (
    <LocationProvider>
      <Shell>
        <Screens />
      </Shell>
    </LocationProvider>
  );
}
