/** Privacy choices offered in the options page, and what "delete everything" clears among the settings. */
import { feedbackUnread, privacy, tipChoices, type PrivacySettings } from './items';

/** Retention choices in months; 0 keeps the log until the learner deletes it. */
export const RETENTION_CHOICES = [0, 3, 6, 12, 24] as const;

export async function updatePrivacy(patch: Partial<PrivacySettings>): Promise<PrivacySettings> {
  const current = await privacy.getValue();
  const retention = patch.retentionMonths;
  const next: PrivacySettings = {
    recordPath: patch.recordPath ?? current.recordPath,
    retentionMonths:
      retention !== undefined && (RETENTION_CHOICES as readonly number[]).includes(retention) ? retention : current.retentionMonths,
  };
  await privacy.setValue(next);
  return next;
}

/**
 * The learner's own traces among the settings: per-tip choices and the unread-feedback flag. Their preferences
 * (language, tip level, sites, profile) stay: "delete everything" is about data, not about set-up.
 */
export async function clearLearnerTraces(): Promise<void> {
  await Promise.all([tipChoices.removeValue(), feedbackUnread.removeValue()]);
}
