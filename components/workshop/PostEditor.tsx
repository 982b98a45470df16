/**
 * The sandbox's post editor: a small WordPress block editor look-alike (title, paragraph, heading and image
 * blocks, an alt-text field in the block sidebar, categories, a pre-publish panel, snackbar notices).
 *
 * It only has to be close enough to the real one that the same named elements exist and the same UI signals
 * appear, because lib/sites/sandbox.ts reads it exactly as a real adapter reads wp-admin: from the DOM. This
 * component therefore reports nothing itself; the "Post published." notice is the signal.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TextareaHTMLAttributes } from 'preact';

export interface SampleImage {
  id: string;
  /** The file name, as a media library shows it. */
  name: string;
  src: string;
  width: number;
  height: number;
}

type Block =
  | { id: string; kind: 'paragraph'; text: string }
  | { id: string; kind: 'heading'; level: 2 | 3 | 4; text: string }
  | { id: string; kind: 'image'; image: SampleImage | null; alt: string };

export const CATEGORIES = ['Uncategorized', 'News', 'Consultations', 'Events', 'Roads and transport'] as const;

export interface PostEditorProps {
  images: SampleImage[];
  /** Changes each time the screen starts afresh: keys of detected actions include it, so a new post logs anew. */
  instance?: number;
}

let nextId = 1;
const newId = () => `b${nextId++}`;

/** Grow a textarea with its content, as the block editor's fields do. */
function useAutosize(ref: { current: HTMLTextAreaElement | null }, value: string) {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight}px`;
  }, [value]);
}

function AutoTextarea(props: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value'> & { value: string; inputRef?: (el: HTMLTextAreaElement | null) => void }) {
  const { inputRef, ...rest } = props;
  const ref = useRef<HTMLTextAreaElement | null>(null);
  useAutosize(ref, props.value);
  return (
    <textarea
      {...rest}
      rows={1}
      ref={(el) => {
        ref.current = el;
        inputRef?.(el);
      }}
    />
  );
}

type Status = 'draft' | 'published';

export function PostEditor({ images, instance = 1 }: PostEditorProps) {
  const [title, setTitle] = useState('');
  const [blocks, setBlocks] = useState<Block[]>(() => [{ id: newId(), kind: 'paragraph', text: '' }]);
  const [selected, setSelected] = useState<string | null>(null);
  const [categories, setCategories] = useState<Set<string>>(() => new Set(['Uncategorized']));
  const [status, setStatus] = useState<Status>('draft');
  const [inserterOpen, setInserterOpen] = useState(false);
  const [prePublish, setPrePublish] = useState(false);
  const [tab, setTab] = useState<'post' | 'block'>('post');
  const [notice, setNotice] = useState<{ id: number; text: string } | null>(null);
  const noticeCount = useRef(0);
  const fields = useRef(new Map<string, HTMLTextAreaElement>());
  const [focusReq, setFocusReq] = useState<{ id: string; at: 'start' | 'end' | number } | null>(null);

  // Layout effect: focus moves in the same task as the render, so fast typing after Enter lands in the new block.
  useLayoutEffect(() => {
    if (!focusReq) return;
    const el = fields.current.get(focusReq.id);
    if (el) {
      el.focus();
      const pos = focusReq.at === 'start' ? 0 : focusReq.at === 'end' ? el.value.length : focusReq.at;
      el.setSelectionRange(pos, pos);
    }
    setFocusReq(null);
  }, [focusReq]);

  const selectedBlock = blocks.find((b) => b.id === selected) ?? null;
  const update = (id: string, patch: Partial<Block>) =>
    setBlocks((bs) => bs.map((b) => (b.id === id ? ({ ...b, ...patch } as Block) : b)));

  const select = (id: string) => {
    setSelected(id);
    setTab('block');
  };

  const insert = (kind: Block['kind']) => {
    const block: Block =
      kind === 'paragraph'
        ? { id: newId(), kind, text: '' }
        : kind === 'heading'
          ? { id: newId(), kind, level: 2, text: '' }
          : { id: newId(), kind, image: null, alt: '' };
    setBlocks((bs) => {
      // An empty paragraph at the insertion point is replaced, as the block editor does.
      const at = selected ? bs.findIndex((b) => b.id === selected) : bs.length - 1;
      const target = bs[at];
      if (target && target.kind === 'paragraph' && target.text === '') return [...bs.slice(0, at), block, ...bs.slice(at + 1)];
      return [...bs.slice(0, at + 1), block, ...bs.slice(at + 1)];
    });
    setInserterOpen(false);
    select(block.id);
    if (kind !== 'image') setFocusReq({ id: block.id, at: 'start' });
  };

  const onBlockKeyDown = (block: Block, e: KeyboardEvent) => {
    if (block.kind === 'image') return;
    const el = e.currentTarget as HTMLTextAreaElement;
    if (e.key === 'Enter' && !e.shiftKey) {
      // Enter ends a paragraph and starts the next block, splitting the text at the caret.
      e.preventDefault();
      const before = el.value.slice(0, el.selectionStart);
      const after = el.value.slice(el.selectionEnd);
      const fresh: Block = { id: newId(), kind: 'paragraph', text: after };
      setBlocks((bs) => {
        const i = bs.findIndex((b) => b.id === block.id);
        const copy = bs.slice();
        copy[i] = { ...block, text: before };
        copy.splice(i + 1, 0, fresh);
        return copy;
      });
      setSelected(fresh.id);
      setFocusReq({ id: fresh.id, at: 'start' });
    } else if (e.key === 'Backspace' && el.selectionStart === 0 && el.selectionEnd === 0 && blocks.length > 1) {
      // Backspace at the start joins this block onto the previous text block.
      const i = blocks.findIndex((b) => b.id === block.id);
      const prev = blocks[i - 1];
      if (!prev || prev.kind === 'image') {
        if (block.text === '') {
          e.preventDefault();
          setBlocks((bs) => bs.filter((b) => b.id !== block.id));
          if (prev) select(prev.id);
        }
        return;
      }
      e.preventDefault();
      const caret = prev.text.length;
      setBlocks((bs) => bs.filter((b) => b.id !== block.id).map((b) => (b.id === prev.id ? ({ ...prev, text: prev.text + block.text } as Block) : b)));
      setSelected(prev.id);
      setFocusReq({ id: prev.id, at: caret });
    }
  };

  const removeBlock = (id: string) => {
    setBlocks((bs) => {
      const rest = bs.filter((b) => b.id !== id);
      return rest.length ? rest : [{ id: newId(), kind: 'paragraph', text: '' }];
    });
    setSelected(null);
    setTab('post');
  };

  const say = (text: string) => {
    noticeCount.current += 1;
    setNotice({ id: noticeCount.current, text });
  };

  const checks = useMemo(() => {
    const imgs = blocks.filter((b): b is Extract<Block, { kind: 'image' }> => b.kind === 'image' && !!b.image);
    const missing = imgs.filter((b) => b.alt.trim() === '').length;
    const onlyUncategorized = categories.size === 0 || (categories.size === 1 && categories.has('Uncategorized'));
    return [
      { ok: title.trim() !== '', text: title.trim() ? 'The post has a title.' : 'The post has no title yet.' },
      { ok: !onlyUncategorized, text: onlyUncategorized ? 'The post is only in Uncategorized.' : 'The post has a category.' },
      {
        ok: missing === 0,
        text: imgs.length === 0 ? 'No images.' : missing === 0 ? 'Every image has alternative text.' : `${missing} image${missing > 1 ? 's have' : ' has'} no alternative text.`,
      },
    ];
  }, [blocks, categories, title]);

  const publish = () => {
    setPrePublish(false);
    setStatus('published');
    say('Post published.');
  };

  return (
    <section class="sb-editor" data-sandbox-screen="post-editor" data-instance={instance} data-status={status} aria-labelledby="sb-editor-heading">
      <h2 id="sb-editor-heading" class="sw-visually-hidden">
        Post editor
      </h2>
      <div class="sb-editor__toolbar" role="toolbar" aria-label="Editor top bar">
        <div class="sb-editor__inserter">
          <button
            type="button"
            class="sb-icon-button sb-editor__inserter-toggle"
            aria-label="Add block"
            aria-expanded={inserterOpen}
            aria-controls="sb-inserter"
            onClick={() => setInserterOpen((o) => !o)}
          >
            <span aria-hidden="true">+</span>
          </button>
          {inserterOpen && (
            <div id="sb-inserter" class="sb-popover" role="group" aria-label="Blocks">
              <button type="button" onClick={() => insert('paragraph')}>
                <span aria-hidden="true">¶</span> Paragraph
              </button>
              <button type="button" onClick={() => insert('heading')}>
                <span aria-hidden="true">H</span> Heading
              </button>
              <button type="button" onClick={() => insert('image')}>
                <span aria-hidden="true">▣</span> Image
              </button>
            </div>
          )}
        </div>
        <span class="sb-editor__spacer" />
        {status === 'draft' ? (
          <button type="button" class="sb-link-button" onClick={() => say('Draft saved.')}>
            Save draft
          </button>
        ) : (
          <button
            type="button"
            class="sb-link-button"
            onClick={() => {
              setStatus('draft');
              say('Post reverted to draft.');
            }}
          >
            Switch to draft
          </button>
        )}
        <button
          type="button"
          class="sw-button editor-post-publish-button"
          data-variant="primary"
          aria-expanded={status === 'draft' ? prePublish : undefined}
          onClick={() => (status === 'draft' ? setPrePublish(true) : say('Post updated.'))}
        >
          {status === 'draft' ? 'Publish' : 'Update'}
        </button>
      </div>

      <div class="sb-editor__body">
        <div class="editor-canvas" role="region" aria-label="Post content">
          <div class="sb-editor__page">
            <AutoTextarea
              class="editor-post-title"
              aria-label="Add title"
              placeholder="Add title"
              value={title}
              onInput={(e) => setTitle((e.currentTarget as HTMLTextAreaElement).value.replace(/\n/g, ' '))}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  const first = blocks[0];
                  const field = first && fields.current.get(first.id);
                  if (field) {
                    field.focus();
                    field.setSelectionRange(0, 0);
                  }
                }
              }}
              onFocus={() => {
                setSelected(null);
                setTab('post');
              }}
            />
            {blocks.map((block) => (
              <div
                key={block.id}
                class={`sb-block${selected === block.id ? ' is-selected' : ''}`}
                data-block={block.kind}
                data-block-id={block.id}
                data-level={block.kind === 'heading' ? block.level : undefined}
                onFocusIn={() => select(block.id)}
              >
                {block.kind === 'paragraph' && (
                  <AutoTextarea
                    class="sb-block__text"
                    aria-label="Paragraph block"
                    placeholder="Start writing, or press + to add a block"
                    value={block.text}
                    inputRef={(el) => (el ? fields.current.set(block.id, el) : fields.current.delete(block.id))}
                    onInput={(e) => update(block.id, { text: (e.currentTarget as HTMLTextAreaElement).value })}
                    onKeyDown={(e) => onBlockKeyDown(block, e as unknown as KeyboardEvent)}
                  />
                )}
                {block.kind === 'heading' && (
                  <AutoTextarea
                    class={`sb-block__text sb-block__heading sb-h${block.level}`}
                    aria-label={`Heading ${block.level} block`}
                    placeholder="Heading"
                    value={block.text}
                    inputRef={(el) => (el ? fields.current.set(block.id, el) : fields.current.delete(block.id))}
                    onInput={(e) => update(block.id, { text: (e.currentTarget as HTMLTextAreaElement).value.replace(/\n/g, ' ') })}
                    onKeyDown={(e) => onBlockKeyDown(block, e as unknown as KeyboardEvent)}
                  />
                )}
                {block.kind === 'image' &&
                  (block.image ? (
                    <figure class="sb-image">
                      <button type="button" class="sb-image__select" aria-label="Image block: select to edit alternative text" onClick={() => select(block.id)}>
                        {/* In the editor the alt attribute mirrors the field; empty until the learner writes one. */}
                        <img src={block.image.src} alt={block.alt} width={block.image.width} height={block.image.height} data-file={block.image.name} />
                      </button>
                    </figure>
                  ) : (
                    <div class="sb-image-placeholder" role="group" aria-label="Image block: choose an image">
                      <p class="sb-image-placeholder__title">
                        <span aria-hidden="true">▣</span> Image
                      </p>
                      <p>Choose an image from the media library.</p>
                      <div class="sb-media">
                        {images.map((img) => (
                          <button
                            type="button"
                            key={img.id}
                            class="sb-media__item"
                            data-image={img.id}
                            onClick={() => {
                              update(block.id, { image: img } as Partial<Block>);
                              select(block.id);
                            }}
                          >
                            <img src={img.src} alt="" width={96} height={Math.round((96 * img.height) / img.width)} />
                            <span>{img.name}</span>
                          </button>
                        ))}
                      </div>
                    </div>
                  ))}
              </div>
            ))}
            <button type="button" class="sb-appender" onClick={() => setInserterOpen(true)}>
              <span aria-hidden="true">+</span> Add block
            </button>
          </div>
        </div>

        {prePublish ? (
          <aside class="editor-post-publish-panel sb-sidebar" aria-label="Pre-publish checks">
            <h3>Are you ready to publish?</h3>
            <p>Double-check your settings before publishing.</p>
            <ul class="sb-checks">
              {checks.map((c) => (
                <li key={c.text} data-ok={c.ok}>
                  <span aria-hidden="true">{c.ok ? '✓' : '!'}</span> {c.text}
                </li>
              ))}
            </ul>
            <div class="sb-sidebar__actions">
              <button type="button" class="sw-button editor-post-publish-panel__confirm" data-variant="primary" onClick={publish}>
                Publish
              </button>
              <button type="button" class="sw-button" onClick={() => setPrePublish(false)}>
                Cancel
              </button>
            </div>
          </aside>
        ) : null}
        {/* Hidden, not removed, while the pre-publish panel is open: the post's settings are still the post's. */}
        <aside class="sb-sidebar" aria-label="Settings" hidden={prePublish}>
            <div role="tablist" aria-label="Settings" class="sb-tabs">
              <button type="button" role="tab" id="sb-tab-post" aria-selected={tab === 'post'} aria-controls="sb-panel-post" onClick={() => setTab('post')}>
                Post
              </button>
              <button type="button" role="tab" id="sb-tab-block" aria-selected={tab === 'block'} aria-controls="sb-panel-block" onClick={() => setTab('block')}>
                Block
              </button>
            </div>
            {/* The Post panel stays in the page while hidden, as the editor's own state does: what the post is filed
                under is known whichever tab is open (the adapter reads it; its finder skips hidden panels). */}
            <div id="sb-panel-post" role="tabpanel" aria-labelledby="sb-tab-post" class="sb-panel" hidden={tab !== 'post'}>
              <p class="sb-status">
                Status: <strong>{status === 'draft' ? 'Draft' : 'Published'}</strong>
              </p>
              <fieldset class="editor-post-taxonomies">
                <legend>Categories</legend>
                {CATEGORIES.map((c) => (
                  <label key={c} class="sb-check">
                    <input
                      type="checkbox"
                      name="category"
                      value={c}
                      checked={categories.has(c)}
                      // Click, not change: the state must follow the box before any other re-render (the log
                      // count arriving, say) runs between the two events and puts the old value back.
                      onClick={(e) => {
                        const on = (e.currentTarget as HTMLInputElement).checked;
                        setCategories((cs) => {
                          const next = new Set(cs);
                          if (on) next.add(c);
                          else next.delete(c);
                          return next;
                        });
                      }}
                    />
                    {c}
                  </label>
                ))}
              </fieldset>
            </div>
            <div id="sb-panel-block" role="tabpanel" aria-labelledby="sb-tab-block" class="sb-panel" hidden={tab !== 'block'}>
              {selectedBlock?.kind === 'image' && selectedBlock.image ? (
                <div class="sb-field">
                  <label for="sb-alt">Alternative text</label>
                  <textarea
                    id="sb-alt"
                    data-sw="image-alt"
                    data-block-id={selectedBlock.id}
                    rows={3}
                    value={selectedBlock.alt}
                    aria-describedby="sb-alt-help"
                    onInput={(e) => update(selectedBlock.id, { alt: (e.currentTarget as HTMLTextAreaElement).value } as Partial<Block>)}
                  />
                  <p id="sb-alt-help" class="sb-help">
                    Describe the purpose of the image. Leave empty if the image is purely decorative.
                  </p>
                  <button type="button" class="sw-button" data-variant="danger" onClick={() => removeBlock(selectedBlock.id)}>
                    Remove image
                  </button>
                </div>
              ) : selectedBlock?.kind === 'heading' ? (
                <div class="sb-field">
                  <label for="sb-level">Heading level</label>
                  <select
                    id="sb-level"
                    value={String(selectedBlock.level)}
                    onChange={(e) => update(selectedBlock.id, { level: Number((e.currentTarget as HTMLSelectElement).value) as 2 | 3 | 4 } as Partial<Block>)}
                  >
                    <option value="2">Heading 2</option>
                    <option value="3">Heading 3</option>
                    <option value="4">Heading 4</option>
                  </select>
                </div>
              ) : selectedBlock ? (
                <p class="sb-help">Paragraph: the basic building block of all writing.</p>
              ) : (
                <p class="sb-help">Select a block to see its settings.</p>
              )}
            </div>
          </aside>
      </div>

      <div class="components-snackbar-list" role="status" aria-live="polite">
        {notice && (
          <div class="components-snackbar" key={notice.id} data-notice-id={notice.id}>
            {notice.text}
          </div>
        )}
      </div>
    </section>
  );
}
