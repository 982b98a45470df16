/** Small form pieces for the options page: sections, a radio group with hints, and a polite status line. */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n';

export interface RadioOption<V extends string> {
  value: V;
  label: string;
  hint?: string;
  /** Language of the label when it differs from the page's (the language choice names each in itself). */
  lang?: string;
}

export function RadioGroup<V extends string>(props: {
  name: string;
  legend: string;
  value: V;
  options: RadioOption<V>[];
  /** Saves the choice. A promise that rejects puts the radio back on the saved value. */
  onChange: (value: V) => void | Promise<unknown>;
  help?: string;
  /** Keep the legend for screen readers only, when the section heading already says the same. Default false. */
  hideLegend?: boolean;
}) {
  const helpId = props.help ? `${props.name}-help` : undefined;
  const [chosen, choose] = usePendingChoice(props.value, props.onChange);
  return (
    <fieldset class="sw-options__fieldset" aria-describedby={helpId}>
      <legend class={props.hideLegend ? 'sw-visually-hidden' : undefined}>{props.legend}</legend>
      {props.help && (
        <p id={helpId} class="sw-options__hint">
          {props.help}
        </p>
      )}
      {props.options.map((o) => {
        const id = `${props.name}-${o.value}`;
        return (
          <div class="sw-options__choice" key={o.value}>
            <input
              type="radio"
              id={id}
              name={props.name}
              value={o.value}
              checked={chosen === o.value}
              aria-describedby={o.hint ? `${id}-hint` : undefined}
              onChange={() => choose(o.value)}
            />
            <label for={id} lang={o.lang}>
              {o.label}
            </label>
            {o.hint && (
              <p id={`${id}-hint`} class="sw-options__hint">
                {o.hint}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

/**
 * A control's value while the learner's choice is being saved. The choice shows at once and stays while it saves: a
 * re-render that still carries the old saved value (another setting changing meanwhile) must not snap the control
 * back. A new saved value always wins; a save that rejects puts the control back on the saved value.
 */
export function usePendingChoice<V>(saved: V, save: (value: V) => void | Promise<unknown>): [V, (value: V) => void] {
  const [chosen, setChosen] = useState(saved);
  // Follow the saved value during render, only when it changes (an effect would run a frame late and could undo a
  // click made in that frame).
  const last = useRef(saved);
  if (last.current !== saved) {
    last.current = saved;
    if (chosen !== saved) setChosen(saved);
  }
  const choose = (value: V) => {
    setChosen(value);
    const saving = save(value);
    if (saving) saving.catch(() => setChosen(last.current));
  };
  return [chosen, choose];
}

/** A section's status line, announced politely; it clears itself after a while so old news does not linger. */
export function useStatus(clearAfterMs = 8000): [string, (text: string) => void] {
  const [text, setText] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const set = (next: string) => {
    clearTimeout(timer.current);
    setText(next);
    if (next) timer.current = setTimeout(() => setText(''), clearAfterMs);
  };
  return [text, set];
}

export function Status({ text }: { text: string }) {
  return (
    <p class="sw-options__status" role="status">
      {text}
    </p>
  );
}

export function Section(props: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="sw-options__section" id={props.id} aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      {props.children}
    </section>
  );
}

/** Says "Saved" when a save lands, or why it failed; the promise still rejects so the control can go back. */
export function reportSaving(saving: Promise<unknown>, setStatus: (text: string) => void, t: Translate) {
  return saving.then(
    () => setStatus(t('common.saved')),
    (error: unknown) => {
      setStatus(t('common.error', { message: error instanceof Error ? error.message : String(error) }));
      throw error;
    },
  );
}
