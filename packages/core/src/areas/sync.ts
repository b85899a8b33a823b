import { coreArea } from './types';

/** The sync area's own table: conflict copies travel with the record they belong to. */
export const syncCore = coreArea({ commands: {}, syncTables: ['conflictCopies'], conflictFields: {} });
