/** Test helpers: realistic actions and fresh databases (a new fake IndexedDB per test, so tests never share data). */
import { IDBFactory } from 'fake-indexeddb';
import type { PracticeAction } from '@/lib/practice/schema';

export const LEARNER = '3f6c1f8e-2b7a-4c1e-9d2a-5b8e7f6a1c00';

/** A fresh, empty IndexedDB for this test. */
export function freshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

/** A deterministic UUID (v4 shape) from a number. */
export function uuidOf(n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
}

const TYPES: PracticeAction['type'][] = ['post.published', 'image.alt-added', 'heading.added', 'social.posted', 'tip.shown', 'tip.dismissed', 'comment.replied'];
const SKILLS = [['publishing'], ['alt-text'], ['structure'], ['hashtags', 'alt-text'], ['alt-text'], ['plain-english'], ['replying']];
const SITES: PracticeAction['site'][] = [
  { kind: 'wordpress', host: 'blog.council.example' },
  { kind: 'x', host: 'x.com' },
  { kind: 'mastodon', host: 'social.example' },
];

/** Noon local time, `daysAgo` days before `base`, plus `minute` minutes. */
export function localTime(base: number, daysAgo: number, minute = 0): number {
  const d = new Date(base);
  d.setHours(12, minute, 0, 0);
  d.setDate(d.getDate() - daysAgo);
  return d.getTime();
}

export function makeAction(i: number, overrides: Partial<PracticeAction> = {}): PracticeAction {
  const t = i % TYPES.length;
  const type = TYPES[t]!;
  return {
    id: uuidOf(i + 1),
    key: `k-${i}`,
    time: 1_780_000_000_000 + i * 60_000,
    learner: LEARNER,
    site: SITES[i % SITES.length]!,
    context: type.startsWith('social') ? 'x.compose' : 'wp.block-editor',
    type,
    skills: SKILLS[t]!,
    metrics: { wordCount: 100 + i, hadAltText: i % 2 === 0 },
    ...(type.startsWith('tip.') ? { ref: `tip-${i % 3}` } : {}),
    ...overrides,
  };
}

export function makeActions(n: number, start = 0, overrides: (i: number) => Partial<PracticeAction> = () => ({})): PracticeAction[] {
  return Array.from({ length: n }, (_, k) => makeAction(start + k, overrides(start + k)));
}
