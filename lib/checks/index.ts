/**
 * Pure text and content checks with their thresholds (each named after its source). Depends on nothing else of
 * ours; safe to run in content scripts on every debounced keystroke.
 */
export * from './alt-text';
export * from './analyse';
export * from './caps';
export * from './emoji';
export * from './hashtags';
export * from './headings';
export * from './length-limits';
export * from './link-text';
export * from './passive';
export * from './personal-data';
export * from './readability';
export * from './sentences';
export * from './structure';
export * from './urls';
export * from './words';
export * from './words-to-avoid';
