/**
 * A traffic-light rating that does not rely on colour: a shape and a word go with the colour, so it reads the
 * same in forced-colours mode, in greyscale print and to a screen reader.
 */
export type RatingValue = 'good' | 'ok' | 'poor' | 'info';

const SHAPES: Record<RatingValue, string> = { good: '✓', ok: '!', poor: '✕', info: 'i' };

export function Rating({ value, label }: { value: RatingValue; /** The word for the rating, e.g. "Looks good". */ label: string }) {
  return (
    <span class={`sw-rating sw-rating--${value}`}>
      <span class="sw-rating__shape" aria-hidden="true">
        {SHAPES[value]}
      </span>
      <span class="sw-rating__label">{label}</span>
    </span>
  );
}
