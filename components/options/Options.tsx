/**
 * The options page: language, profile and role, tips, pre-election period, sites, tip packs, privacy.
 * Every control saves at once; settings changed elsewhere (the popup, another tab) show here live.
 */
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../lib/i18n/preact';
import { ElectionSection } from './ElectionSection';
import { LanguageSection, ProfileSection, TipsSection } from './GeneralSections';
import { PacksSection } from './PacksSection';
import { PrivacySection } from './PrivacySection';
import { SitesSection } from './SitesSection';
import type { OptionsApi, OptionsState } from './types';

const SECTIONS = [
  ['language', 'options.language'],
  ['profile', 'options.profile'],
  ['tips', 'options.tips'],
  ['election', 'options.election'],
  ['sites', 'options.sites'],
  ['packs', 'options.packs'],
  ['privacy', 'options.privacy'],
] as const;

export function Options({ api }: { api: OptionsApi }) {
  const { t, locale } = useI18n();
  const [state, setState] = useState<OptionsState | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const read = () =>
      void api.load().then(
        (s) => live && setState(s),
        (error: unknown) => live && setFailed(error instanceof Error ? error.message : String(error)),
      );
    read();
    const stop = api.watch(read);
    return () => {
      live = false;
      stop();
    };
  }, [api]);

  return (
    <div class="sw-options">
      <header class="sw-options__header">
        <p class="sw-options__app">{t('common.appName')}</p>
        <h1>{t('options.title')}</h1>
        <nav aria-label={t('options.nav')}>
          <ul class="sw-options__nav">
            {SECTIONS.map(([id, key]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(key)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main class="sw-options__main">
        {failed && <p role="alert">{t('common.error', { message: failed })}</p>}
        {!state && !failed && <p>{t('common.loading')}</p>}
        {state && (
          <>
            <LanguageSection api={api} locale={locale} />
            <ProfileSection api={api} profile={state.profile} />
            <TipsSection api={api} level={state.tipLevel} pausedUntil={state.pausedUntil} />
            <ElectionSection api={api} period={state.preElection} />
            <SitesSection api={api} />
            <PacksSection api={api} builtin={state.builtinPacks} imported={state.importedPacks} />
            <PrivacySection api={api} privacy={state.privacy} />
          </>
        )}
      </main>
    </div>
  );
}
