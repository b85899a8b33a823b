import type { observationsCore } from '@mentora/core';
import type { AreaHandlers } from '../../area';
import { cycleHandlers } from './cycle-commands';
import { instrumentHandlers } from './instrument-commands';

/** Every command of the observations area: instruments (online, admins) and the cycle (offline). */
export const observationHandlers: AreaHandlers<typeof observationsCore.commands> = {
  ...instrumentHandlers,
  ...cycleHandlers,
};
