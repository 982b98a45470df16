/**
 * The pre-election period: two dates, checked together (both real dates, the end after the start). An error is
 * shown next to the field it is about and tied to it (aria-invalid, aria-describedby), and nothing is saved.
 */
import { useState } from 'preact/hooks';
import { formatIsoDate } from '../../lib/i18n';
import { useI18n } from '../../lib/i18n/preact';
import { checkElectionPeriod, type ElectionError, type ElectionPeriod } from '../../lib/settings/election';
import { Button } from '../ui/Button';
import { Section, Status, useStatus } from './fields';
import type { OptionsApi } from './types';

const ERROR_KEY = {
  missing: 'options.election.errorMissing',
  invalid: 'options.election.errorInvalid',
  order: 'options.election.errorOrder',
} as const satisfies Record<ElectionError, string>;

export function ElectionSection({ api, period }: { api: OptionsApi; period: ElectionPeriod | null }) {
  const { t, locale } = useI18n();
  const [error, setError] = useState<{ field: 'start' | 'end'; key: (typeof ERROR_KEY)[ElectionError] } | null>(null);
  const [status, setStatus] = useStatus();
  const save = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
    const check = checkElectionPeriod(value('start'), value('end'));
    if (!check.ok) {
      setError({ field: check.field, key: ERROR_KEY[check.error] });
      // Take the learner to the field to fix.
      (document.getElementById(`election-${check.field}`) as HTMLInputElement | null)?.focus();
      return;
    }
    setError(null);
    await api.setElection(check.value);
    setStatus(t('common.saved'));
  };
  const clear = async () => {
    setError(null);
    await api.setElection(null);
    setStatus(t('common.saved'));
  };

  const field = (name: 'start' | 'end') => {
    const id = `election-${name}`;
    const bad = error?.field === name;
    return (
      <div class="sw-options__field">
        <label for={id}>{t(name === 'start' ? 'options.election.start' : 'options.election.end')}</label>
        {bad && (
          <p id={`${id}-error`} class="sw-options__error">
            {t(error.key)}
          </p>
        )}
        <input
          id={id}
          type="date"
          name={name}
          defaultValue={(name === 'start' ? period?.start : period?.end) ?? ''}
          aria-invalid={bad ? 'true' : undefined}
          aria-describedby={bad ? `${id}-error` : undefined}
        />
      </div>
    );
  };

  return (
    <Section id="election" title={t('options.election')}>
      <p class="sw-options__hint">{t('options.election.help')}</p>
      <p>
        {period
          ? t('options.election.current', { start: formatIsoDate(locale, period.start), end: formatIsoDate(locale, period.end) })
          : t('options.election.none')}
      </p>
      {/* Keyed by the saved dates: after a save (here or elsewhere) the fields start again from what is stored. */}
      <form class="sw-options__dates" onSubmit={save} noValidate key={`${period?.start}/${period?.end}`}>
        {field('start')}
        {field('end')}
        <div class="sw-options__row">
          <Button type="submit" variant="primary">
            {t('options.election.save')}
          </Button>
          {period && <Button onClick={clear}>{t('options.election.clear')}</Button>}
        </div>
      </form>
      <Status text={status} />
    </Section>
  );
}
