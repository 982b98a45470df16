/**
 * The sandbox's social composer, modelled on Mastodon's web client (open source, so its behaviour is known):
 * a textarea, a remaining-characters counter, an image attachment with an "ALT" button that opens a description
 * dialog, a Post button, and a "Post published." alert once the post is out. lib/sites/sandbox.ts watches it with
 * the same composer watcher the real social adapters use.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SampleImage } from './PostEditor';

/** Mastodon's default limit. URLs count as 23 characters there; the counter follows suit. */
export const SOCIAL_LIMIT = 500;
const URL_RE = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;

export function remainingChars(text: string, limit = SOCIAL_LIMIT): number {
  let length = 0;
  const linkless = text.replace(URL_RE, () => {
    length += 23;
    return '';
  });
  return limit - (length + Array.from(linkless).length);
}

export interface SocialComposerProps {
  images: SampleImage[];
  /** The learner's display name on the fake timeline. */
  author?: string;
  /** Changes each time the screen starts afresh (keys of detected actions include it). */
  instance?: number;
}

interface Attachment {
  image: SampleImage;
  alt: string;
}

interface Posted {
  id: number;
  text: string;
  attachment: Attachment | null;
}

export function SocialComposer({ images, author = 'Northbridge Council', instance = 1 }: SocialComposerProps) {
  const [text, setText] = useState('');
  const [attachment, setAttachment] = useState<Attachment | null>(null);
  const [picker, setPicker] = useState(false);
  const [editingAlt, setEditingAlt] = useState(false);
  const [draftAlt, setDraftAlt] = useState('');
  const [posts, setPosts] = useState<Posted[]>([]);
  const [alert, setAlert] = useState<{ id: number; text: string } | null>(null);
  const altButton = useRef<HTMLButtonElement | null>(null);
  const dialog = useRef<HTMLDivElement | null>(null);
  const altField = useRef<HTMLTextAreaElement | null>(null);

  const remaining = remainingChars(text);
  const canPost = (text.trim() !== '' || attachment !== null) && remaining >= 0;

  useEffect(() => {
    if (editingAlt) altField.current?.focus();
  }, [editingAlt]);

  const closeAlt = (save: boolean) => {
    if (save && attachment) setAttachment({ ...attachment, alt: draftAlt.trim() });
    setEditingAlt(false);
    // Focus goes back to what opened the dialog.
    requestAnimationFrame(() => altButton.current?.focus());
  };

  const submit = (e: Event) => {
    e.preventDefault();
    if (!canPost) return;
    const id = posts.length + 1;
    setPosts((ps) => [{ id, text, attachment }, ...ps]);
    setText('');
    setAttachment(null);
    setAlert({ id, text: 'Post published.' });
  };

  return (
    <section class="sb-social" data-sandbox-screen="social-composer" data-instance={instance} aria-labelledby="sb-social-heading">
      <h2 id="sb-social-heading" class="sw-visually-hidden">
        Social composer
      </h2>
      <div class="sb-social__columns">
        <form class="compose-form" onSubmit={submit}>
          <p class="sb-social__account">
            <span class="sb-avatar" aria-hidden="true">
              NC
            </span>
            <span>
              <strong>{author}</strong>
              <br />
              <span class="sb-muted">@northbridge@social.example</span>
            </span>
          </p>
          <label for="sb-compose" class="sw-visually-hidden">
            What’s on your mind?
          </label>
          <textarea
            id="sb-compose"
            class="autosuggest-textarea__textarea"
            placeholder="What’s on your mind?"
            rows={6}
            value={text}
            onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
            }}
          />
          {attachment && (
            <div class="compose-form__upload" data-image={attachment.image.id}>
              <img src={attachment.image.src} alt={attachment.alt} width={160} height={Math.round((160 * attachment.image.height) / attachment.image.width)} />
              <div class="compose-form__upload-actions">
                <button
                  type="button"
                  ref={altButton}
                  class={`alt-button${attachment.alt ? '' : ' alt-button--warning'}`}
                  aria-label={attachment.alt ? 'Edit image description' : 'Add image description (ALT)'}
                  onClick={() => {
                    setDraftAlt(attachment.alt);
                    setEditingAlt(true);
                  }}
                >
                  {attachment.alt ? '✓ ALT' : '! ALT'}
                </button>
                <button type="button" class="sb-link-button" onClick={() => setAttachment(null)}>
                  Remove
                </button>
              </div>
            </div>
          )}
          <div class="compose-form__buttons">
            <button
              type="button"
              class="sb-icon-button"
              aria-label="Add image"
              aria-expanded={picker}
              aria-controls="sb-social-picker"
              disabled={attachment !== null}
              onClick={() => setPicker((p) => !p)}
            >
              <span aria-hidden="true">▣</span>
            </button>
            <span class={`character-counter${remaining < 0 ? ' character-counter--over' : ''}`} aria-label={`${remaining} characters left`}>
              {remaining}
            </span>
            <span class="compose-form__submit">
              <button type="submit" class="sw-button" data-variant="primary" disabled={!canPost}>
                Post
              </button>
            </span>
          </div>
          {picker && !attachment && (
            <div id="sb-social-picker" class="sb-media" role="group" aria-label="Choose an image">
              {images.map((img) => (
                <button
                  type="button"
                  key={img.id}
                  class="sb-media__item"
                  data-image={img.id}
                  onClick={() => {
                    setAttachment({ image: img, alt: '' });
                    setPicker(false);
                  }}
                >
                  <img src={img.src} alt="" width={96} height={Math.round((96 * img.height) / img.width)} />
                  <span>{img.name}</span>
                </button>
              ))}
            </div>
          )}
        </form>

        <section class="sb-timeline" aria-labelledby="sb-timeline-heading">
          <h3 id="sb-timeline-heading">Your posts</h3>
          {posts.length === 0 ? (
            <p class="sb-muted">Nothing posted yet. Posts here go nowhere: this is a practice sandbox.</p>
          ) : (
            <ol class="sb-timeline__list">
              {posts.map((p) => (
                <li key={p.id} class="status" data-post={p.id}>
                  <p class="status__content">{p.text}</p>
                  {p.attachment && (
                    <img
                      src={p.attachment.image.src}
                      alt={p.attachment.alt}
                      width={200}
                      height={Math.round((200 * p.attachment.image.height) / p.attachment.image.width)}
                    />
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>

      <div class="notification-list" role="status" aria-live="polite">
        {alert && (
          <div class="notification-bar" key={alert.id} data-alert-id={alert.id}>
            {alert.text}
          </div>
        )}
      </div>

      {editingAlt && attachment && (
        <div class="sb-modal-backdrop">
          <div
            ref={dialog}
            class="sb-modal alt-text-modal"
            role="dialog"
            aria-modal="true"
            aria-labelledby="sb-alt-title"
            onKeyDown={(e) => {
              if (e.key === 'Escape') closeAlt(false);
              // Keep Tab inside the dialog while it is open.
              if (e.key === 'Tab' && dialog.current) {
                const items = Array.from(dialog.current.querySelectorAll<HTMLElement>('textarea, button'));
                const first = items[0];
                const last = items[items.length - 1];
                if (e.shiftKey && document.activeElement === first) {
                  e.preventDefault();
                  last?.focus();
                } else if (!e.shiftKey && document.activeElement === last) {
                  e.preventDefault();
                  first?.focus();
                }
              }
            }}
          >
            <h3 id="sb-alt-title">Add a description</h3>
            <img src={attachment.image.src} alt="" width={240} height={Math.round((240 * attachment.image.height) / attachment.image.width)} />
            <label for="sb-alt-text">Describe this for people who are blind or have low vision</label>
            <textarea
              id="sb-alt-text"
              ref={altField}
              class="alt-text-modal__field"
              rows={4}
              maxLength={1500}
              value={draftAlt}
              onInput={(e) => setDraftAlt((e.currentTarget as HTMLTextAreaElement).value)}
            />
            <div class="sb-modal__actions">
              <button type="button" class="sw-button" onClick={() => closeAlt(false)}>
                Cancel
              </button>
              <button type="button" class="sw-button" data-variant="primary" onClick={() => closeAlt(true)}>
                Save
              </button>
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
