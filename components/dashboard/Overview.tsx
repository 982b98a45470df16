/** Small read-only panels of the dashboard: summary figures, skills with progress, tips dismissed most. */
import type { LogStats } from '../../lib/practice/model';
import type { SkillProgress } from '../../lib/dashboard/aggregate';
import { useDashboardFormat } from './useDashboardFormat';

export function SummaryCards({ stats, showToday = true }: { stats: LogStats; showToday?: boolean }) {
  const { t, number: formatNumber, date: formatDate } = useDashboardFormat();
  const skills = Object.values(stats.perSkill).filter((n) => n > 0).length;
  const items: [string, string, string][] = [
    ['total', t('dashboard.summary.total'), formatNumber(stats.total)],
    ...(showToday ? ([['today', t('dashboard.summary.today'), formatNumber(stats.today)]] as [string, string, string][]) : []),
    ['streak', t('dashboard.summary.streak'), t('dashboard.summary.streakValue', { count: stats.streak })],
    ['last', t('dashboard.summary.last'), stats.lastActivity ? formatDate(stats.lastActivity) : t('dashboard.summary.never')],
    ['skills', t('dashboard.summary.skills'), formatNumber(skills)],
  ];
  return (
    <dl class="sw-summary">
      {items.map(([key, label, value]) => (
        <div class="sw-summary__item" key={key} data-key={key}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function SkillProgressList({ items, target }: { items: SkillProgress[]; target: number }) {
  const { t, skill: skillLabel } = useDashboardFormat();
  if (items.length === 0) return <p>{t('dashboard.skills.empty')}</p>;
  return (
    <ul class="sw-skills">
      {items.map((s) => {
        const text = s.done ? t('dashboard.skills.done', { count: s.count }) : t('dashboard.skills.progress', { count: s.count, target });
        return (
          <li key={s.skill} class="sw-skills__item" data-skill={s.skill} data-done={s.done ? 'true' : 'false'}>
            <span class="sw-skills__name">{skillLabel(s.skill)}</span>
            <span class="sw-skills__bar" aria-hidden="true">
              <span style={{ width: `${Math.round(s.progress * 100)}%` }} />
            </span>
            <span class="sw-skills__count">{text}</span>
          </li>
        );
      })}
    </ul>
  );
}

export function TopTips({ items, tipTitle }: { items: { ref: string; count: number }[]; tipTitle: (ref: string) => string | undefined }) {
  const { t } = useDashboardFormat();
  return (
    <section class="sw-tips" aria-labelledby="sw-tips-title">
      <h3 id="sw-tips-title">{t('dashboard.tips.heading')}</h3>
      <p class="sw-muted">{t('dashboard.tips.help')}</p>
      {items.length === 0 ? (
        <p>{t('dashboard.tips.empty')}</p>
      ) : (
        <ol class="sw-tips__list">
          {items.map((tip) => (
            <li key={tip.ref} data-ref={tip.ref}>
              <span class="sw-tips__title">{tipTitle(tip.ref) ?? tip.ref}</span>{' '}
              <span class="sw-tips__count">{t('dashboard.tips.count', { count: tip.count })}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
