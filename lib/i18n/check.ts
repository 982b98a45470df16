/**
 * Compares a locale's catalogue with the reference (English): missing keys, stray keys, plain-vs-plural mismatches
 * and placeholders that differ. Pure, so the test can prove it catches each fault on a broken catalogue as well as
 * pass the real ones.
 */
import { isPlural, placeholdersOf, type Message } from './format';

const CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

export interface CatalogueProblem {
  key: string;
  problem: 'missing' | 'stray' | 'kind' | 'placeholders' | 'empty' | 'category';
  detail: string;
}

function textsOf(message: Message): string[] {
  return isPlural(message) ? Object.values(message).filter((x): x is string => typeof x === 'string') : [message];
}

/** The placeholder names used anywhere in a message (all plural forms together), sorted. */
export function placeholderSet(message: Message): string[] {
  const names = new Set(textsOf(message).flatMap(placeholdersOf));
  if (isPlural(message)) names.add('count');
  return [...names].sort();
}

export function compareCatalogues(
  reference: Readonly<Record<string, Message>>,
  other: Readonly<Record<string, Message>>,
): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  for (const key of Object.keys(reference)) {
    if (!Object.prototype.hasOwnProperty.call(other, key)) {
      problems.push({ key, problem: 'missing', detail: 'no message for this key' });
      continue;
    }
    const ref = reference[key]!;
    const msg = other[key]!;
    if (isPlural(ref) !== isPlural(msg)) {
      problems.push({ key, problem: 'kind', detail: isPlural(ref) ? 'should have plural forms' : 'should be a plain string' });
      continue;
    }
    const want = placeholderSet(ref).join(',');
    const got = placeholderSet(msg).join(',');
    if (want !== got) problems.push({ key, problem: 'placeholders', detail: `expected {${want}} but found {${got}}` });
    for (const text of textsOf(msg)) {
      if (text.trim() === '') problems.push({ key, problem: 'empty', detail: 'empty text' });
    }
    if (isPlural(msg)) {
      for (const category of Object.keys(msg)) {
        if (!CATEGORIES.has(category)) problems.push({ key, problem: 'category', detail: `"${category}" is not a plural category` });
      }
    }
  }
  for (const key of Object.keys(other)) {
    if (!Object.prototype.hasOwnProperty.call(reference, key)) problems.push({ key, problem: 'stray', detail: 'not in the English catalogue' });
  }
  return problems;
}
