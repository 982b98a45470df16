/**
 * Every tip rule: each file in this folder (and its sub-folders) is one rule, picked up here at build time.
 * Nothing to register by hand; tests/unit/tips/rules.test.ts checks that each rule's id equals its file name.
 */
import { collectRules } from '../registry';

const modules = import.meta.glob<{ default?: unknown }>(['./**/*.ts', '!./index.ts', '!./**/*.test.ts'], { eager: true });

export const RULES = collectRules(modules);
