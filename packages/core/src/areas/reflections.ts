import {
  SetReflectionVisibility,
  ShareContent,
  UnshareContent,
  UpdateReflection,
  WriteReflection,
} from '../model/reflection';
import { ById } from './by-id';
import { coreArea } from './types';

/**
 * Reflective portfolio entries (issue 8, point 6) and the sharing of any content record with a named
 * person (point 7): both are the writer's acts, so both work offline.
 */
export const reflectionsCore = coreArea({
  commands: {
    'reflection.write': { input: WriteReflection, sync: true },
    'reflection.update': { input: UpdateReflection, sync: true },
    'reflection.setVisibility': { input: SetReflectionVisibility, sync: true },
    'reflection.delete': { input: ById, sync: true },
    'content.share': { input: ShareContent, sync: true },
    'content.unshare': { input: UnshareContent, sync: true },
  },
});
