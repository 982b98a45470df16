/** Feedback on both sides: what the learner received (and imports), and what the mentor writes (and exports). */
import { useEffect, useState } from 'preact/hooks';
import type { FeedbackDraft } from '../../lib/feedback/drafts';
import { useDashboardFormat } from './useDashboardFormat';
import { FileDrop } from './FileDrop';

export interface Status {
  kind: 'ok' | 'error';
  text: string;
}

export function StatusLine({ status, id }: { status: Status | null; id?: string }) {
  // role=status for news, role=alert for a failure: a screen reader hears both without moving focus.
  return (
    <p id={id} role={status?.kind === 'error' ? 'alert' : 'status'} class={`sw-status ${status?.kind === 'error' ? 'sw-status--error' : ''}`}>
      {status?.text ?? ''}
    </p>
  );
}

export interface LearnerFeedbackProps {
  notes: { mentor: string; note: string; createdAt: string }[];
  commentCount: number;
  /** Show the "new feedback" notice. */
  unread: boolean;
  status: Status | null;
  busy: boolean;
  onImport: (file: File) => void;
  /** Clears the "new feedback" flag (the popup's notice goes with it). */
  onMarkRead: () => void;
}

export function LearnerFeedback({ notes, commentCount, unread, status, busy, onImport, onMarkRead }: LearnerFeedbackProps) {
  const { t, date: formatDate } = useDashboardFormat();
  return (
    <section class="sw-card sw-feedback" aria-labelledby="sw-feedback-title">
      <h2 id="sw-feedback-title">{t('dashboard.feedback.heading')}</h2>
      {unread && (
        <p class="sw-notice" data-testid="feedback-new">
          {t('dashboard.feedback.new')}{' '}
          <button type="button" class="sw-button" onClick={onMarkRead}>{t('dashboard.feedback.markRead')}</button>
        </p>
      )}
      {notes.length === 0 && commentCount === 0 ? (
        <p>{t('dashboard.feedback.empty')}</p>
      ) : (
        <>
          {notes.map((n, i) => (
            <figure class="sw-note" key={i}>
              <figcaption>{t('dashboard.feedback.note', { mentor: n.mentor, date: formatDate(Date.parse(n.createdAt)) })}</figcaption>
              <blockquote class="sw-quote">{n.note}</blockquote>
            </figure>
          ))}
          {commentCount > 0 && <p>{t('dashboard.timeline.comments', { count: commentCount })}</p>}
        </>
      )}
      <div class="sw-noprint">
        <FileDrop id="sw-feedback-file" label={t('dashboard.feedback.import')} accept=".json,application/json" disabled={busy} onFiles={(f) => onImport(f[0]!)} />
        <StatusLine status={status} />
      </div>
    </section>
  );
}

export interface MentorFeedbackProps {
  learnerName: string;
  draft: FeedbackDraft;
  status: Status | null;
  onSaveNote: (note: string) => Promise<void>;
  onExport: () => void;
}

export function MentorFeedback({ learnerName, draft, status, onSaveNote, onExport }: MentorFeedbackProps) {
  const { t } = useDashboardFormat();
  const [note, setNote] = useState(draft.note);
  const [saved, setSaved] = useState<Status | null>(null);
  useEffect(() => setNote(draft.note), [draft.learnerId]);
  const count = Object.keys(draft.comments).length;
  return (
    <section class="sw-card sw-feedback sw-noprint" aria-labelledby="sw-mentor-feedback-title">
      <h3 id="sw-mentor-feedback-title">{t('dashboard.mentorFeedback.heading', { name: learnerName })}</h3>
      <div class="sw-field">
        <label for="sw-mentor-note">{t('dashboard.mentorFeedback.note')}</label>
        <p class="sw-field__help" id="sw-mentor-note-help">{t('dashboard.mentorFeedback.noteHelp')}</p>
        <textarea
          id="sw-mentor-note"
          rows={4}
          maxLength={8000}
          aria-describedby="sw-mentor-note-help"
          value={note}
          onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </div>
      <div class="sw-actions">
        <button
          type="button"
          class="sw-button"
          onClick={async () => {
            try {
              await onSaveNote(note);
              setSaved({ kind: 'ok', text: t('dashboard.mentorFeedback.saved') });
            } catch (e) {
              setSaved({ kind: 'error', text: t('dashboard.error', { message: (e as Error).message }) });
            }
          }}
        >
          {t('dashboard.mentorFeedback.saveNote')}
        </button>
        <button type="button" class="sw-button" data-variant="primary" onClick={onExport}>
          {t('dashboard.mentorFeedback.export')}
        </button>
      </div>
      <p data-testid="draft-count">{t('dashboard.mentorFeedback.count', { count })}</p>
      <StatusLine status={saved} />
      <StatusLine status={status} />
    </section>
  );
}

export function ShareButtons({ onExport, status, busy }: { onExport: (f: 'json' | 'csv' | 'xapi') => void; status: Status | null; busy: boolean }) {
  const { t } = useDashboardFormat();
  return (
    <section class="sw-card sw-share sw-noprint" aria-labelledby="sw-share-title">
      <h2 id="sw-share-title">{t('dashboard.share.heading')}</h2>
      <p>{t('dashboard.share.help')}</p>
      <div class="sw-actions">
        <button type="button" class="sw-button" data-variant="primary" disabled={busy} onClick={() => onExport('json')}>
          {t('dashboard.share.json')}
        </button>
        <button type="button" class="sw-button" disabled={busy} onClick={() => onExport('csv')}>
          {t('dashboard.share.csv')}
        </button>
        <button type="button" class="sw-button" disabled={busy} onClick={() => onExport('xapi')}>
          {t('dashboard.share.xapi')}
        </button>
      </div>
      <StatusLine status={status} />
    </section>
  );
}
