/**
 * Helpers for the social adapter tests: load a committed fixture without running its behaviour script, and change
 * the DOM the way each site's own code does (the fixtures' scripts do the same in a real browser).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DetectedAction, SiteAdapter } from '../../../lib/sites/types';

const FIXTURES = join(__dirname, '../../fixtures/html');

export function fixtureHtml(site: string, file = 'compose.html'): string {
  return readFileSync(join(FIXTURES, site, file), 'utf8');
}

/** Parsed with DOMParser: scripts never run, so the page is exactly the committed markup. */
export function loadFixture(site: string, file = 'compose.html'): Document {
  return new DOMParser().parseFromString(fixtureHtml(site, file), 'text/html');
}

export function q<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`fixture has no ${selector}`);
  return el;
}

export function fire(el: Element, type: string, init: EventInit = {}): void {
  const ctor = type === 'input' ? InputEvent : type === 'click' ? MouseEvent : type.startsWith('key') ? KeyboardEvent : type.startsWith('focus') ? FocusEvent : Event;
  el.dispatchEvent(new ctor(type, { bubbles: true, composed: true, cancelable: true, ...init }));
}

/** Type into a textarea the way a browser does: the value changes, then `input` fires. */
export function typeInto(field: Element, value: string): void {
  fire(field, 'focusin');
  (field as HTMLTextAreaElement).value = value;
  fire(field, 'input');
}

/** Start an adapter's watcher and collect what it emits. */
export function startWatch(adapter: SiteAdapter, doc: Document, context: string) {
  const emitted: DetectedAction[] = [];
  const controller = new AbortController();
  if (!adapter.watch) throw new Error(`${adapter.id} has no watch()`);
  adapter.watch({ doc, context, signal: controller.signal, emit: (a) => emitted.push(a) });
  return { emitted, stop: () => controller.abort() };
}

/** Let MutationObserver callbacks (microtasks) and a poll tick run. */
export async function settle(ms = 0): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * A copy of a piece the site renders later (a dialog, a thumbnail, a toast), taken from the fixture's own
 * `<template data-fixture-template>`, so tests and the fixture's behaviour script use the same markup.
 */
export function instantiate(doc: Document, name: string): HTMLElement {
  const template = doc.querySelector<HTMLTemplateElement>(`template[data-fixture-template="${name}"]`);
  const first = template?.content.firstElementChild;
  if (!first) throw new Error(`fixture has no template "${name}"`);
  return doc.importNode(first, true) as HTMLElement;
}
