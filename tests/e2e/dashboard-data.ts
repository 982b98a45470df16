/**
 * Practice actions for the dashboard's end-to-end tests and benchmarks: deterministic (a seeded generator), spread
 * over weeks, with the skills, sites and tip events a real learner's log has. Plain data: runs in Node or, through
 * `page.evaluate`, in the browser.
 */

export interface GenOptions {
  /** Number of actions. */
  count: number;
  /** Newest action's time (epoch ms). */
  end: number;
  /** Days the actions are spread over, ending at `end`. */
  days: number;
  learner?: string;
  seed?: number;
}

export const SAMPLE_TYPES = [
  ['post.published', ['publishing', 'plain-english'], 'wordpress', 'blog.council.example', 'wp.block-editor'],
  ['image.alt-added', ['alt-text'], 'wordpress', 'blog.council.example', 'wp.block-editor'],
  ['heading.added', ['structure'], 'wordpress', 'blog.council.example', 'wp.block-editor'],
  ['social.posted', ['hashtags'], 'mastodon', 'social.example', 'mastodon.compose'],
  ['social.alt-added', ['alt-text'], 'x', 'x.com', 'x.compose'],
  ['comment.replied', ['replying'], 'wordpress', 'blog.council.example', 'wp.comments'],
  ['tip.shown', ['plain-english'], 'x', 'x.com', 'x.compose'],
  ['tip.dismissed', ['hashtags'], 'x', 'x.com', 'x.compose'],
  ['link.text-improved', ['link-text'], 'wordpress', 'blog.council.example', 'wp.block-editor'],
] as const;

/** mulberry32: a tiny seeded generator, so every run builds the same log. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuid(n: number, seed: number): string {
  const hex = (n + seed * 1_000_003).toString(16).padStart(12, '0').slice(-12);
  return `5e7a0000-0000-4000-8000-${hex}`;
}

export function generateActions(o: GenOptions) {
  const rand = rng(o.seed ?? 7);
  const seed = o.seed ?? 7;
  const span = o.days * 86_400_000;
  const out = [];
  for (let i = 0; i < o.count; i++) {
    // Oldest first, evenly spread with jitter, so every week has some practice.
    const time = Math.round(o.end - span + (span * (i + rand() * 0.5)) / o.count);
    const [type, skills, kind, host, context] = SAMPLE_TYPES[Math.floor(rand() * SAMPLE_TYPES.length)]!;
    out.push({
      id: uuid(i, seed),
      key: `gen-${seed}-${i}`,
      time: Math.min(time, o.end),
      ...(o.learner ? { learner: o.learner } : {}),
      site: { kind, host },
      context,
      type,
      skills: [...skills],
      metrics: type === 'post.published' ? { wordCount: 300 + (i % 500), longestSentence: 12 + (i % 20) } : { hadAltText: i % 3 !== 0 },
      ...(type.startsWith('tip.') ? { ref: ['plain-english.long-sentence', 'hashtags.camel-case', 'alt-text.missing', 'hashtags.camel-case'][i % 4] } : {}),
    });
  }
  return out;
}
