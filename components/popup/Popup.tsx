/**
 * The toolbar popup: this site (on/off, what was recognised), tips (pause for an hour), today's practice and the
 * streak, new feedback from the mentor, and the way to the other pages — ordered by the learner's role.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { formatTime } from '../../lib/i18n';
import { useI18n } from '../../lib/i18n/preact';
import type { Role } from '../../lib/settings/items';
import { HOUR_MS } from '../../lib/settings/pause';
import type { TargetTab } from '../../lib/site-access/client';
import type { SiteStatus } from '../../lib/site-access/service';
import { Button } from '../ui/Button';
import { SiteSection } from './SiteSection';
import type { PopupApi, PopupPage, PopupSettings } from './types';

export interface PopupProps {
  api: PopupApi;
}

type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string };

/** Which page each role finds first (the rest follow in this order, settings last). */
export const PAGE_ORDER: Record<Role, Exclude<PopupPage, 'feedback'>[]> = {
  learner: ['practice', 'workshop', 'mentor', 'settings'],
  mentor: ['mentor', 'practice', 'workshop', 'settings'],
  trainer: ['workshop', 'practice', 'mentor', 'settings'],
};

const PAGE_LABEL = {
  practice: 'popup.open.practice',
  mentor: 'popup.open.mentor',
  workshop: 'popup.open.workshop',
  settings: 'popup.open.settings',
} as const;

export function Popup({ api }: PopupProps) {
  const { t, locale } = useI18n();
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);
  const [status, setStatus] = useState<SiteStatus | null>(null);
  const [settings, setSettings] = useState<PopupSettings | null>(null);
  const [stats, setStats] = useState<Loaded<{ today: number; streak: number }>>({ state: 'loading' });
  const [message, setMessage] = useState('');
  const [, setTick] = useState(0);

  const loadStatus = useCallback(
    async (target: TargetTab | null) => {
      if (!target?.url) return setStatus(null);
      try {
        setStatus(await api.status(target.id, target.url));
      } catch (error) {
        setMessage(t('common.error', { message: error instanceof Error ? error.message : String(error) }));
      }
    },
    [api, t],
  );

  useEffect(() => {
    let live = true;
    void api.tab().then((target) => {
      if (!live) return;
      setTab(target);
      void loadStatus(target);
    });
    const readSettings = () => void api.settings().then((s) => live && setSettings(s));
    readSettings();
    const unwatch = api.watchSettings(readSettings);
    api.stats().then(
      (value) => live && setStats({ state: 'ready', value }),
      (error: unknown) => live && setStats({ state: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
      unwatch();
    };
    // The API object is made once per popup; loadStatus changes with the language only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  // A pause ends on its own: look again when it does, so the popup never shows a pause that is over.
  const pausedUntil = settings?.pausedUntil ?? 0;
  useEffect(() => {
    const left = pausedUntil - api.now();
    if (left <= 0) return;
    const timer = setTimeout(() => setTick((n) => n + 1), Math.min(left + 50, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [pausedUntil, api]);

  const open = (page: PopupPage) => (event: MouseEvent) => {
    event.preventDefault();
    api.open(page);
  };

  const role = settings?.role ?? 'learner';
  const [first, ...rest] = PAGE_ORDER[role] as [Exclude<PopupPage, 'feedback'>, ...Exclude<PopupPage, 'feedback'>[]];
  const paused = pausedUntil > api.now();

  return (
    <main class="sw-popup">
      <header class="sw-popup__header">
        <h1>{t('popup.title')}</h1>
        <button
          type="button"
          class="sw-btn sw-btn--link sw-popup__lang"
          lang={locale === 'en' ? 'cy' : 'en'}
          title={t('common.switchLanguageLabel')}
          onClick={() => void api.setLocale(locale === 'en' ? 'cy' : 'en')}
        >
          {t('common.switchLanguage')}
        </button>
      </header>

      <p class="sw-popup__message" role="status">
        {message}
      </p>

      {settings && settings.feedbackUnread > 0 && (
        <section class="sw-popup__notice" aria-labelledby="sw-popup-feedback">
          <h2 id="sw-popup-feedback">{t('popup.feedback', { count: settings.feedbackUnread })}</h2>
          <a class="sw-btn sw-btn--primary" href={api.urlOf('feedback')} onClick={open('feedback')}>
            {t('popup.feedback.open')}
          </a>
        </section>
      )}

      {tab === undefined || !settings ? (
        <p>{t('common.loading')}</p>
      ) : (
        <SiteSection api={api} tab={tab} status={status} settings={settings} refresh={() => void loadStatus(tab)} announce={setMessage} />
      )}

      {settings && (
        <section class="sw-popup__section" aria-labelledby="sw-popup-tips">
          <h2 id="sw-popup-tips">{t('popup.tips')}</h2>
          {settings.tipLevel === 'off' ? (
            <p>{t('popup.tipsOff')}</p>
          ) : paused ? (
            <>
              <p>{t('popup.pausedUntil', { time: formatTime(locale, pausedUntil) })}</p>
              <div class="sw-popup__actions">
                <Button onClick={() => void api.resume()}>{t('popup.resume')}</Button>
              </div>
            </>
          ) : (
            <div class="sw-popup__actions">
              <Button onClick={() => void api.pauseFor(HOUR_MS)}>{t('popup.pauseHour')}</Button>
            </div>
          )}
        </section>
      )}

      <section class="sw-popup__section" aria-labelledby="sw-popup-practice">
        <h2 id="sw-popup-practice">{t('popup.practice')}</h2>
        {stats.state === 'loading' && <p>{t('common.loading')}</p>}
        {stats.state === 'error' && <p>{t('popup.statsUnavailable')}</p>}
        {stats.state === 'ready' && (
          <ul class="sw-popup__stats">
            <li>{t('popup.today', { count: stats.value.today })}</li>
            <li>{t('popup.streak', { count: stats.value.streak })}</li>
          </ul>
        )}
      </section>

      <nav class="sw-popup__nav" aria-labelledby="sw-popup-go">
        <h2 id="sw-popup-go" class="sw-visually-hidden">
          {t('popup.go')}
        </h2>
        {/* The role's page as the one button; the others as plain links, so the choice stays obvious. */}
        <a class="sw-btn sw-btn--primary sw-popup__first" href={api.urlOf(first)} onClick={open(first)} data-page={first}>
          {t(PAGE_LABEL[first])}
        </a>
        <ul class="sw-popup__links">
          {rest.map((page) => (
            <li key={page}>
              <a class="sw-link" href={api.urlOf(page)} onClick={open(page)} data-page={page}>
                {t(PAGE_LABEL[page])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </main>
  );
}
