/**
 * "Load your own": a trainer's tip pack or lesson file for this session. The file is read here and handed to the
 * page, which validates it; every error names the field path (e.g. `steps[1].done.type`), and a file that fails
 * changes nothing.
 */
import { useState } from 'preact/hooks';

export interface LoadedFile {
  id: string;
  kind: 'tip-pack' | 'lessons';
  /** The file name the trainer chose. */
  name: string;
  /** "3 lessons", "12 tips"… */
  detail: string;
}

export type LoadResult = { ok: true; file: LoadedFile } | { ok: false; errors: string[] };

export interface SessionFilesProps {
  loaded: readonly LoadedFile[];
  onLoad: (text: string, fileName: string) => Promise<LoadResult> | LoadResult;
  onRemove: (id: string) => void;
  /** Files bigger than this are refused before reading. Default 1 MB (packs and lessons are small). */
  maxBytes?: number;
}

export function SessionFiles({ loaded, onLoad, onRemove, maxBytes = 1_000_000 }: SessionFilesProps) {
  const [result, setResult] = useState<{ name: string; r: LoadResult } | null>(null);
  const [busy, setBusy] = useState(false);

  const pick = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setBusy(true);
    try {
      const r: LoadResult =
        file.size > maxBytes ? { ok: false, errors: [`the file is ${Math.round(file.size / 1000)} kB; a tip pack or lesson file is at most ${Math.round(maxBytes / 1000)} kB`] } : await onLoad(await file.text(), file.name);
      setResult({ name: file.name, r });
    } catch (err) {
      setResult({ name: file.name, r: { ok: false, errors: [`could not read the file: ${(err as Error).message}`] } });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="sb-files" aria-labelledby="sb-files-heading">
      <h2 id="sb-files-heading">Your own tips and lessons</h2>
      <p class="sb-muted">Load a tip pack or a lesson file (JSON) for this session. It is not saved: closing this tab forgets it.</p>
      <label class="sw-button sb-file-button">
        <input type="file" accept=".json,application/json" class="sw-visually-hidden" onChange={pick} disabled={busy} data-sw="session-file" />
        Load a file…
      </label>
      {result &&
        (result.r.ok ? (
          <p class="sb-file-ok" role="status">
            Loaded {result.name}: {result.r.file.detail}.
          </p>
        ) : (
          <div class="sb-file-errors" role="alert">
            <p>
              <strong>{result.name} was not loaded.</strong> Nothing changed. Fix these and load it again:
            </p>
            <ul>
              {result.r.errors.map((e) => (
                <li key={e}>
                  <code>{e}</code>
                </li>
              ))}
            </ul>
          </div>
        ))}
      {loaded.length > 0 && (
        <ul class="sb-loaded" aria-label="Loaded this session">
          {loaded.map((f) => (
            <li key={f.id} data-loaded={f.kind}>
              <span>
                <strong>{f.name}</strong> · {f.kind === 'tip-pack' ? 'tip pack' : 'lessons'} · {f.detail}
              </span>
              <button type="button" class="sb-link-button" onClick={() => onRemove(f.id)} aria-label={`Remove ${f.name}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
