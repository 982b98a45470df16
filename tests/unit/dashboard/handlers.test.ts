import { beforeEach, describe, expect, it } from 'vitest';
import { openLogDb, dayOf, type LogDatabase } from '@/lib/practice/db';
import { addActions } from '@/lib/practice/store';
import { perDay } from '@/lib/messaging/handlers/dashboard';
import { buildHandlerTable } from '@/lib/messaging/handlers';
import { practiceFilter } from '@/lib/dashboard/filters';
import { freshIndexedDb, localTime, makeAction } from '../practice/helpers';

const NOW = new Date(2026, 10, 20, 15, 0).getTime();
let db: LogDatabase;

beforeEach(async () => {
  freshIndexedDb();
  db = await openLogDb('mentor');
  const actions = [];
  // 3 actions 2 days ago, 7 yesterday (one of each test type, two of them tip events), 1 today; another learner too.
  for (let k = 0; k < 3; k++) actions.push(makeAction(k, { time: localTime(NOW, 2, k) }));
  for (let k = 0; k < 7; k++) actions.push(makeAction(10 + k, { time: localTime(NOW, 1, k) }));
  actions.push(makeAction(20, { time: localTime(NOW, 0) }));
  actions.push(makeAction(30, { time: localTime(NOW, 0), learner: 'someone-else', key: 'other' }));
  await addActions(db, actions);
});

describe('perDay (activity calendar)', () => {
  it('totals each local day for one learner, from the day rows', async () => {
    const learner = makeAction(0).learner;
    expect(await perDay(db, {}, { learner })).toEqual({
      [dayOf(localTime(NOW, 2))]: 3,
      [dayOf(localTime(NOW, 1))]: 7,
      [dayOf(localTime(NOW, 0))]: 1,
    });
    expect((await perDay(db, {}))[dayOf(NOW)]).toBe(2);
  });

  it('counts practice only under the dashboard’s chart filter (tip.shown and tip.dismissed left out)', async () => {
    const learner = makeAction(0).learner;
    const days = await perDay(db, practiceFilter({}), { learner });
    expect(days[dayOf(localTime(NOW, 1))]).toBe(5);
  });

  it('is registered once in the handler table', () => {
    const table = buildHandlerTable();
    expect(table['log.perDay']).toBeDefined();
    expect(table['mentor.perDay']).toBeDefined();
  });
});
