/**
 * Tip packs: the built-in tips on or off, a trainer's packs imported from a JSON file (validated whole; every
 * problem listed with the path of the field it is about), and removed again.
 */
import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../../lib/i18n/preact';
import { packProblemText } from '../../lib/tips/packs/messages';
import { Button } from '../ui/Button';
import { reportSaving, Section, Status, usePendingChoice, useStatus } from './fields';
import type { OptionsApi, PackSummary } from './types';

/** A pack is a small file; a larger one is refused before it is read (the validator has the same limit). */
export const PACK_FILE_MAX_KB = 1000;
/** Enough problems to fix a file by; the rest would only bury the first ones. */
const MAX_ERRORS_SHOWN = 20;

export function PacksSection(props: { api: OptionsApi; builtin: boolean; imported: PackSummary[] }) {
  const { api } = props;
  const { t, locale } = useI18n();
  const [status, setStatus] = useStatus(12000);
  const [errors, setErrors] = useState<string[] | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const [builtin, chooseBuiltin] = usePendingChoice(props.builtin, (on) => reportSaving(api.setBuiltinPacks(on), setStatus, t));

  const importFile = async (file: File) => {
    setErrors(null);
    setWarnings([]);
    if (file.size > PACK_FILE_MAX_KB * 1000) {
      setErrors([t('options.packs.errorTooBig', { size: Math.ceil(file.size / 1000), max: PACK_FILE_MAX_KB })]);
      return;
    }
    const result = await api.importPack(await file.text());
    if (result.ok) {
      setStatus(t(result.replaced ? 'options.packs.replaced' : 'options.packs.imported.ok', { name: result.name }));
      setWarnings(result.warnings.map((w) => packProblemText(locale, w)));
    } else if (result.kind === 'json') {
      setErrors([t('options.packs.errorJson', { message: result.message })]);
    } else {
      setErrors(result.problems.map((p) => packProblemText(locale, p)));
    }
    // Let the same file be chosen again after it is fixed.
    if (input.current) input.current.value = '';
  };

  return (
    <Section id="packs" title={t('options.packs')}>
      <div class="sw-options__choice">
        <input
          id="builtinPacks"
          type="checkbox"
          checked={builtin}
          aria-describedby="builtinPacks-hint"
          onChange={(e) => chooseBuiltin(e.currentTarget.checked)}
        />
        <label for="builtinPacks">{t('options.packs.builtin')}</label>
        <p id="builtinPacks-hint" class="sw-options__hint">
          {t('options.packs.builtin.help')}
        </p>
      </div>

      <h3>{t('options.packs.imported')}</h3>
      {props.imported.length === 0 ? (
        <p>{t('options.packs.importedNone')}</p>
      ) : (
        <ul class="sw-options__list">
          {props.imported.map((pack) => (
            <li key={pack.id}>
              <span>{t('options.packs.summary', { name: pack.name, count: pack.tips, locale: pack.locale })}</span>
              <Button small onClick={() => void api.removePack(pack.id)} aria-label={t('options.packs.remove', { name: pack.name })}>
                {t('common.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}

      <div class="sw-options__field">
        <label for="packFile">{t('options.packs.import')}</label>
        <p id="packFile-hint" class="sw-options__hint">
          {t('options.packs.importHelp')}
        </p>
        <input
          ref={input}
          id="packFile"
          type="file"
          accept="application/json,.json"
          aria-describedby="packFile-hint"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void importFile(file);
          }}
        />
      </div>
      <Status text={status} />
      {warnings.length > 0 && (
        <ul class="sw-options__warnings">
          {warnings.slice(0, MAX_ERRORS_SHOWN).map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {errors && (
        <div class="sw-options__problems" role="alert">
          <h3>{t('options.packs.errorTitle')}</h3>
          <ul>
            {errors.slice(0, MAX_ERRORS_SHOWN).map((e) => (
              <li key={e}>
                <code>{e}</code>
              </li>
            ))}
            {errors.length > MAX_ERRORS_SHOWN && <li>…</li>}
          </ul>
        </div>
      )}
    </Section>
  );
}
