/** The learner's local profile: a stable id made once, plus what they typed in the options page. */
import { profile, type Profile, type Role } from './items';

export const ROLES: readonly Role[] = ['learner', 'mentor', 'trainer'];
/** Names are short labels, not essays: longer input is cut here rather than refused. */
export const NAME_MAX = 80;

/** Returns the profile, giving it a learner id (UUID) the first time. Safe to call from any page. */
export async function ensureProfile(makeId: () => string = () => crypto.randomUUID()): Promise<Profile> {
  const current = await profile.getValue();
  if (current.learnerId) return current;
  const next = { ...current, learnerId: makeId() };
  await profile.setValue(next);
  return next;
}

/** Trims and bounds a name field; control characters are dropped (they can only be a paste accident). */
export function cleanName(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, NAME_MAX);
}

/** Saves part of the profile without losing the rest (two pages may write at once). */
export async function updateProfile(patch: Partial<Omit<Profile, 'learnerId'>>): Promise<Profile> {
  const current = await profile.getValue();
  const next: Profile = {
    ...current,
    ...(patch.displayName !== undefined ? { displayName: cleanName(patch.displayName) } : {}),
    ...(patch.mentorName !== undefined ? { mentorName: cleanName(patch.mentorName) } : {}),
    ...(patch.role !== undefined && ROLES.includes(patch.role) ? { role: patch.role } : {}),
  };
  await profile.setValue(next);
  return next;
}
