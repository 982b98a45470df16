// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createDashboardApi } from '../../../lib/dashboard/client';
import type { Send } from '../../../lib/dashboard/api';
import { exportFeedback, setDraftComment } from '../../../lib/feedback/store';
import { feedbackUnread, profile } from '../../../lib/settings/items';

const E1 = '7d444840-9dc0-11d1-b245-5ffdce74fad2';

describe('createDashboardApi', () => {
  it('imports a practice file with a progress id and passes the background’s progress on', async () => {
    const listeners = new Map<string, (e: { phase: 'writing'; done: number; total: number }) => void>();
    const send = vi.fn(async (type: string, payload: { progressId?: string; text?: string }) => {
      listeners.get(payload.progressId!)?.({ phase: 'writing', done: 5, total: 10 });
      return { ok: true, added: 1, skipped: 0, text: payload.text };
    }) as unknown as Send;
    const stop = vi.fn();
    const api = createDashboardApi({
      send,
      listen: (id, l) => {
        listeners.set(id, l as never);
        return stop;
      },
    });
    const seen: string[] = [];
    const result = await api.mentor.importFile(new File(['{"x":1}'], 'a.practice.json'), (p) => seen.push(`${p.phase}:${p.done}/${p.total}`));
    expect(result).toMatchObject({ ok: true, added: 1 });
    const [type, payload] = (send as unknown as ReturnType<typeof vi.fn>).mock.calls[0]!;
    expect(type).toBe('mentor.import');
    expect(payload.text).toBe('{"x":1}');
    expect(payload.progressId).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen.at(-1)).toBe('writing:5/10');
    // (Reading progress comes from FileReader's progress events: seen in Chromium by the bench, not in happy-dom.)
    expect(stop).toHaveBeenCalled();
  });

  it('exports the learner’s log asking for the transfer database, and downloads the Blob it got', async () => {
    // (The hand-over itself is tested in tests/unit/messaging/transfer.test.ts: happy-dom's Blobs do not survive
    // fake-indexeddb's structured clone, so here the background answers inline, as it may for a small file.)
    const send = vi.fn(async (type: string, payload: object) => {
      expect([type, payload]).toEqual(['log.export', { format: 'json', via: 'cache' }]);
      return { filename: 'sam.practice.json', mime: 'application/json', text: '{"entries":[]}' };
    }) as unknown as Send;
    const api = createDashboardApi({ send, listen: () => () => {} });
    const file = await api.mine.export('json');
    expect('blob' in file && (await file.blob.text())).toBe('{"entries":[]}');
    const urls: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (urls.push(b as Blob), 'blob:x'));
    const { downloadFile } = await import('../../../lib/dashboard/client');
    downloadFile(file);
    create.mockRestore();
    expect(urls).toEqual(['blob' in file ? file.blob : null]);
  });

  it('asks the background for timeline pages through day-row paging, per learner', async () => {
    const send = vi.fn(async () => ({ entries: [], total: 0 })) as unknown as Send;
    const api = createDashboardApi({ send, listen: () => () => {} });
    await api.mentor.source('l1').query({ types: ['post.published'] }, { offset: 200, limit: 100, order: 'desc' });
    await api.mine.query({}, { offset: 0, limit: 100 });
    expect((send as unknown as ReturnType<typeof vi.fn>).mock.calls).toEqual([
      ['mentor.timeline', { learner: 'l1', filter: { types: ['post.published'] }, offset: 200, limit: 100, order: 'desc' }],
      ['log.timeline', { filter: {}, offset: 0, limit: 100 }],
    ]);
  });

  it('imports feedback for this profile only, and exports the mentor’s with their display name', async () => {
    await profile.setValue({ learnerId: 'l1', displayName: 'Sam Mentor', mentorName: '', role: 'mentor' });
    await setDraftComment('l1', 'Alex', E1, 'Nice');
    const api = createDashboardApi({ send: vi.fn() as unknown as Send, listen: () => () => {} });
    const file = await api.feedback.exportFile('l1', 'Alex');
    expect(JSON.parse(file.text).mentor.name).toBe('Sam Mentor');
    expect(file.mime).toBe('application/json');
    const text = (await exportFeedback('l1', 'Alex', 'Sam Mentor')).text;
    expect(await api.feedback.importFile(new File([text], 'f.feedback.json'))).toMatchObject({ ok: true, added: 1 });
    expect(await feedbackUnread.getValue()).toBe(1);
    expect(await api.feedback.unread()).toBe(1);
    await profile.setValue({ learnerId: 'other', displayName: '', mentorName: '', role: 'learner' });
    expect(await api.feedback.importFile(new File([text], 'f.feedback.json'))).toMatchObject({ ok: false });
  });
});
