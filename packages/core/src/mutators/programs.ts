import type { Program } from '../model/program';
import { table } from './device-area';

/** Programs: a device holds its user's programs; they change only online (no mutators). */
export const programsDevice = { tables: { programs: table<Program>() }, conflictFields: {} } as const;
