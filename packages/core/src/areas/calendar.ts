import { z } from 'zod';
import { coreArea } from './types';

/**
 * A person's secret calendar feed (issue 9, ADR 0024): online only — the secret URL is shown once,
 * when it is made, and a phone cannot make one offline. `create` also rotates: the old URL stops.
 */
export const calendarCore = coreArea({
  commands: {
    'calendarFeed.create': { input: z.strictObject({}), sync: false },
    'calendarFeed.revoke': { input: z.strictObject({}), sync: false },
  },
});
