import { describe, expect, it } from 'vitest';
import { checkElectionPeriod, inElectionPeriod, isIsoDate } from '../../../lib/settings/election';
import { feedbackUnread, pausedHosts, pausedUntil, privacy, profile, tipChoices, tipLevel } from '../../../lib/settings/items';
import {
  HOUR_MS,
  isHostPausedAt,
  PAUSED_UNTIL_RESUMED,
  pauseHost,
  pauseTips,
  resumeHost,
  resumeTips,
  withoutExpired,
} from '../../../lib/settings/pause';
import { clearLearnerTraces, updatePrivacy } from '../../../lib/settings/privacy';
import { cleanName, ensureProfile, updateProfile } from '../../../lib/settings/profile';

describe('pre-election period', () => {
  it('accepts real dates with the end after the start', () => {
    expect(checkElectionPeriod('2027-03-25', '2027-05-06')).toEqual({ ok: true, value: { start: '2027-03-25', end: '2027-05-06' } });
    expect(checkElectionPeriod(' 2027-03-25 ', '2027-03-26')).toMatchObject({ ok: true });
  });
  it('names the field and the reason when it refuses', () => {
    expect(checkElectionPeriod('', '2027-05-06')).toEqual({ ok: false, error: 'missing', field: 'start' });
    expect(checkElectionPeriod('2027-03-25', '')).toEqual({ ok: false, error: 'missing', field: 'end' });
    expect(checkElectionPeriod('2027-02-29', '2027-05-06')).toEqual({ ok: false, error: 'invalid', field: 'start' });
    expect(checkElectionPeriod('2027-03-25', '06/05/2027')).toEqual({ ok: false, error: 'invalid', field: 'end' });
    expect(checkElectionPeriod('2027-05-06', '2027-03-25')).toEqual({ ok: false, error: 'order', field: 'end' });
    expect(checkElectionPeriod('2027-05-06', '2027-05-06')).toEqual({ ok: false, error: 'order', field: 'end' });
  });
  it('knows real calendar dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-04-31')).toBe(false);
    expect(isIsoDate('2027-4-1')).toBe(false);
  });
  it('includes both end days', () => {
    const period = { start: '2027-03-25', end: '2027-05-06' };
    expect(inElectionPeriod(period, new Date(2027, 2, 25, 0, 1))).toBe(true);
    expect(inElectionPeriod(period, new Date(2027, 4, 6, 23, 59))).toBe(true);
    expect(inElectionPeriod(period, new Date(2027, 4, 7, 0, 1))).toBe(false);
    expect(inElectionPeriod(null)).toBe(false);
  });
});

describe('pausing tips', () => {
  it('pauses everywhere for an hour, then resumes', async () => {
    const now = 1_800_000_000_000;
    expect(await pauseTips(undefined, now)).toBe(now + HOUR_MS);
    expect(await pausedUntil.getValue()).toBe(now + HOUR_MS);
    expect(isHostPausedAt('x.com', {}, now + HOUR_MS, now + HOUR_MS - 1)).toBe(true);
    expect(isHostPausedAt('x.com', {}, now + HOUR_MS, now + HOUR_MS)).toBe(false);
    await resumeTips();
    expect(await pausedUntil.getValue()).toBe(0);
  });
  it('pauses one host until resumed, leaving others alone', async () => {
    await pauseHost('x.com');
    await pauseHost('bsky.app', 5);
    expect(await pausedHosts.getValue()).toEqual({ 'x.com': PAUSED_UNTIL_RESUMED, 'bsky.app': 5 });
    expect(isHostPausedAt('x.com', await pausedHosts.getValue(), 0, Date.now())).toBe(true);
    expect(isHostPausedAt('www.linkedin.com', await pausedHosts.getValue(), 0, Date.now())).toBe(false);
    await resumeHost('x.com');
    expect(await pausedHosts.getValue()).toEqual({ 'bsky.app': 5 });
    expect(withoutExpired({ a: 5, b: 50 }, 10)).toEqual({ b: 50 });
  });
});

describe('profile', () => {
  it('makes a learner id once and keeps it', async () => {
    const first = await ensureProfile(() => 'id-1');
    expect(first.learnerId).toBe('id-1');
    expect((await ensureProfile(() => 'id-2')).learnerId).toBe('id-1');
  });
  it('updates only what changed, cleaning names and ignoring an unknown role', async () => {
    await ensureProfile(() => 'id-1');
    await updateProfile({ displayName: '  Siân\u0007 ' });
    await updateProfile({ mentorName: 'Gareth', role: 'mentor' });
    await updateProfile({ role: 'admin' as never });
    expect(await profile.getValue()).toEqual({ learnerId: 'id-1', displayName: 'Siân', mentorName: 'Gareth', role: 'mentor' });
    expect(cleanName('x'.repeat(200))).toHaveLength(80);
  });
});

describe('privacy', () => {
  it('keeps only offered retention choices', async () => {
    await updatePrivacy({ retentionMonths: 6 });
    await updatePrivacy({ retentionMonths: 7 });
    await updatePrivacy({ recordPath: true });
    expect(await privacy.getValue()).toEqual({ recordPath: true, retentionMonths: 6 });
  });
  it('clears the learner’s traces but not their preferences', async () => {
    await tipChoices.setValue({ 'alt-text.missing': { never: true } });
    await feedbackUnread.setValue(2);
    await tipLevel.setValue('fewer');
    await clearLearnerTraces();
    expect(await tipChoices.getValue()).toEqual({});
    expect(await feedbackUnread.getValue()).toBe(0);
    expect(await tipLevel.getValue()).toBe('fewer');
  });
});
