import { useEffect } from 'preact/hooks';
import { LocationProvider, lazy, Route, Router, useLocation } from 'preact-iso';
import { t } from '../i18n';
import { Login } from '../screens/auth/login';
import { Home } from '../screens/home/home';
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
const Import = lazy(() => import('../screens/roster/import').then((m) => m.Import));
const Changes = lazy(() => import('../screens/sync/changes').then((m) => m.Changes));
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
      <Route path="/import" component={Import} />
      <Route path="/changes" component={Changes} />
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
