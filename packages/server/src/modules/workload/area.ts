import type { AreaDescriptor } from '../../area';
import { workloadRoutes } from './routes';

/** Mentor workload (issue 9): server reads only — no commands, nothing synced. */
export const workloadArea: AreaDescriptor = {
  name: 'workload',
  commands: new Map(),
  routes: workloadRoutes,
  syncTables: [],
};
