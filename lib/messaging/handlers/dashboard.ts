/**
 * Handlers the dashboard adds to the table: per-day totals for the activity calendar (`log.perDay`,
 * `mentor.perDay`). Built on the practice log's per-type-per-day query, so they read day rows, not entries.
 */
import * as v from 'valibot';
import { logDb } from '../../practice/service';
import { perTypePerDay } from '../../practice/queries';
import type { LogFilter } from '../../practice/model';
import type { LogDatabase } from '../../practice/db';
import type { Scope } from '../../practice/queries';
import { FilterSchema } from './log';
import { defineHandlers } from '../router';

/** Local day → number of matching actions. */
export async function perDay(db: LogDatabase, filter: LogFilter = {}, scope: Scope = {}): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const days of Object.values(await perTypePerDay(db, filter, scope))) {
    for (const [day, n] of Object.entries(days)) out[day] = (out[day] ?? 0) + n;
  }
  return out;
}

export const dashboardHandlers = defineHandlers({
  'log.perDay': {
    from: ['page'],
    schema: v.strictObject({ filter: v.optional(FilterSchema), db: v.optional(v.picklist(['practice', 'workshop'])) }),
    async handle({ filter, db }) {
      return perDay(await logDb(db ?? 'practice'), filter);
    },
  },
  'mentor.perDay': {
    from: ['page'],
    schema: v.strictObject({ learner: v.pipe(v.string(), v.minLength(1), v.maxLength(100)), filter: v.optional(FilterSchema) }),
    async handle({ learner, filter }) {
      return perDay(await logDb('mentor'), filter, { learner });
    },
  },
});
