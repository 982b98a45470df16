/** The mentor's way in: choose or drop practice files; each gets a progress bar and a plain result. */
import type { MentorLearner } from '../../lib/practice/model';
import type { ImportPhase } from '../../lib/dashboard/api';
import { useDashboardFormat } from './useDashboardFormat';
import { FileDrop } from './FileDrop';

const PHASES = {
  reading: 'dashboard.import.phase.reading',
  validating: 'dashboard.import.phase.validating',
  checking: 'dashboard.import.phase.checking',
  writing: 'dashboard.import.phase.writing',
  done: 'dashboard.import.phase.done',
} as const satisfies Record<ImportPhase, string>;

export interface ImportJob {
  id: string;
  name: string;
  phase: ImportPhase | 'queued';
  done: number;
  total: number;
  result?: { ok: boolean; text: string };
}

export function ImportPanel({ jobs, busy, onFiles }: { jobs: ImportJob[]; busy: boolean; onFiles: (files: File[]) => void }) {
  const { t } = useDashboardFormat();
  return (
    <section class="sw-card sw-import sw-noprint" aria-labelledby="sw-import-title">
      <h2 id="sw-import-title">{t('dashboard.import.heading')}</h2>
      <FileDrop id="sw-import-files" label={t('dashboard.import.choose')} hint={t('dashboard.import.drop')} multiple disabled={busy} onFiles={onFiles} />
      {jobs.length > 0 && (
        <ul class="sw-import__jobs">
          {jobs.map((job) => {
            const label = job.phase === 'queued' ? job.name : t('dashboard.import.progress', { name: job.name, phase: t(PHASES[job.phase]) });
            return (
              <li key={job.id} data-file={job.name} data-state={job.result ? (job.result.ok ? 'ok' : 'error') : 'running'}>
                {!job.result && (
                  <>
                    <label for={`sw-job-${job.id}`}>{label}</label>
                    <progress id={`sw-job-${job.id}`} max={job.total || 1} value={job.total ? job.done : undefined} />
                  </>
                )}
                {job.result && (
                  <p role={job.result.ok ? 'status' : 'alert'} class={`sw-status ${job.result.ok ? '' : 'sw-status--error'}`}>
                    {job.result.text}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export interface LearnerTableProps {
  learners: MentorLearner[];
  onOpen: (learner: MentorLearner) => void;
  onRemove: (learner: MentorLearner) => void;
}

export function LearnerTable({ learners, onOpen, onRemove }: LearnerTableProps) {
  const { t, number: formatNumber, date: formatDate } = useDashboardFormat();
  if (learners.length === 0) return <p>{t('dashboard.learners.empty')}</p>;
  return (
    <div class="sw-table-scroll" tabIndex={0} role="region" aria-label={t('dashboard.learners.table')}>
      <table class="sw-table sw-learners">
        <thead>
          <tr>
            <th scope="col">{t('dashboard.learners.name')}</th>
            <th scope="col">{t('dashboard.learners.last')}</th>
            <th scope="col" class="sw-num">{t('dashboard.learners.total')}</th>
            <th scope="col">{t('dashboard.learners.imported')}</th>
            <th scope="col"><span class="sw-visually-hidden">{t('dashboard.learners.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {learners.map((l) => (
            <tr key={l.id} data-learner={l.id}>
              <th scope="row">
                <button type="button" class="sw-link" onClick={() => onOpen(l)} aria-label={t('dashboard.learners.open', { name: l.displayName })}>
                  {l.displayName}
                </button>
              </th>
              <td>{l.lastActivity ? formatDate(l.lastActivity) : t('dashboard.summary.never')}</td>
              <td class="sw-num" data-total={l.total}>{formatNumber(l.total)}</td>
              <td>{formatDate(l.importedAt)}</td>
              <td>
                <button type="button" class="sw-button" data-variant="danger" onClick={() => onRemove(l)} aria-label={t('dashboard.learners.remove', { name: l.displayName })}>
                  {t('dashboard.learners.removeShort')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
