import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { classifySender, createRouter, defineHandlers, HandlerError, type HandlerTable } from '@/lib/messaging/router';
import { AREAS, buildHandlerTable } from '@/lib/messaging/handlers';

const env = { runtimeId: 'our-id', extensionOrigin: 'chrome-extension://our-id/' };
const contentSender = { id: 'our-id', url: 'https://x.com/home', tab: { id: 7 } };
const pageSender = { id: 'our-id', url: 'chrome-extension://our-id/dashboard.html', tab: { id: 8 } };
const popupSender = { id: 'our-id', url: 'chrome-extension://our-id/popup.html' };

const table = defineHandlers({
  'log.deleteAll': {
    from: ['page'],
    schema: v.strictObject({ db: v.optional(v.picklist(['practice', 'workshop'])) }),
    handle: () => ({ ok: true as const }),
  },
  'mastery.counts': {
    from: ['content', 'page'],
    schema: v.strictObject({ skills: v.array(v.string()), db: v.optional(v.picklist(['practice', 'workshop'])) }),
    handle: ({ skills }, ctx) => {
      if (skills.includes('boom')) throw new HandlerError('It went wrong plainly.', 'quota');
      if (skills.includes('crash')) throw new Error('internal');
      return Object.fromEntries(skills.map((s) => [s, ctx.tabId ?? -1]));
    },
  },
}) satisfies HandlerTable;

const route = createRouter(table, env);
const envelope = (type: string, payload: unknown) => ({ sw: 1, type, payload });

describe('classifySender', () => {
  it('tells content scripts from extension pages, refuses everything else', () => {
    expect(classifySender(contentSender, env)).toBe('content');
    expect(classifySender(pageSender, env)).toBe('page');
    expect(classifySender(popupSender, env)).toBe('page');
    expect(classifySender({ ...contentSender, id: 'other-extension' }, env)).toBeNull();
    expect(classifySender({ id: 'our-id', url: 'https://x.com/' }, env)).toBeNull(); // no tab: not a content script
    expect(classifySender({ id: 'our-id', url: 'chrome-extension://other/x.html', tab: { id: 1 } }, env)).toBe('content');
    expect(classifySender(undefined as never, env)).toBeNull();
  });
});

describe('router', () => {
  it('ignores messages that are not ours (other listeners may answer them)', () => {
    expect(route({ hello: 1 }, pageSender)).toBeUndefined();
    expect(route('text', pageSender)).toBeUndefined();
  });

  it('replies {ok, value} with the handler context', async () => {
    expect(await route(envelope('mastery.counts', { skills: ['alt-text'] }), contentSender)).toEqual({ ok: true, value: { 'alt-text': 7 } });
  });

  it('refuses a sender the message does not allow', async () => {
    expect(await route(envelope('log.deleteAll', {}), contentSender)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await route(envelope('mastery.counts', { skills: [] }), { ...pageSender, id: 'evil' })).toMatchObject({ ok: false, code: 'forbidden', error: expect.stringMatching(/outside this extension/) });
  });

  it('validates payloads and names the field', async () => {
    expect(await route(envelope('mastery.counts', { skills: [1] }), pageSender)).toMatchObject({ ok: false, code: 'invalid', error: expect.stringMatching(/^Invalid "mastery.counts": skills\.0: /) });
    expect(await route(envelope('log.deleteAll', { db: 'mentor' }), pageSender)).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('unknown messages (including prototype names) and thrown errors become replies', async () => {
    expect(await route(envelope('nope', {}), pageSender)).toMatchObject({ ok: false, code: 'unknown' });
    expect(await route(envelope('constructor', {}), pageSender)).toMatchObject({ ok: false, code: 'unknown' });
    expect(await route(envelope('mastery.counts', { skills: ['boom'] }), pageSender)).toEqual({ ok: false, error: 'It went wrong plainly.', code: 'quota' });
    expect(await route(envelope('mastery.counts', { skills: ['crash'] }), pageSender)).toEqual({ ok: false, error: 'internal', code: 'failed' });
  });
});

describe('handler table', () => {
  it('builds from the areas; one message, one area', () => {
    const built = buildHandlerTable();
    expect(Object.keys(built)).toEqual(expect.arrayContaining(['log.record', 'log.recordBatch', 'log.query', 'mentor.import', 'mastery.counts']));
    expect(() => buildHandlerTable({ ...AREAS, copy: { 'log.record': AREAS.log!['log.record'] } as HandlerTable })).toThrow(/"log.record" is handled by both "log" and "copy"/);
  });

  it('every handler may only be sent by senders the protocol allows (content scripts cannot read the log)', () => {
    const built = buildHandlerTable();
    const contentAllowed = Object.entries(built)
      .filter(([, h]) => (h!.from as readonly string[]).includes('content'))
      .map(([k]) => k)
      .filter((k) => k.startsWith('log.') || k.startsWith('mentor.'));
    expect(contentAllowed.sort()).toEqual(['log.record', 'log.recordBatch']);
  });
});
