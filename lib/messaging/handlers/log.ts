/**
 * Handlers for the practice log, the workshop log and the mentor's database (`log.*`, `mentor.*`, `mastery.counts`).
 * Payloads are validated here before anything runs; the work is in lib/practice.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { logDb, exportLog, importMentorFile, importOwnLog, mentorLearners, recordActions, assertLearnerKnown, closeLogs, persistenceState, recordPersistence, type ImportProgress } from '../../practice/service';
import { masteryCounts, perSkillPerDay, queryEntries, stats, topRefs } from '../../practice/queries';
import { clearLog, removeLearner, setReflection } from '../../practice/store';
import { PracticeActionSchema } from '../../practice/schema';
import type { ProgressEvent } from '../protocol';
import { defineHandlers, HandlerError } from '../router';
import { postToPage, putTransfer, takeTransfer } from '../transfer';

const Name = v.pipe(v.string(), v.maxLength(100));
const List = v.optional(v.pipe(v.array(Name), v.maxLength(100)));
const Time = v.pipe(v.number(), v.finite());

export const FilterSchema = v.strictObject({
  from: v.optional(Time),
  to: v.optional(Time),
  types: List,
  skills: List,
  sites: List,
});

const Db = v.optional(v.picklist(['practice', 'workshop']));
const PageEntries = {
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000))),
  offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  order: v.optional(v.picklist(['asc', 'desc'])),
  after: v.optional(v.strictObject({ time: Time, id: v.pipe(v.string(), v.maxLength(100)) })),
};
const Learner = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

/** What a sender may give: the background fills in the learner, so a sender's own learner id is ignored. */
export const NewActionSchema = v.strictObject({ ...PracticeActionSchema.entries, learner: v.optional(v.string()) });

/** Import files travel as text in one message; Chromium's limit on a message is 64 MiB. */
const FileText = v.pipe(v.string(), v.maxLength(60 * 1024 * 1024, 'the file is too large to send in one message'));
const ProgressId = v.optional(v.pipe(v.string(), v.maxLength(100)));
const CacheKey = v.optional(v.pipe(v.string(), v.maxLength(200)));
const ImportRequest = v.pipe(
  v.strictObject({ text: v.optional(FileText), cacheKey: CacheKey, progressId: ProgressId }),
  v.check((r) => (r.text === undefined) !== (r.cacheKey === undefined), 'give the file as text or as cacheKey'),
);

/** The import's text: from the message, or taken out of the transfer cache. */
async function importText(request: { text?: string; cacheKey?: string }): Promise<string> {
  if (request.text !== undefined) return request.text;
  const blob = await takeTransfer(request.cacheKey!);
  if (!blob) throw new HandlerError('The file to import was not found (it may have been imported already). Please pick it again.', 'invalid');
  return blob.text();
}

/** Sends progress to extension pages, at most once per percent, fire-and-forget (no page listening is fine). */
function progressSender(id: string | undefined): ImportProgress {
  if (!id) return () => {};
  let last = '';
  return (phase, done, total) => {
    const mark = `${phase}:${total ? Math.floor((done / total) * 100) : 0}`;
    if (mark === last) return;
    last = mark;
    const event: ProgressEvent = { sw: 1, event: 'progress', id, phase, done, total };
    browser.runtime.sendMessage(event).catch(() => undefined);
  };
}

const stripLearner = <T extends { learner?: string }>(a: T) => {
  const { learner: _ignored, ...rest } = a;
  return rest;
};

export const logHandlers = defineHandlers({
  'log.record': {
    from: ['content', 'page'],
    schema: v.strictObject({ action: NewActionSchema, db: Db }),
    async handle({ action, db }) {
      const [result] = await recordActions([stripLearner(action)], db);
      return result!;
    },
  },
  'log.recordBatch': {
    from: ['content', 'page'],
    schema: v.strictObject({ actions: v.pipe(v.array(NewActionSchema), v.maxLength(500)), db: Db }),
    async handle({ actions, db }) {
      return { results: await recordActions(actions.map(stripLearner), db) };
    },
  },
  'log.query': {
    from: ['page'],
    schema: v.strictObject({ filter: FilterSchema, db: Db, ...PageEntries }),
    async handle({ filter, db, ...page }) {
      return queryEntries(await logDb(db ?? 'practice'), filter, page);
    },
  },
  'log.stats': {
    from: ['page'],
    schema: v.strictObject({ filter: v.optional(FilterSchema), db: Db }),
    async handle({ filter, db }) {
      return stats(await logDb(db ?? 'practice'), filter);
    },
  },
  'log.perSkillPerDay': {
    from: ['page'],
    schema: v.strictObject({ filter: v.optional(FilterSchema), db: Db }),
    async handle({ filter, db }) {
      return perSkillPerDay(await logDb(db ?? 'practice'), filter);
    },
  },
  'log.topRefs': {
    from: ['page'],
    schema: v.strictObject({ type: Name, filter: v.optional(FilterSchema), limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))), db: Db }),
    async handle({ type, filter, limit, db }) {
      return topRefs(await logDb(db ?? 'practice'), type, filter, {}, limit);
    },
  },
  'log.reflect': {
    from: ['page'],
    schema: v.strictObject({ id: v.pipe(v.string(), v.maxLength(100)), reflection: v.pipe(v.string(), v.maxLength(2000, 'a reflection is at most 2,000 characters')), db: Db }),
    async handle({ id, reflection, db }) {
      await setReflection(await logDb(db ?? 'practice'), id, reflection);
      return { ok: true as const };
    },
  },
  'log.export': {
    from: ['page'],
    schema: v.strictObject({
      format: v.picklist(['json', 'csv', 'xapi']),
      filter: v.optional(FilterSchema),
      db: Db,
      via: v.optional(v.picklist(['message', 'cache', 'post'])),
      nonce: v.optional(v.pipe(v.string(), v.uuid())),
    }),
    async handle({ format, filter, db, via, nonce }, { sender }) {
      const { filename, mime, blob } = await exportLog(db ?? 'practice', format, filter);
      if (via === 'message' || via === undefined) return { filename, mime, text: await blob.text() };
      if (via === 'post' && nonce && sender.url && (await postToPage(sender.url, nonce, blob))) return { filename, mime, text: '', posted: true };
      return { filename, mime, text: '', cacheKey: await putTransfer(blob) };
    },
  },
  'log.import': {
    from: ['page'],
    schema: ImportRequest,
    async handle(request) {
      return importOwnLog(await importText(request), progressSender(request.progressId));
    },
  },
  'log.deleteAll': {
    from: ['page'],
    schema: v.strictObject({ db: Db }),
    async handle({ db }) {
      await clearLog(await logDb(db ?? 'practice'));
      return { ok: true as const };
    },
  },
  'log.persistence': {
    from: ['page'],
    schema: v.strictObject({}),
    handle: () => persistenceState(),
  },
  'log.persistenceRecord': {
    from: ['page'],
    schema: v.strictObject({ granted: v.nullable(v.boolean()), asked: v.boolean() }),
    handle: ({ granted, asked }) => recordPersistence(granted, asked),
  },
  'mastery.counts': {
    from: ['content', 'page'],
    schema: v.strictObject({ skills: v.pipe(v.array(Name), v.maxLength(200)), db: Db }),
    async handle({ skills, db }) {
      return masteryCounts(await logDb(db ?? 'practice'), skills);
    },
  },
  'mentor.import': {
    from: ['page'],
    schema: ImportRequest,
    async handle(request) {
      return importMentorFile(await importText(request), progressSender(request.progressId));
    },
  },
  'mentor.learners': {
    from: ['page'],
    schema: v.strictObject({}),
    handle: () => mentorLearners(),
  },
  'mentor.query': {
    from: ['page'],
    schema: v.strictObject({ learner: Learner, filter: FilterSchema, ...PageEntries }),
    async handle({ learner, filter, ...page }) {
      return queryEntries(await logDb('mentor'), filter, page, { learner });
    },
  },
  'mentor.stats': {
    from: ['page'],
    schema: v.strictObject({ learner: Learner, filter: v.optional(FilterSchema) }),
    async handle({ learner, filter }) {
      return stats(await logDb('mentor'), filter, { learner });
    },
  },
  'mentor.perSkillPerDay': {
    from: ['page'],
    schema: v.strictObject({ learner: Learner, filter: v.optional(FilterSchema) }),
    async handle({ learner, filter }) {
      return perSkillPerDay(await logDb('mentor'), filter, { learner });
    },
  },
  'mentor.topRefs': {
    from: ['page'],
    schema: v.strictObject({ learner: Learner, type: Name, filter: v.optional(FilterSchema), limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))) }),
    async handle({ learner, type, filter, limit }) {
      return topRefs(await logDb('mentor'), type, filter, { learner }, limit);
    },
  },
  'mentor.remove': {
    from: ['page'],
    schema: v.strictObject({ learner: Learner }),
    async handle({ learner }) {
      const db = await logDb('mentor');
      assertLearnerKnown(await db.get('learners', learner), learner);
      await removeLearner(db, learner);
      return { ok: true as const };
    },
  },
});

export { closeLogs };
