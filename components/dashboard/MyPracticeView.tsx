/** "My practice": the learner's own log — summary, feedback from their mentor, skills, charts, timeline, sharing. */
import { useMemo, useState } from 'preact/hooks';
import type { DashboardApi } from '../../lib/dashboard/api';
import { skillProgress } from '../../lib/dashboard/aggregate';
import { practiceFilter, type DashboardFilter } from '../../lib/dashboard/filters';
import { commentsByEntry, overallNotes } from '../../lib/feedback/inbox';
import { SITE_KINDS, ACTION_TYPES } from '../../lib/practice/schema';
import { useDashboardFormat } from './useDashboardFormat';
import { LearnerFeedback, ShareButtons, type Status } from './FeedbackPanels';
import { LogCharts } from './LogCharts';
import { LogExplorer, filterKey } from './LogExplorer';
import { SkillProgressList, SummaryCards } from './Overview';
import { useAsync } from './useAsync';

export const SKILL_TARGET = 10;

export interface MyPracticeViewProps {
  api: DashboardApi;
  filter: DashboardFilter;
  onFilterChange: (f: DashboardFilter) => void;
  onReport: () => void;
  now?: number;
}

export function MyPracticeView({ api, filter, onFilterChange, onReport, now }: MyPracticeViewProps) {
  const { t } = useDashboardFormat();
  const [refresh, setRefresh] = useState(0);
  const [shareStatus, setShareStatus] = useState<Status | null>(null);
  const [feedbackStatus, setFeedbackStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const [loaded, setLoaded] = useState<string | null>(null);

  const overview = useAsync(async () => {
    const [stats, practice] = await Promise.all([api.mine.stats(), api.mine.stats(practiceFilter({}))]);
    return { stats, practice };
  }, [api, refresh]);

  const feedback = useAsync(async () => {
    // The flag stays until the learner says they have read it: the popup keeps its notice until then.
    const [inbox, unread] = await Promise.all([api.feedback.inbox(), api.feedback.unread()]);
    return { inbox, unread };
  }, [api, refresh]);

  const comments = useMemo(() => (feedback.status === 'ok' ? commentsByEntry(feedback.value.inbox) : new Map()), [feedback]);

  const exportAs = async (format: 'json' | 'csv' | 'xapi') => {
    setBusy(true);
    setShareStatus(null);
    try {
      const file = await api.mine.export(format);
      api.download(file);
      setShareStatus({ kind: 'ok', text: t('dashboard.share.done', { filename: file.filename }) });
    } catch (e) {
      setShareStatus({ kind: 'error', text: t('dashboard.error', { message: (e as Error).message }) });
    } finally {
      setBusy(false);
    }
  };

  const importFeedback = async (file: File) => {
    setBusy(true);
    setFeedbackStatus(null);
    try {
      const r = await api.feedback.importFile(file);
      if (!r.ok) setFeedbackStatus({ kind: 'error', text: r.error });
      else if (r.duplicate) setFeedbackStatus({ kind: 'ok', text: t('dashboard.feedback.duplicate') });
      else {
        setFeedbackStatus({ kind: 'ok', text: t('dashboard.feedback.imported', { count: r.added, mentor: r.mentor }) });
        setRefresh((n) => n + 1);
      }
    } catch (e) {
      setFeedbackStatus({ kind: 'error', text: t('dashboard.error', { message: (e as Error).message }) });
    } finally {
      setBusy(false);
    }
  };

  const stats = overview.status === 'ok' ? overview.value.stats : null;
  const skills = useMemo(() => Object.keys(stats?.perSkill ?? {}).sort(), [stats]);

  return (
    <div class="sw-view" data-view="mine">
      <section class="sw-card" aria-labelledby="sw-summary-title">
        <h2 id="sw-summary-title">{t('dashboard.summary.heading')}</h2>
        {overview.status === 'loading' && <p aria-busy="true">{t('dashboard.loading')}</p>}
        {overview.status === 'error' && <p role="alert" class="sw-status sw-status--error">{t('dashboard.error', { message: overview.error })}</p>}
        {stats && <SummaryCards stats={stats} />}
        <button type="button" class="sw-button sw-noprint" onClick={onReport}>{t('dashboard.report.open')}</button>
      </section>

      <LearnerFeedback
        notes={feedback.status === 'ok' ? overallNotes(feedback.value.inbox) : []}
        commentCount={[...comments.values()].reduce((a, l) => a + l.length, 0)}
        unread={feedback.status === 'ok' && feedback.value.unread > 0}
        status={feedbackStatus}
        busy={busy}
        onImport={importFeedback}
        onMarkRead={async () => {
          await api.feedback.markRead();
          setRefresh((n) => n + 1);
        }}
      />

      <section class="sw-card" aria-labelledby="sw-skills-title">
        <h2 id="sw-skills-title">{t('dashboard.skills.heading')}</h2>
        {overview.status === 'ok' && <SkillProgressList items={skillProgress(overview.value.practice.perSkill, SKILL_TARGET)} target={SKILL_TARGET} />}
      </section>

      {stats && (
        <>
          <LogCharts ready={loaded === filterKey(filter)} source={api.mine} filter={filter} lastActivity={stats.lastActivity} tipTitle={api.tipTitle} now={now} refresh={refresh} />
          <LogExplorer
            onLoaded={setLoaded}
            source={api.mine}
            filter={filter}
            onFilterChange={onFilterChange}
            options={{ sites: SITE_KINDS, skills, types: ACTION_TYPES }}
            mode="learner"
            badges={(e) => ({ comments: comments.get(e.id)?.length ?? 0 })}
            commentsFor={(id) => comments.get(id) ?? []}
            onSaveReflection={(e, text) => api.mine.reflect(e.id, text)}
            tipTitle={api.tipTitle}
          />
        </>
      )}

      <ShareButtons onExport={exportAs} status={shareStatus} busy={busy} />
    </div>
  );
}
