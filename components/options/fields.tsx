/** Small form pieces for the options page: sections, a radio group with hints, and a polite status line. */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

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
  onChange: (value: V) => void;
  help?: string;
  /** Keep the legend for screen readers only, when the section heading already says the same. Default false. */
  hideLegend?: boolean;
}) {
  const helpId = props.help ? `${props.name}-help` : undefined;
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
              checked={props.value === o.value}
              aria-describedby={o.hint ? `${id}-hint` : undefined}
              onChange={() => props.onChange(o.value)}
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
