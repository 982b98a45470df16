/**
 * Handlers the dashboard adds to the table: per-day totals for the activity calendar (`log.perDay`,
 * `mentor.perDay`), the virtualised timeline's pages (`log.timeline`, `mentor.timeline`), both answered from the
 * day rows, and the tips dismissed most from a cache kept while the log is unchanged (`*.topRefsCached`) — see
 * lib/practice/timeline-queries.ts — so a 100k-entry log never has to be read whole on a filter change.
 */
import * as v from 'valibot';
import { logDb } from '../../practice/service';
import { perDayCounts, timelinePage, topRefsCached } from '../../practice/timeline-queries';
import { FilterSchema } from './log';
import { defineHandlers } from '../router';

/** Local day → number of matching actions. */
export const perDay = perDayCounts;

const Limit = v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)));
const Type = v.pipe(v.string(), v.maxLength(100));
const Learner = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const Db = v.optional(v.picklist(['practice', 'workshop']));
const Page = {
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000))),
  offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  order: v.optional(v.picklist(['asc', 'desc'])),
  after: v.optional(v.strictObject({ time: v.pipe(v.number(), v.finite()), id: v.pipe(v.string(), v.maxLength(100)) })),
};

export const dashboardHandlers = defineHandlers({
  'log.perDay': {
    from: ['page'],
    schema: v.strictObject({ filter: v.optional(FilterSchema), db: Db }),
    async handle({ filter, db }) {
      return perDay(await logDb(db ?? 'practice'), filter);
    },
  },
  'mentor.perDay': {
    from: ['page'],
    schema: v.strictObject({ learner: Learner, filter: v.optional(FilterSchema) }),
    async handle({ learner, filter }) {
      return perDay(await logDb('mentor'), filter, { learner });
    },
  },
  'log.timeline': {
    from: ['page'],
    schema: v.strictObject({ filter: FilterSchema, db: Db, ...Page }),
    async handle({ filter, db, ...page }) {
      return timelinePage(await logDb(db ?? 'practice'), filter, page);
    },
  },
  'mentor.timeline': {
    from: ['page'],
    schema: v.strictObject({ learner: Learner, filter: FilterSchema, ...Page }),
    async handle({ learner, filter, ...page }) {
      return timelinePage(await logDb('mentor'), filter, page, { learner });
    },
  },
  'log.topRefsCached': {
    from: ['page'],
    schema: v.strictObject({ type: Type, filter: v.optional(FilterSchema), limit: Limit, db: Db }),
    async handle({ type, filter, limit, db }) {
      return topRefsCached(await logDb(db ?? 'practice'), type, filter, {}, limit);
    },
  },
  'mentor.topRefsCached': {
    from: ['page'],
    schema: v.strictObject({ learner: Learner, type: Type, filter: v.optional(FilterSchema), limit: Limit }),
    async handle({ learner, type, filter, limit }) {
      return topRefsCached(await logDb('mentor'), type, filter, { learner }, limit);
    },
  },
});
