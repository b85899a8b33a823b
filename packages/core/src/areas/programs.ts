import { AnyId } from '../model/common';
import { ProgramInput } from '../model/program';
import { coreArea } from './types';

/** Programs are configured online by their admins; devices receive them. */
export const programsCore = coreArea({
  commands: {
    'program.create': { input: ProgramInput, sync: false },
    'program.update': { input: ProgramInput.partial().extend({ id: AnyId }), sync: false },
  },
});
