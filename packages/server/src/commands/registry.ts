import { accountCommands } from '../modules/auth/commands';
import { groupCommands } from '../modules/groups/commands';
import { orgCommands } from '../modules/org/commands';
import { peopleCommands } from '../modules/people/commands';
import { programCommands } from '../modules/programs/commands';
import type { HandlerMap } from './context';

/** Every command's one implementation, by name; routes and (later) sync push dispatch here. */
export const handlers: HandlerMap = {
  ...programCommands,
  ...orgCommands,
  ...peopleCommands,
  ...accountCommands,
  ...groupCommands,
};
