/**
 * Dates from epoch milliseconds in the learner's language, with Intl's layout and our own month and weekday names.
 *
 * Why not `Intl.DateTimeFormat('cy')`: Chromium ships no Welsh date data and prints US English ("Mar 25, 2027")
 * instead. So the layout and numbers come from British English (day before month, 24-hour clock: the order Welsh
 * uses too), and the words from the catalogue. English is Intl's en-GB output unchanged.
 */
import { LANG_TAG, translateDynamic, type Locale } from './index';

const formats = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl formatter costs far more than using one (a calendar formats hundreds of dates): one per options. */
function formatter(opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(opts);
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(LANG_TAG.en, opts)));
  return f;
}

/**
 * Formats `ms` (local time) with `opts` in `loc`. Text months and weekdays are the catalogue's: `month: 'long'` uses
 * `date.month.N`, `'short'` uses `date.monthShort.N`; any weekday uses `date.weekdayShort.N`. Options that
 * change the time zone are not supported (the words are picked from the local date).
 */
export function formatEpochDate(loc: Locale, ms: number, opts: Intl.DateTimeFormatOptions): string {
  const f = formatter(opts);
  if (loc === 'en') return f.format(ms);
  const d = new Date(ms);
  return f
    .formatToParts(ms)
    .map((part) => {
      if (part.type === 'month' && (opts.month === 'long' || opts.month === 'short')) {
        return translateDynamic(loc, `${opts.month === 'long' ? 'date.month' : 'date.monthShort'}.${d.getMonth() + 1}`) ?? part.value;
      }
      if (part.type === 'weekday') return translateDynamic(loc, `date.weekdayShort.${d.getDay()}`) ?? part.value;
      return part.value;
    })
    .join('');
}
