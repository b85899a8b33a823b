import type { AreaDescriptor } from '../../area';
import { uploadRoutes } from './routes';

/** Resumable uploads of files that records will link to. */
export const uploadsArea: AreaDescriptor = {
  name: 'uploads',
  commands: new Map(),
  routes: uploadRoutes,
  syncTables: [],
};
