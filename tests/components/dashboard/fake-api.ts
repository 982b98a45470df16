/** An in-memory DashboardApi for component tests: the same answers the background gives, from a plain array. */
import type { DashboardApi, LogSource } from '../../../lib/dashboard/api';
import { emptyDraft, withComment, withNote, type FeedbackDraft } from '../../../lib/feedback/drafts';
import type { ReceivedFeedback } from '../../../lib/feedback/inbox';
import type { LogStats, MentorLearner } from '../../../lib/practice/model';
import { matches } from '../../../lib/practice/queries';
import type { PracticeAction } from '../../../lib/practice/schema';
import { dayKey } from '../../../lib/dashboard/dates';

export function action(i: number, overrides: Partial<PracticeAction> = {}): PracticeAction {
  const types: PracticeAction['type'][] = ['post.published', 'image.alt-added', 'social.posted', 'tip.dismissed'];
  const type = types[i % types.length]!;
  return {
    id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
    key: `k${i}`,
    time: new Date(2026, 10, 27, 12, 0).getTime() - i * 3_600_000,
    learner: 'learner-1',
    site: type === 'social.posted' ? { kind: 'mastodon', host: 'social.example' } : { kind: 'wordpress', host: 'blog.example' },
    context: 'wp.block-editor',
    type,
    skills: type === 'image.alt-added' ? ['alt-text'] : type === 'post.published' ? ['publishing'] : ['hashtags'],
    metrics: { wordCount: 100 + i, hadAltText: i % 2 === 0 },
    ...(type === 'tip.dismissed' ? { ref: 'hashtags.camel-case' } : {}),
    ...overrides,
  };
}

export function memorySource(entries: PracticeAction[], calls: string[] = []): LogSource & { entries: PracticeAction[] } {
  const pick = (filter = {}) => entries.filter(matches(filter));
  return {
    entries,
    async query(filter, page) {
      calls.push(`query:${page.offset ?? 0}`);
      const m = pick(filter).sort((a, b) => b.time - a.time);
      const offset = page.offset ?? 0;
      return { entries: m.slice(offset, offset + (page.limit ?? 50)), total: m.length };
    },
    async stats(filter): Promise<LogStats> {
      const m = pick(filter);
      const perSkill: Record<string, number> = {};
      const perType: Record<string, number> = {};
      for (const a of m) {
        perType[a.type] = (perType[a.type] ?? 0) + 1;
        for (const s of a.skills) perSkill[s] = (perSkill[s] ?? 0) + 1;
      }
      return { total: m.length, today: 0, streak: 2, lastActivity: m.length ? Math.max(...m.map((a) => a.time)) : null, perSkill, perType };
    },
    async perSkillPerDay(filter) {
      const out: Record<string, Record<string, number>> = {};
      for (const a of pick(filter)) for (const s of a.skills) (out[s] ??= {})[dayKey(a.time)] = (out[s]?.[dayKey(a.time)] ?? 0) + 1;
      return out;
    },
    async perDay(filter) {
      const out: Record<string, number> = {};
      for (const a of pick(filter)) out[dayKey(a.time)] = (out[dayKey(a.time)] ?? 0) + 1;
      return out;
    },
    async topRefs(type, filter, limit = 10) {
      const counts = new Map<string, number>();
      for (const a of pick({ ...filter, types: [type] })) if (a.ref) counts.set(a.ref, (counts.get(a.ref) ?? 0) + 1);
      return [...counts].map(([ref, count]) => ({ ref, count })).sort((a, b) => b.count - a.count).slice(0, limit);
    },
  };
}

export interface FakeApi extends DashboardApi {
  calls: string[];
  downloads: { filename: string; text: string }[];
  drafts: Record<string, FeedbackDraft>;
  inboxItems: ReceivedFeedback[];
  unreadFlag: { value: number };
  learnerList: MentorLearner[];
}

export function fakeApi(entries: PracticeAction[], options: { learners?: Record<string, PracticeAction[]>; inbox?: ReceivedFeedback[]; unread?: number } = {}): FakeApi {
  const calls: string[] = [];
  const downloads: FakeApi['downloads'] = [];
  const drafts: Record<string, FeedbackDraft> = {};
  const mine = memorySource(entries, calls);
  const learnerData = options.learners ?? {};
  const learnerList: MentorLearner[] = Object.entries(learnerData).map(([id, list]) => ({
    id,
    displayName: `Learner ${id}`,
    importedAt: new Date(2026, 10, 28).getTime(),
    total: list.length,
    firstActivity: Math.min(...list.map((a) => a.time)),
    lastActivity: Math.max(...list.map((a) => a.time)),
  }));
  const unreadFlag = { value: options.unread ?? 0 };
  const inboxItems = options.inbox ?? [];
  const api: FakeApi = {
    calls,
    downloads,
    drafts,
    inboxItems,
    unreadFlag,
    learnerList,
    mine: {
      ...mine,
      async reflect(id, reflection) {
        calls.push(`reflect:${id}:${reflection}`);
        const e = entries.find((x) => x.id === id);
        if (e) e.reflection = reflection;
      },
      async export(format) {
        calls.push(`export:${format}`);
        return { filename: `alex.${format === 'json' ? 'practice.json' : format}`, mime: 'application/json', text: '{}' };
      },
    },
    mentor: {
      async importFile(file, onProgress) {
        calls.push(`import:${file.name}`);
        onProgress({ phase: 'reading', done: 1, total: 2 });
        onProgress({ phase: 'writing', done: 1, total: 2 });
        const text = await file.text();
        if (text.includes('bad')) return { ok: false, added: 0, skipped: 0, error: 'entries[3].type: Invalid type' };
        return { ok: true, added: 12, skipped: 0, learner: { id: 'l1', displayName: 'Alex' } };
      },
      learners: async () => learnerList,
      remove: async (id) => {
        calls.push(`remove:${id}`);
      },
      source: (id) => memorySource(learnerData[id] ?? []),
    },
    feedback: {
      inbox: async () => inboxItems,
      async importFile(file) {
        calls.push(`feedback:${file.name}`);
        return (await file.text()).includes('bad') ? { ok: false, error: 'This feedback file was changed after the mentor exported it.' } : { ok: true, added: 2, duplicate: false, mentor: 'Sam' };
      },
      unread: async () => unreadFlag.value,
      markRead: async () => {
        unreadFlag.value = 0;
      },
      draft: async (id, name) => drafts[id] ?? emptyDraft(id, name),
      setComment: async (id, name, entryId, text) => (drafts[id] = withComment(drafts[id] ?? emptyDraft(id, name), entryId, text, 1)),
      setNote: async (id, name, note) => (drafts[id] = withNote(drafts[id] ?? emptyDraft(id, name), note, 1)),
      async exportFile(id) {
        if (!drafts[id]) throw new Error('Write a comment or an overall note first: there is no feedback to export yet.');
        return { filename: `feedback-for-${id}.feedback.json`, mime: 'application/json', text: '{}' };
      },
    },
    download: (file) => downloads.push({ filename: file.filename, text: 'text' in file ? file.text : '' }),
    tipTitle: (ref) => (ref === 'hashtags.camel-case' ? 'Capitalise each word in a hashtag' : undefined),
    profileName: async () => 'Alex',
  };
  return api;
}
