/**
 * "This site": whether the tutor runs on the current tab and what it recognised, and the one action that fits —
 * turn it on (the browser's permission prompt), turn it off, or, on the sites it always knows, pause it there.
 */
import { useState } from 'preact/hooks';
import { translateDynamic, type Locale } from '../../lib/i18n';
import { useI18n } from '../../lib/i18n/preact';
import { hostOf, originOf } from '../../lib/site-access/origins';
import type { SiteStatus } from '../../lib/site-access/service';
import type { TargetTab } from '../../lib/site-access/client';
import { Button } from '../ui/Button';
import type { PopupApi, PopupSettings } from './types';

export interface SiteSectionProps {
  api: PopupApi;
  tab: TargetTab | null;
  status: SiteStatus | null;
  settings: PopupSettings;
  /** Re-read the status after a change. */
  refresh: () => void;
  /** Announce a result in the popup's live region. */
  announce: (text: string) => void;
}

export function SiteSection({ api, tab, status, settings, refresh, announce }: SiteSectionProps) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const url = tab?.url ?? null;
  const origin = originOf(url);

  let body;
  if (!tab) body = <p>{t('popup.noPage')}</p>;
  else if (!url) body = <p>{t('popup.cannotRead')}</p>;
  else if (!origin) body = <p>{t('popup.noPage')}</p>;
  else if (!status) body = <p>{t('common.loading')}</p>;
  else {
    const host = hostOf(url);
    const hostPaused = (settings.pausedHosts[host] ?? 0) > api.now();

    const recognised = () => {
      if (!status.granted) return null;
      if (!status.running) return <p class="sw-popup__muted">{t('popup.notRunning')}</p>;
      const what = recognisedLabel(locale, status.site, status.context);
      return <p class="sw-popup__recognised">{what ? t('popup.recognised', { what }) : t('popup.running.nothing')}</p>;
    };

    const enable = () => {
      setBusy(true);
      announce(t('popup.enabling'));
      // api.enable asks the browser first thing, inside this click's user gesture.
      void api.enable(origin, tab.id).then((result) => {
        setBusy(false);
        if (result.outcome === 'enabled') announce(t('popup.enabled.reload'));
        else if (result.outcome === 'denied') announce(t('popup.denied'));
        else announce(t('common.error', { message: result.error }));
        refresh();
      });
    };
    const disable = async () => {
      setBusy(true);
      try {
        await api.disable(origin);
        announce(t('popup.disabled.done', { host }));
      } catch (error) {
        announce(t('common.error', { message: error instanceof Error ? error.message : String(error) }));
      } finally {
        setBusy(false);
        refresh();
      }
    };
    const togglePause = async () => {
      if (hostPaused) await api.resumeHost(host);
      else await api.pauseHost(host);
    };
    const pauseButton = status.granted && (
      <Button onClick={togglePause} aria-pressed={hostPaused ? 'true' : 'false'}>
        {hostPaused ? t('popup.resumeSite') : t('popup.pauseSite')}
      </Button>
    );

    if (status.fixed) {
      body = (
        <>
          <p class="sw-popup__state" data-state="fixed">
            <StateDot on={status.granted} />
            {status.granted ? t('popup.fixed.on', { host }) : t('popup.off', { host })}
          </p>
          {recognised()}
          {hostPaused && <p>{t('popup.sitePaused', { host })}</p>}
          <div class="sw-popup__actions">
            {!status.granted && (
              <Button variant="primary" onClick={enable} disabled={busy}>
                {t('popup.enable')}
              </Button>
            )}
            {pauseButton}
          </div>
        </>
      );
    } else if (status.granted) {
      body = (
        <>
          <p class="sw-popup__state" data-state="on">
            <StateDot on />
            {t('popup.granted.on', { host })}
          </p>
          {recognised()}
          {hostPaused && <p>{t('popup.sitePaused', { host })}</p>}
          <div class="sw-popup__actions">
            {pauseButton}
            <Button onClick={disable} disabled={busy}>
              {t('popup.disable')}
            </Button>
          </div>
        </>
      );
    } else {
      body = (
        <>
          <p class="sw-popup__state" data-state="off">
            <StateDot on={false} />
            {t('popup.off', { host })}
          </p>
          <p class="sw-popup__muted">{t('popup.off.help')}</p>
          <div class="sw-popup__actions">
            <Button variant="primary" onClick={enable} disabled={busy}>
              {t('popup.enable')}
            </Button>
          </div>
        </>
      );
    }
  }

  return (
    <section class="sw-popup__section" aria-labelledby="sw-popup-site">
      <h2 id="sw-popup-site">{t('popup.thisSite')}</h2>
      {body}
    </section>
  );
}

/**
 * The popup's name for what the content script recognised: the screen's own name (`context.<id>`), else the site's
 * name, else nothing (the popup then says it runs without anything to coach yet).
 */
export function recognisedLabel(locale: Locale, site: string | null, context: string | null): string | null {
  return (
    (context ? translateDynamic(locale, `context.${context}`) : undefined) ??
    (site ? translateDynamic(locale, `site.kind.${site}`) : undefined) ??
    null
  );
}

/** A filled or hollow dot: the on/off state is also in the words next to it, never in colour alone. */
function StateDot({ on }: { on: boolean }) {
  return <span class={`sw-popup__dot${on ? ' sw-popup__dot--on' : ''}`} aria-hidden="true" />;
}
