/**
 * "Mentor view": import learners' shared files, list the learners, and review one — charts, timeline, comments on
 * entries, an overall note, the feedback file. Everything here reads the separate mentor database.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DashboardApi } from '../../lib/dashboard/api';
import type { MentorLearner } from '../../lib/practice/model';
import type { FeedbackDraft } from '../../lib/feedback/drafts';
import { emptyDraft } from '../../lib/feedback/drafts';
import { type DashboardFilter } from '../../lib/dashboard/filters';
import { SITE_KINDS, ACTION_TYPES } from '../../lib/practice/schema';
import { useDashboardFormat } from './useDashboardFormat';
import { MentorFeedback, type Status } from './FeedbackPanels';
import { ImportPanel, LearnerTable, type ImportJob } from './MentorImport';
import { LogCharts } from './LogCharts';
import { LogExplorer, filterKey } from './LogExplorer';
import { SummaryCards } from './Overview';
import { useAsync } from './useAsync';

export interface MentorViewProps {
  api: DashboardApi;
  learnerId?: string | undefined;
  filter: DashboardFilter;
  onFilterChange: (f: DashboardFilter) => void;
  onOpenLearner: (id: string | undefined) => void;
  onReport: () => void;
  /** Asks the person to confirm (window.confirm in the page). */
  confirm: (question: string) => boolean;
  now?: number;
}

let jobSeq = 0;

export function MentorView({ api, learnerId, filter, onFilterChange, onOpenLearner, onReport, confirm, now }: MentorViewProps) {
  const { t, number: formatNumber } = useDashboardFormat();
  const [jobs, setJobs] = useState<ImportJob[]>([]);
  const [busy, setBusy] = useState(false);
  const [refresh, setRefresh] = useState(0);
  const learners = useAsync(() => api.mentor.learners(), [api, refresh]);

  const importFiles = async (files: File[]) => {
    const added: ImportJob[] = files.map((f) => ({ id: String(++jobSeq), name: f.name, phase: 'queued', done: 0, total: 0 }));
    setJobs(added);
    setBusy(true);
    const patch = (id: string, p: Partial<ImportJob>) => setJobs((js) => js.map((j) => (j.id === id ? { ...j, ...p } : j)));
    // One file at a time: each import is one transaction, and two 100k-entry files at once would double the memory.
    for (const [i, file] of files.entries()) {
      const job = added[i]!;
      if (!/\.json$/i.test(file.name)) {
        patch(job.id, { result: { ok: false, text: t('dashboard.import.notJson', { name: file.name }) } });
        continue;
      }
      try {
        const r = await api.mentor.importFile(file, (p) => patch(job.id, { phase: p.phase, done: p.done, total: p.total }));
        const text = r.ok
          ? t('dashboard.import.ok', { name: file.name, count: r.added, n: formatNumber(r.added), learner: r.learner?.displayName ?? '' })
          : t('dashboard.import.failed', { name: file.name, error: r.error ?? '' });
        patch(job.id, { phase: 'done', result: { ok: r.ok, text } });
      } catch (e) {
        patch(job.id, { result: { ok: false, text: t('dashboard.import.failed', { name: file.name, error: (e as Error).message }) } });
      }
    }
    setBusy(false);
    setRefresh((n) => n + 1);
  };

  const remove = async (l: MentorLearner) => {
    if (!confirm(t('dashboard.learners.removeConfirm', { name: l.displayName }))) return;
    await api.mentor.remove(l.id);
    if (learnerId === l.id) onOpenLearner(undefined);
    setRefresh((n) => n + 1);
  };

  const list = learners.status === 'ok' ? learners.value : [];
  const learner = learnerId ? list.find((l) => l.id === learnerId) : undefined;

  return (
    <div class="sw-view" data-view="mentor">
      {!learnerId && (
        <>
          <p class="sw-lead">{t('dashboard.mentor.intro')}</p>
          <ImportPanel jobs={jobs} busy={busy} onFiles={importFiles} />
          <section class="sw-card" aria-labelledby="sw-learners-title">
            <h2 id="sw-learners-title">{t('dashboard.learners.heading')}</h2>
            {learners.status === 'loading' && <p aria-busy="true">{t('dashboard.loading')}</p>}
            {learners.status === 'error' && <p role="alert" class="sw-status sw-status--error">{t('dashboard.error', { message: learners.error })}</p>}
            {learners.status === 'ok' && <LearnerTable learners={list} onOpen={(l) => onOpenLearner(l.id)} onRemove={remove} />}
          </section>
        </>
      )}
      {learnerId && learners.status === 'ok' && !learner && (
        <p role="alert">{t('dashboard.learners.unknown')}</p>
      )}
      {learnerId && (learners.status !== 'ok' || learner) && (
        // Opened at once with the id from the address: the learner's name follows when the list arrives, so the
        // timeline's first page is not kept waiting for it.
        <LearnerDetail
          key={learnerId}
          api={api}
          learner={learner ?? { id: learnerId, displayName: '', importedAt: 0, total: 0, firstActivity: null, lastActivity: null }}
          filter={filter}
          onFilterChange={onFilterChange}
          onBack={() => onOpenLearner(undefined)}
          onReport={onReport}
          pending={!learner}
          now={now}
        />
      )}
    </div>
  );
}

function LearnerDetail({ api, learner, filter, onFilterChange, onBack, onReport, pending = false, now }: {
  api: DashboardApi;
  learner: MentorLearner;
  filter: DashboardFilter;
  onFilterChange: (f: DashboardFilter) => void;
  onBack: () => void;
  onReport: () => void;
  /** The learner list has not arrived yet: the name is not known. */
  pending?: boolean;
  now?: number;
}) {
  const { t } = useDashboardFormat();
  const source = useMemo(() => api.mentor.source(learner.id), [api, learner.id]);
  const stats = useAsync(() => source.stats(), [source]);
  const [draft, setDraft] = useState<FeedbackDraft>(() => emptyDraft(learner.id, learner.displayName));
  const [status, setStatus] = useState<Status | null>(null);
  const [loaded, setLoaded] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void api.feedback.draft(learner.id, learner.displayName).then(setDraft);
    // Moving into a learner's page: focus its heading so keyboard and screen reader users know where they are.
    heading.current?.focus();
  }, [api, learner.id]);

  const skills = useMemo(() => (stats.status === 'ok' ? Object.keys(stats.value.perSkill).sort() : []), [stats]);

  const exportFeedback = async () => {
    setStatus(null);
    try {
      const file = await api.feedback.exportFile(learner.id, learner.displayName);
      api.download(file);
      setStatus({ kind: 'ok', text: t('dashboard.mentorFeedback.exported', { filename: file.filename, name: learner.displayName }) });
    } catch (e) {
      setStatus({ kind: 'error', text: (e as Error).message });
    }
  };

  return (
    <div class="sw-learner" data-learner={learner.id}>
      <div class="sw-actions sw-noprint">
        <button type="button" class="sw-button" onClick={onBack}>← {t('dashboard.learner.back')}</button>
        <button type="button" class="sw-button" onClick={onReport}>{t('dashboard.report.open')}</button>
      </div>
      <h2 ref={heading} tabIndex={-1}>{pending ? t('dashboard.loading') : t('dashboard.learner.heading', { name: learner.displayName })}</h2>
      <section class="sw-card" aria-labelledby="sw-learner-summary">
        <h3 id="sw-learner-summary">{t('dashboard.summary.heading')}</h3>
        {stats.status === 'ok' ? <SummaryCards stats={stats.value} showToday={false} /> : <p aria-busy="true">{t('dashboard.loading')}</p>}
      </section>
      {stats.status === 'ok' && (
        <LogCharts ready={loaded === filterKey(filter)} source={source} filter={filter} lastActivity={stats.value.lastActivity} tipTitle={api.tipTitle} now={now} />
      )}
      {
          <LogExplorer
            onLoaded={setLoaded}
            source={source}
            filter={filter}
            onFilterChange={onFilterChange}
            options={{ sites: SITE_KINDS, skills, types: ACTION_TYPES }}
            mode="mentor"
            badges={(e) => ({ draft: Boolean(draft.comments[e.id]) })}
            draftFor={(id) => draft.comments[id]?.text ?? ''}
            onSaveComment={async (e, text) => setDraft(await api.feedback.setComment(learner.id, learner.displayName, e.id, text))}
            tipTitle={api.tipTitle}
          />
      }
      <MentorFeedback
        learnerName={learner.displayName}
        draft={draft}
        status={status}
        onSaveNote={async (note) => setDraft(await api.feedback.setNote(learner.id, learner.displayName, note))}
        onExport={exportFeedback}
      />
    </div>
  );
}
