/**
 * "Load your own": a trainer's tip pack or lesson file for this session. The file is read here and handed to the
 * page, which validates it; every error names the field path (e.g. `steps[1].done.type`), and a file that fails
 * changes nothing.
 */
import { useState } from 'preact/hooks';
import { useI18n } from '../../lib/i18n/preact';

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
  const { t } = useI18n();
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
        file.size > maxBytes ? { ok: false, errors: [t('workshop.files.tooBig', { size: Math.round(file.size / 1000), max: Math.round(maxBytes / 1000) })] } : await onLoad(await file.text(), file.name);
      setResult({ name: file.name, r });
    } catch (err) {
      setResult({ name: file.name, r: { ok: false, errors: [t('workshop.files.unreadable', { message: (err as Error).message })] } });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="sb-files" aria-labelledby="sb-files-heading">
      <h2 id="sb-files-heading">{t('workshop.files')}</h2>
      <p class="sb-muted">{t('workshop.files.help')}</p>
      <label class="sw-button sb-file-button">
        <input type="file" accept=".json,application/json" class="sw-visually-hidden" onChange={pick} disabled={busy} data-sw="session-file" />
        {t('workshop.files.load')}
      </label>
      {result &&
        (result.r.ok ? (
          <p class="sb-file-ok" role="status">
            {t('workshop.files.loaded', { name: result.name, detail: result.r.file.detail })}
          </p>
        ) : (
          <div class="sb-file-errors" role="alert">
            <p>
              <strong>{t('workshop.files.failed', { name: result.name })}</strong> {t('workshop.files.fix')}
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
        <ul class="sb-loaded" aria-label={t('workshop.files.list')}>
          {loaded.map((f) => (
            <li key={f.id} data-loaded={f.kind}>
              <span>
                <strong>{f.name}</strong> · {t(f.kind === 'tip-pack' ? 'workshop.files.kind.tip-pack' : 'workshop.files.kind.lessons')} · {f.detail}
              </span>
              <button type="button" class="sb-link-button" onClick={() => onRemove(f.id)} aria-label={t('workshop.files.remove', { name: f.name })}>
                {t('common.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
