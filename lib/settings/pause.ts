/**
 * Pausing tips: everywhere for a while (the popup's "Pause for an hour"), or on one site until resumed. The overlay
 * watches these settings, so a pause applies to open pages at once.
 */
import { pausedHosts, pausedUntil } from './items';

export const HOUR_MS = 60 * 60 * 1000;
/** Stored for "until I resume" (JSON has no Infinity). */
export const PAUSED_UNTIL_RESUMED = Number.MAX_SAFE_INTEGER;

/** Pure: is the global pause still on at `now`? */
export function isPausedAt(until: number, now: number): boolean {
  return until > now;
}

/** Pure: is `host` paused at `now` (globally or for the host)? */
export function isHostPausedAt(host: string, hosts: Record<string, number>, globalUntil: number, now: number): boolean {
  return isPausedAt(globalUntil, now) || isPausedAt(hosts[host] ?? 0, now);
}

/** Pauses tips everywhere for `ms` (default an hour) from `now`; returns the end time. */
export async function pauseTips(ms = HOUR_MS, now = Date.now()): Promise<number> {
  const until = now + ms;
  await pausedUntil.setValue(until);
  return until;
}

export async function resumeTips(): Promise<void> {
  await pausedUntil.setValue(0);
}

/** Pauses tips on one host until resumed (fixed sites, where turning the tutor off is not possible). */
export async function pauseHost(host: string, until = PAUSED_UNTIL_RESUMED): Promise<void> {
  const hosts = await pausedHosts.getValue();
  await pausedHosts.setValue({ ...hosts, [host]: until });
}

export async function resumeHost(host: string): Promise<void> {
  const { [host]: _gone, ...rest } = await pausedHosts.getValue();
  await pausedHosts.setValue(rest);
}

/** Drops host pauses that have ended, so the setting does not grow forever. */
export function withoutExpired(hosts: Record<string, number>, now: number): Record<string, number> {
  return Object.fromEntries(Object.entries(hosts).filter(([, until]) => until > now));
}
