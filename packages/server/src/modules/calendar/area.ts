import { calendarCore } from '@mentora/core';
import { type AreaDescriptor, commandsOf } from '../../area';
import { calendarHandlers } from './commands';
import { calendarRoutes } from './routes';

/**
 * The calendar (issue 9, ADR 0024): secret iCal feeds of cluster meetings and the head teacher's
 * "who is away when". Nothing syncs: feeds are made online, the meetings sync with `meetings`.
 */
export const calendarArea: AreaDescriptor = {
  name: 'calendar',
  commands: commandsOf(calendarCore, calendarHandlers),
  routes: calendarRoutes,
  syncTables: [],
};
