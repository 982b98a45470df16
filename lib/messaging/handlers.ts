/**
 * The background's handler table. Each area declares its handlers in lib/messaging/handlers/<area>.ts with
 * `defineHandlers({...})`; adding an area is one line in AREAS. A message handled by two areas is a mistake that
 * `buildHandlerTable` refuses (and a unit test checks), so the table stays one vocabulary.
 */
import { dashboardHandlers } from './handlers/dashboard';
import { logHandlers } from './handlers/log';
import { injectHandlers } from './handlers/inject';
import { siteHandlers } from './handlers/site';
import { tipsHandlers } from './handlers/tips';
import type { HandlerTable } from './router';

export const AREAS: Record<string, HandlerTable> = {
  log: logHandlers,
  dashboard: dashboardHandlers,
  site: siteHandlers,
  tips: tipsHandlers,
  inject: injectHandlers(),
};

export function buildHandlerTable(areas: Record<string, HandlerTable> = AREAS): HandlerTable {
  const table: Record<string, unknown> = {};
  const owner: Record<string, string> = {};
  for (const [area, handlers] of Object.entries(areas)) {
    for (const [type, handler] of Object.entries(handlers)) {
      if (Object.hasOwn(owner, type)) throw new Error(`Message "${type}" is handled by both "${owner[type]}" and "${area}".`);
      owner[type] = area;
      table[type] = handler;
    }
  }
  return table as HandlerTable;
}
