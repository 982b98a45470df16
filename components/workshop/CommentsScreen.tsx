/**
 * The sandbox's comments screen, modelled on wp-admin's edit-comments.php: comments in a list, each with its
 * status, and row actions Approve / Unapprove, Reply, Spam. Replying to a pending comment approves it, as
 * "Approve and Reply" does in WordPress. lib/sites/sandbox.ts detects approvals, replies and spam from the rows'
 * status and from reply rows appearing, the way the WordPress adapter reads the real screen.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

type CommentStatus = 'pending' | 'approved' | 'spam';

interface SandboxComment {
  id: number;
  author: string;
  text: string;
  status: CommentStatus;
  /** Set on the learner's own replies. */
  replyTo?: number;
}

export const SAMPLE_COMMENTS: readonly SandboxComment[] = [
  {
    id: 11,
    author: 'Maria Jones',
    text: 'When does the consultation on the Station Road cycle lanes close? I could not find the date on the page.',
    status: 'pending',
  },
  {
    id: 12,
    author: 'Best Deals 4U',
    text: 'CHEAP WATCHES!!! Best prices online, visit cheap-watches.example today!!!',
    status: 'pending',
  },
  {
    id: 10,
    author: 'Sam Patel',
    text: 'Great idea. I cycle along Station Road every day and it feels unsafe at rush hour.',
    status: 'approved',
  },
];

export interface CommentsScreenProps {
  /** Who the learner's replies are from. */
  author?: string;
  /** Changes each time the screen starts afresh (keys of detected actions include it). */
  instance?: number;
}

const STATUS_LABEL: Record<CommentStatus, string> = { pending: 'Pending', approved: 'Approved', spam: 'Spam' };

export function CommentsScreen({ author = 'Northbridge Council', instance = 1 }: CommentsScreenProps) {
  const [comments, setComments] = useState<SandboxComment[]>(() => SAMPLE_COMMENTS.map((c) => ({ ...c })));
  const [replying, setReplying] = useState<number | null>(null);
  const [reply, setReply] = useState('');
  const [notice, setNotice] = useState<{ id: number; text: string } | null>(null);
  const noticeCount = useRef(0);
  const nextId = useRef(100);
  const replyField = useRef<HTMLTextAreaElement | null>(null);

  useEffect(() => {
    if (replying !== null) replyField.current?.focus();
  }, [replying]);

  const say = (text: string) => {
    noticeCount.current += 1;
    setNotice({ id: noticeCount.current, text });
  };
  const setStatus = (id: number, status: CommentStatus) =>
    setComments((cs) => cs.map((c) => (c.id === id ? { ...c, status } : c)));

  const sendReply = (to: SandboxComment) => {
    if (reply.trim() === '') return;
    const id = nextId.current++;
    setComments((cs) => {
      const i = cs.findIndex((c) => c.id === to.id);
      const copy = cs.map((c) => (c.id === to.id && c.status === 'pending' ? { ...c, status: 'approved' as const } : c));
      copy.splice(i + 1, 0, { id, author, text: reply.trim(), status: 'approved', replyTo: to.id });
      return copy;
    });
    setReplying(null);
    setReply('');
    say(to.status === 'pending' ? 'Comment approved and reply sent.' : 'Reply sent.');
  };

  const visible = comments.filter((c) => c.status !== 'spam');
  const pending = comments.filter((c) => c.status === 'pending').length;

  return (
    <section class="sb-comments" data-sandbox-screen="comments" data-instance={instance} aria-labelledby="sb-comments-heading">
      <h2 id="sb-comments-heading">Comments</h2>
      <p class="sb-muted">
        On the post “Have your say on cycle lanes in Station Road” · {pending} pending
      </p>
      <ul id="the-comment-list" class="sb-comment-list" aria-label="Comments">
        {comments.map((c) =>
          c.status === 'spam' ? (
            <li key={c.id} class="comment spam" data-comment-id={c.id} data-status="spam">
              <p class="sb-muted">
                Comment by {c.author} marked as spam.{' '}
                <button type="button" class="sb-link-button" onClick={() => setStatus(c.id, 'pending')}>
                  Undo
                </button>
              </p>
            </li>
          ) : (
            <li
              key={c.id}
              class={`comment ${c.status === 'pending' ? 'unapproved' : 'approved'}${c.replyTo ? ' reply' : ''}`}
              data-comment-id={c.id}
              data-status={c.status}
              data-reply-to={c.replyTo}
            >
              <p class="comment__meta">
                <strong>{c.author}</strong> <span class={`sb-badge sb-badge--${c.status}`}>{STATUS_LABEL[c.status]}</span>
                {c.replyTo && <span class="sb-muted"> · in reply to comment {c.replyTo}</span>}
              </p>
              <p class="comment__text">{c.text}</p>
              {!c.replyTo && (
                <p class="row-actions">
                  {c.status === 'pending' ? (
                    <button type="button" class="sb-link-button approve" onClick={() => (setStatus(c.id, 'approved'), say('Comment approved.'))}>
                      Approve
                    </button>
                  ) : (
                    <button type="button" class="sb-link-button unapprove" onClick={() => (setStatus(c.id, 'pending'), say('Comment unapproved.'))}>
                      Unapprove
                    </button>
                  )}
                  <button
                    type="button"
                    class="sb-link-button reply"
                    aria-expanded={replying === c.id}
                    onClick={() => {
                      setReplying(c.id);
                      setReply('');
                    }}
                  >
                    Reply
                  </button>
                  <button type="button" class="sb-link-button spam" onClick={() => (setStatus(c.id, 'spam'), say('1 comment marked as spam.'))}>
                    Spam
                  </button>
                </p>
              )}
              {replying === c.id && (
                <form
                  id="replyrow"
                  class="sb-reply"
                  onSubmit={(e) => {
                    e.preventDefault();
                    sendReply(c);
                  }}
                >
                  <label for="replycontent">Reply to {c.author}</label>
                  <textarea id="replycontent" ref={replyField} rows={4} value={reply} onInput={(e) => setReply((e.currentTarget as HTMLTextAreaElement).value)} />
                  <div class="sb-reply__actions">
                    <button type="submit" class="sw-button" data-variant="primary" disabled={reply.trim() === ''}>
                      {c.status === 'pending' ? 'Approve and Reply' : 'Reply'}
                    </button>
                    <button type="button" class="sw-button" onClick={() => setReplying(null)}>
                      Cancel
                    </button>
                  </div>
                </form>
              )}
            </li>
          ),
        )}
      </ul>
      {visible.length === 0 && <p>No comments.</p>}
      <div class="sb-notices" role="status" aria-live="polite">
        {notice && (
          <div class="notice notice-success" key={notice.id} data-notice-id={notice.id}>
            {notice.text}
          </div>
        )}
      </div>
    </section>
  );
}
