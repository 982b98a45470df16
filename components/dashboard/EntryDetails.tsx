/**
 * One entry in full, beside the timeline. The learner writes a reflection on it; the mentor reads that reflection
 * and writes a comment; the learner sees the mentor's comments. Text fields are the extension's own UI, never a
 * host page's; everything shown is rendered as text.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PracticeAction } from '../../lib/practice/schema';
import type { EntryComment } from '../../lib/feedback/inbox';
import { useDashboardFormat } from './useDashboardFormat';

export interface EntryDetailsProps {
  entry: PracticeAction | null;
  mode: 'learner' | 'mentor';
  /** Learner view: the mentor's comments on this entry. */
  comments?: EntryComment[];
  /** Mentor view: the comment being written on this entry. */
  draftComment?: string;
  /** Learner view: save a reflection. Rejects with a message on failure. */
  onSaveReflection?: (entry: PracticeAction, text: string) => Promise<void>;
  /** Mentor view: save a comment (blank removes it). */
  onSaveComment?: (entry: PracticeAction, text: string) => Promise<void>;
  tipTitle?: (ref: string) => string | undefined;
}


/** camelCase / dotted metric names as words: "longestSentence" → "longest sentence". */
function metricName(name: string): string {
  return name.replace(/[._]/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function EntryDetails({ entry, mode, comments = [], draftComment = '', onSaveReflection, onSaveComment, tipTitle }: EntryDetailsProps) {
  const { t, number: formatNumber, date: formatDate, dateTime: formatDateTime, action, site, skill: skillLabel } = useDashboardFormat();
  const metricValue = (v: number | boolean) => (typeof v === 'boolean' ? t(v ? 'dashboard.entry.yes' : 'dashboard.entry.no') : formatNumber(v));
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const saved = mode === 'learner' ? (entry?.reflection ?? '') : draftComment;
  // Another entry: start afresh. The same entry saved: keep the "saved" message, take the stored text.
  useEffect(() => setStatus(null), [entry?.id]);
  useEffect(() => setText(saved), [entry?.id, saved]);

  if (!entry) {
    return (
      <section class="sw-details sw-card" aria-labelledby="sw-details-title">
        <h3 id="sw-details-title">{t('dashboard.entry.heading')}</h3>
        <p>{t('dashboard.entry.none')}</p>
      </section>
    );
  }

  const save = async () => {
    setBusy(true);
    setStatus(null);
    try {
      if (mode === 'learner') {
        await onSaveReflection?.(entry, text);
        setStatus({ kind: 'ok', text: t('dashboard.entry.reflectionSaved') });
      } else {
        await onSaveComment?.(entry, text);
        setStatus({ kind: 'ok', text: t('dashboard.entry.commentSaved') });
      }
    } catch (e) {
      setStatus({ kind: 'error', text: t('dashboard.error', { message: (e as Error).message }) });
    } finally {
      setBusy(false);
    }
  };

  const metrics = Object.entries(entry.metrics);
  const fieldId = `sw-entry-text-${mode}`;
  return (
    <section class="sw-details sw-card" aria-labelledby="sw-details-title" data-entry={entry.id}>
      <h3 id="sw-details-title">{action(entry.type)}</h3>
      <dl class="sw-details__facts">
        <dt>{t('dashboard.entry.when')}</dt>
        <dd>{formatDateTime(entry.time)}</dd>
        <dt>{t('dashboard.entry.site')}</dt>
        <dd>
          {site(entry.site.kind)}
          {entry.site.host ? ` · ${entry.site.host}` : ''}
          {entry.site.path ?? ''}
        </dd>
        <dt>{t('dashboard.entry.screen')}</dt>
        <dd>{entry.context}</dd>
        {entry.skills.length > 0 && (
          <>
            <dt>{t('dashboard.entry.skills')}</dt>
            <dd>{entry.skills.map(skillLabel).join(', ')}</dd>
          </>
        )}
        {entry.ref && (
          <>
            <dt>{t('dashboard.entry.ref')}</dt>
            <dd>{tipTitle?.(entry.ref) ?? entry.ref}</dd>
          </>
        )}
      </dl>
      {metrics.length > 0 && (
        <table class="sw-table sw-details__metrics">
          <caption>{t('dashboard.entry.metrics')}</caption>
          <tbody>
            {metrics.map(([k, v]) => (
              <tr key={k}>
                <th scope="row">{metricName(k)}</th>
                <td>{metricValue(v)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {mode === 'learner' && comments.length > 0 && (
        <section class="sw-details__comments" aria-labelledby="sw-details-comments">
          <h4 id="sw-details-comments">{t('dashboard.entry.mentorComments')}</h4>
          <ul>
            {comments.map((c, i) => (
              <li key={i} class="sw-comment">
                <p class="sw-comment__text">{c.text}</p>
                <p class="sw-comment__by">
                  {c.mentor}, {formatDate(c.at)}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {mode === 'mentor' && entry.reflection && (
        <section class="sw-details__reflection" aria-labelledby="sw-details-reflection">
          <h4 id="sw-details-reflection">{t('dashboard.entry.learnerReflection')}</h4>
          <p class="sw-quote">{entry.reflection}</p>
        </section>
      )}

      <div class="sw-field">
        <label for={fieldId}>{mode === 'learner' ? t('dashboard.entry.reflection') : t('dashboard.entry.comment')}</label>
        <p class="sw-field__help" id={`${fieldId}-help`}>
          {mode === 'learner' ? t('dashboard.entry.reflectionHelp') : t('dashboard.entry.commentHelp')}
        </p>
        <textarea
          id={fieldId}
          rows={4}
          maxLength={2000}
          aria-describedby={`${fieldId}-help`}
          value={text}
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </div>
      <button type="button" class="sw-button" data-variant="primary" onClick={save} disabled={busy}>
        {mode === 'learner' ? t('dashboard.entry.reflectionSave') : t('dashboard.entry.commentSave')}
      </button>
      <p role="status" class={`sw-status ${status?.kind === 'error' ? 'sw-status--error' : ''}`}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}
