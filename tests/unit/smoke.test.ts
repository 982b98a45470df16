import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { PracticeActionSchema } from '../../lib/practice/schema';

describe('practice action schema', () => {
  it('refuses a metric that carries text', () => {
    const r = v.safeParse(PracticeActionSchema, {
      id: '7d444840-9dc0-11d1-b245-5ffdce74fad2', key: 'k', time: 1, learner: 'l',
      site: { kind: 'x', host: 'x.com' }, context: 'x.compose', type: 'social.posted', skills: [],
      metrics: { words: 'secret words' },
    });
    expect(r.success).toBe(false);
  });
});
