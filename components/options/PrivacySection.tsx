/**
 * Privacy and your data: what is recorded and what never is (in plain words), whether the browser keeps the log when
 * the disk is nearly full, the page-path option, how long to keep practice, export, and "delete everything" behind a
 * confirmation.
 */
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../lib/i18n/preact';
import type { PersistenceState } from '../../lib/practice/model';
import type { PrivacySettings } from '../../lib/settings/items';
import { RETENTION_CHOICES } from '../../lib/settings/privacy';
import { Button } from '../ui/Button';
import { ConfirmDialog } from './ConfirmDialog';
import { reportSaving, Section, Status, usePendingChoice, useStatus } from './fields';
import type { OptionsApi } from './types';

export function PrivacySection({ api, privacy }: { api: OptionsApi; privacy: PrivacySettings }) {
  const { t } = useI18n();
  const [status, setStatus] = useStatus(12000);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [kept, setKept] = useState<(PersistenceState & { unlimited: boolean }) | null>(null);

  // Asked once, the first time this page opens (lib/practice/persistence.ts); shown so the learner knows whether to
  // keep an exported copy.
  useEffect(() => {
    let live = true;
    api.persistence().then(
      (state) => live && setKept(state),
      () => live && setKept({ granted: null, asked: false, at: null, unlimited: false }),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const save = (patch: Partial<PrivacySettings>) => reportSaving(api.updatePrivacy(patch), setStatus, t);
  const [recordPath, chooseRecordPath] = usePendingChoice(privacy.recordPath, (recordPath) => save({ recordPath }));
  const [retention, chooseRetention] = usePendingChoice(privacy.retentionMonths, (retentionMonths) => save({ retentionMonths }));
  const exportLog = async (format: 'json' | 'csv') => {
    setBusy(true);
    try {
      setStatus(t('options.privacy.exported', { filename: await api.exportLog(format) }));
    } catch (error) {
      setStatus(t('common.error', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };
  const deleteEverything = async () => {
    setConfirming(false);
    setBusy(true);
    try {
      await api.deleteEverything();
      setStatus(t('options.privacy.deleted'));
    } catch (error) {
      setStatus(t('common.error', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section id="privacy" title={t('options.privacy')}>
      <h3>{t('options.privacy.what')}</h3>
      <ul>
        <li>{t('options.privacy.records1')}</li>
        <li>{t('options.privacy.records2')}</li>
        <li>{t('options.privacy.records3')}</li>
      </ul>
      <h3>{t('options.privacy.never')}</h3>
      <ul>
        <li>{t('options.privacy.never1')}</li>
      </ul>
      <p>{t('options.privacy.where')}</p>
      {kept && (
        <p id="persistence">
          {t(
            kept.granted === true
              ? 'options.privacy.storage.kept'
              : kept.unlimited
                ? 'options.privacy.storage.unlimited'
                : kept.granted === false
                  ? 'options.privacy.storage.mayClear'
                  : 'options.privacy.storage.unknown',
          )}
        </p>
      )}

      <div class="sw-options__choice">
        <input
          id="recordPath"
          type="checkbox"
          checked={recordPath}
          aria-describedby="recordPath-hint"
          onChange={(e) => chooseRecordPath(e.currentTarget.checked)}
        />
        <label for="recordPath">{t('options.privacy.recordPath')}</label>
        <p id="recordPath-hint" class="sw-options__hint">
          {t('options.privacy.recordPath.help')}
        </p>
      </div>

      <div class="sw-options__field">
        <label for="retention">{t('options.privacy.retention')}</label>
        <select
          id="retention"
          value={String(retention)}
          onChange={(e) => chooseRetention(Number(e.currentTarget.value))}
        >
          {RETENTION_CHOICES.map((months) => (
            <option key={months} value={String(months)}>
              {months === 0 ? t('options.privacy.retention.forever') : t('options.privacy.retention.months', { count: months })}
            </option>
          ))}
        </select>
      </div>

      <h3>{t('options.privacy.export')}</h3>
      <p class="sw-options__hint">{t('options.privacy.export.help')}</p>
      <div class="sw-options__row">
        <Button variant="primary" onClick={() => void exportLog('json')} disabled={busy}>
          {t('options.privacy.export.json')}
        </Button>
        <Button onClick={() => void exportLog('csv')} disabled={busy}>
          {t('options.privacy.export.csv')}
        </Button>
      </div>

      <h3>{t('options.privacy.delete')}</h3>
      <p class="sw-options__hint">{t('options.privacy.delete.help')}</p>
      <div class="sw-options__row">
        <Button class="sw-btn--danger" onClick={() => setConfirming(true)} disabled={busy}>
          {t('options.privacy.delete')}
        </Button>
      </div>
      <Status text={status} />
      <ConfirmDialog
        open={confirming}
        title={t('options.privacy.deleteConfirmTitle')}
        body={t('options.privacy.deleteConfirmBody')}
        confirm={t('options.privacy.deleteConfirm')}
        cancel={t('common.cancel')}
        onConfirm={() => void deleteEverything()}
        onCancel={() => setConfirming(false)}
      />
    </Section>
  );
}
