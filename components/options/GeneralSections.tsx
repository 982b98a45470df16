/** Options: language, profile and role, tip level. Each change is saved at once and said so politely. */
import { formatTime, translate } from '../../lib/i18n';
import { useI18n } from '../../lib/i18n/preact';
import type { Locale, Profile, Role, TipAmount } from '../../lib/settings/items';
import { Button } from '../ui/Button';
import { RadioGroup, reportSaving, Section, Status, useStatus } from './fields';
import type { OptionsApi } from './types';

// Keys written out in full, so every message can be found (and checked) by a search of the code.
const ROLE_TEXT = {
  learner: ['options.role.learner', 'options.role.learner.help'],
  mentor: ['options.role.mentor', 'options.role.mentor.help'],
  trainer: ['options.role.trainer', 'options.role.trainer.help'],
} as const satisfies Record<Role, readonly [string, string]>;

const LEVEL_TEXT = {
  more: ['options.tipLevel.more', 'options.tipLevel.more.help'],
  fewer: ['options.tipLevel.fewer', 'options.tipLevel.fewer.help'],
  off: ['options.tipLevel.off', 'options.tipLevel.off.help'],
} as const satisfies Record<TipAmount, readonly [string, string]>;

export function LanguageSection({ api, locale }: { api: OptionsApi; locale: Locale }) {
  const { t } = useI18n();
  return (
    <Section id="language" title={t('options.language')}>
      <RadioGroup<Locale>
        name="locale"
        legend={t('options.language')}
        hideLegend
        help={t('options.language.help')}
        value={locale}
        // Each language is named in itself, so a reader finds theirs whichever language the page is in.
        options={[
          { value: 'en', label: translate('en', 'common.languageName'), lang: 'en' },
          { value: 'cy', label: translate('cy', 'common.languageName'), lang: 'cy' },
        ]}
        onChange={(next) => api.setLocale(next)}
      />
    </Section>
  );
}

export function ProfileSection({ api, profile }: { api: OptionsApi; profile: Profile }) {
  const { t } = useI18n();
  const [status, setStatus] = useStatus();

  const save = (patch: Partial<Omit<Profile, 'learnerId'>>) => reportSaving(api.updateProfile(patch), setStatus, t);
  const roles: Role[] = ['learner', 'mentor', 'trainer'];
  return (
    <Section id="profile" title={t('options.profile')}>
      <div class="sw-options__field">
        <label for="displayName">{t('options.profile.displayName')}</label>
        <p id="displayName-hint" class="sw-options__hint">
          {t('options.profile.displayName.help')}
        </p>
        <input
          id="displayName"
          type="text"
          autocomplete="given-name"
          maxLength={80}
          aria-describedby="displayName-hint"
          // Uncontrolled, keyed by the stored value: a change saved elsewhere (another tab) shows here, and what
          // the learner types is never overwritten while they type.
          key={profile.displayName}
          defaultValue={profile.displayName}
          onChange={(e) => void save({ displayName: e.currentTarget.value }).catch(() => undefined)}
        />
      </div>
      <div class="sw-options__field">
        <label for="mentorName">{t('options.profile.mentorName')}</label>
        <p id="mentorName-hint" class="sw-options__hint">
          {t('options.profile.mentorName.help')}
        </p>
        <input
          id="mentorName"
          type="text"
          autocomplete="off"
          maxLength={80}
          aria-describedby="mentorName-hint"
          key={profile.mentorName}
          defaultValue={profile.mentorName}
          onChange={(e) => void save({ mentorName: e.currentTarget.value }).catch(() => undefined)}
        />
      </div>
      <RadioGroup<Role>
        name="role"
        legend={t('options.role')}
        value={profile.role}
        options={roles.map((role) => ({ value: role, label: t(ROLE_TEXT[role][0]), hint: t(ROLE_TEXT[role][1]) }))}
        onChange={(role) => save({ role })}
      />
      <Status text={status} />
    </Section>
  );
}

export function TipsSection({ api, level, pausedUntil }: { api: OptionsApi; level: TipAmount; pausedUntil: number }) {
  const { t, locale } = useI18n();
  const [status, setStatus] = useStatus();
  const levels: TipAmount[] = ['more', 'fewer', 'off'];
  const paused = pausedUntil > api.now();
  return (
    <Section id="tips" title={t('options.tips')}>
      <RadioGroup<TipAmount>
        name="tipLevel"
        legend={t('options.tipLevel')}
        value={level}
        options={levels.map((value) => ({ value, label: t(LEVEL_TEXT[value][0]), hint: t(LEVEL_TEXT[value][1]) }))}
        onChange={(next) => reportSaving(api.setTipLevel(next), setStatus, t)}
      />
      {paused && (
        <div class="sw-options__row">
          <p>{t('options.paused', { time: formatTime(locale, pausedUntil) })}</p>
          <Button onClick={() => void api.resumeTips()}>{t('options.resume')}</Button>
        </div>
      )}
      <Status text={status} />
    </Section>
  );
}

