/**
 * Sites with access granted: the ones the learner turned on, each removable (which also withdraws the browser
 * permission), following grants made anywhere — the popup, another tab, the browser's own extensions menu.
 */
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../lib/i18n/preact';
import { Button } from '../ui/Button';
import { Section, Status, useStatus } from './fields';
import type { OptionsApi } from './types';

export function SitesSection({ api }: { api: OptionsApi }) {
  const { t } = useI18n();
  const [sites, setSites] = useState<string[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useStatus();

  useEffect(() => {
    let live = true;
    const read = () => void api.sites().then((list) => live && setSites(list));
    read();
    const stop = api.watchSites(read);
    return () => {
      live = false;
      stop();
    };
  }, [api]);

  const remove = async (site: string) => {
    setBusy(site);
    try {
      await api.removeSite(site);
      setStatus(t('options.sites.removed', { origin: site }));
      setSites(await api.sites());
    } catch (error) {
      setStatus(t('common.error', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Section id="sites" title={t('options.sites')}>
      <p class="sw-options__hint">{t('options.sites.help')}</p>
      {sites === null ? (
        <p>{t('common.loading')}</p>
      ) : sites.length === 0 ? (
        <p>{t('options.sites.none')}</p>
      ) : (
        <ul class="sw-options__list">
          {sites.map((site) => (
            <li key={site}>
              <span class="sw-options__site">{site}</span>
              <Button small onClick={() => void remove(site)} disabled={busy === site} aria-label={t('options.sites.remove', { origin: site })}>
                {t('common.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Status text={status} />
      <details class="sw-options__details">
        <summary>{t('options.sites.fixed')}</summary>
        <ul>
          {api.fixedSites().map((host) => (
            <li key={host}>{host}</li>
          ))}
        </ul>
      </details>
    </Section>
  );
}
