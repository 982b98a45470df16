/**
 * The dashboard's words, in one module shaped like a lib/i18n catalogue (`area.thing` keys, `{name}` placeholders,
 * CLDR plural forms chosen by `{count}`), so they can move into the shared catalogues (and gain Welsh) in one step.
 * Style: plain English, sentence case, say what happens.
 */
import { formatMessage, type Message, type Params } from '../i18n/format';

export const dashboardEn = {
  'dashboard.title': 'Practice dashboard',
  'dashboard.nav.label': 'Dashboard views',
  'dashboard.nav.mine': 'My practice',
  'dashboard.nav.mentor': 'Mentor view',
  'dashboard.loading': 'Loading…',
  'dashboard.error': 'Something went wrong: {message}',
  'dashboard.retry': 'Try again',

  // ── Summary ──
  'dashboard.summary.heading': 'Summary',
  'dashboard.summary.total': 'Actions logged',
  'dashboard.summary.today': 'Today',
  'dashboard.summary.streak': 'Streak',
  'dashboard.summary.streakValue': { zero: 'No streak yet', one: '{count} day', other: '{count} days' },
  'dashboard.summary.last': 'Last practised',
  'dashboard.summary.never': 'Not yet',
  'dashboard.summary.skills': 'Skills practised',

  // ── Skills ──
  'dashboard.skills.heading': 'Skills',
  'dashboard.skills.empty': 'No skills practised yet. Tips and lessons count once you act on them.',
  'dashboard.skills.progress': '{count} of {target} practices',
  'dashboard.skills.done': 'Practised {count} times: a habit',
  'dashboard.chart.heading': 'Practice per skill, week by week',
  'dashboard.chart.summary': 'Line chart over {weeks} weeks. Totals: {totals}.',
  'dashboard.chart.table': 'Show the chart as a table',
  'dashboard.chart.week': 'Week starting',
  'dashboard.chart.tableLabel': 'Table: {title}',
  'dashboard.chart.empty': 'Nothing to chart yet for this selection.',
  'dashboard.chart.other': 'Other skills',

  // ── Calendar ──
  'dashboard.calendar.heading': 'Activity calendar',
  'dashboard.calendar.caption': 'Actions per day from {from} to {to}: {total} actions on {days} days.',
  'dashboard.calendar.day': { zero: '{date}: no practice', one: '{date}: {count} action', other: '{date}: {count} actions' },
  'dashboard.calendar.less': 'Less',
  'dashboard.calendar.more': 'More',
  'dashboard.calendar.weekday.0': 'Mon',
  'dashboard.calendar.weekday.1': 'Tue',
  'dashboard.calendar.weekday.2': 'Wed',
  'dashboard.calendar.weekday.3': 'Thu',
  'dashboard.calendar.weekday.4': 'Fri',
  'dashboard.calendar.weekday.5': 'Sat',
  'dashboard.calendar.weekday.6': 'Sun',

  // ── Tips dismissed ──
  'dashboard.tips.heading': 'Tips dismissed most',
  'dashboard.tips.help': 'Where they may be struggling, or where a tip does not help.',
  'dashboard.tips.empty': 'No tips dismissed in this selection.',
  'dashboard.tips.count': { one: 'dismissed once', other: 'dismissed {count} times' },

  // ── Filters ──
  'dashboard.filters.heading': 'Filter the timeline',
  'dashboard.filters.from': 'From',
  'dashboard.filters.to': 'To',
  'dashboard.filters.site': 'Site',
  'dashboard.filters.skill': 'Skill',
  'dashboard.filters.type': 'Action',
  'dashboard.filters.any': 'Any',
  'dashboard.filters.clear': 'Clear filters',
  // {n} is {count} formatted for the locale (100,000); {count} picks the plural form.
  'dashboard.filters.showing': { zero: 'No actions match.', one: 'Showing {n} action.', other: 'Showing {n} actions.' },

  // ── Timeline ──
  'dashboard.timeline.heading': 'Timeline',
  'dashboard.timeline.label': 'Actions, newest first. Use the arrow keys to move, Enter to open one.',
  'dashboard.timeline.empty': 'No actions to show.',
  'dashboard.timeline.loadingRow': 'Loading…',
  'dashboard.timeline.reflection': 'Reflection',
  'dashboard.timeline.comments': { one: '{count} comment from your mentor', other: '{count} comments from your mentor' },
  'dashboard.timeline.draft': 'Your comment',

  // ── Entry details ──
  'dashboard.entry.heading': 'Selected action',
  'dashboard.entry.none': 'Choose an action in the timeline to see it here.',
  'dashboard.entry.when': 'When',
  'dashboard.entry.site': 'Where',
  'dashboard.entry.screen': 'Screen',
  'dashboard.entry.skills': 'Skills',
  'dashboard.entry.metrics': 'Measures',
  'dashboard.entry.ref': 'Tip or lesson step',
  'dashboard.entry.yes': 'yes',
  'dashboard.entry.no': 'no',
  'dashboard.entry.reflection': 'Your reflection',
  'dashboard.entry.reflectionHelp': 'What did you try, and what would you do next time? Only you and the people you share your log with see it.',
  'dashboard.entry.reflectionSave': 'Save reflection',
  'dashboard.entry.reflectionSaved': 'Reflection saved.',
  'dashboard.entry.learnerReflection': 'The learner’s reflection',
  'dashboard.entry.mentorComments': 'From your mentor',
  'dashboard.entry.comment': 'Your comment for the learner',
  'dashboard.entry.commentHelp': 'Saved as you go. It goes to the learner when you export feedback.',
  'dashboard.entry.commentSave': 'Save comment',
  'dashboard.entry.commentSaved': 'Comment saved.',

  // ── Share / export ──
  'dashboard.share.heading': 'Share your practice',
  'dashboard.share.help': 'Download your log to send to your mentor. It holds what you did, never the words you wrote.',
  'dashboard.share.json': 'Practice file for your mentor (.practice.json)',
  'dashboard.share.csv': 'Spreadsheet (CSV)',
  'dashboard.share.xapi': 'Learning record (xAPI)',
  'dashboard.share.done': 'Downloaded {filename}.',

  // ── Learner feedback ──
  'dashboard.feedback.heading': 'Feedback from your mentor',
  'dashboard.feedback.empty': 'No feedback yet. When your mentor sends you a feedback file, import it here.',
  'dashboard.feedback.import': 'Import a feedback file',
  'dashboard.feedback.imported': { zero: 'Nothing new in this file from {mentor}.', one: 'Imported {count} new comment from {mentor}.', other: 'Imported {count} new comments from {mentor}.' },
  'dashboard.feedback.duplicate': 'You already imported this feedback file.',
  'dashboard.feedback.new': 'New feedback from your mentor',
  'dashboard.feedback.markRead': 'Mark as read',
  'dashboard.feedback.note': '{mentor} wrote on {date}:',

  // ── Mentor: import ──
  'dashboard.mentor.intro': 'Import the practice files your learners send you. They are kept apart from your own practice log.',
  'dashboard.import.heading': 'Import practice files',
  'dashboard.import.choose': 'Choose files',
  'dashboard.import.drop': 'Or drop .practice.json files here',
  'dashboard.import.progress': '{name}: {phase}',
  'dashboard.import.phase.reading': 'reading',
  'dashboard.import.phase.validating': 'checking entries',
  'dashboard.import.phase.checking': 'checking the checksum',
  'dashboard.import.phase.writing': 'saving',
  'dashboard.import.phase.done': 'done',
  'dashboard.import.ok': { zero: '{name}: nothing new for {learner} (already imported).', one: '{name}: added {n} action for {learner}.', other: '{name}: added {n} actions for {learner}.' },
  'dashboard.import.failed': '{name} was not imported: {error}',
  'dashboard.import.notJson': '{name} is not a .json file.',

  // ── Mentor: learners ──
  'dashboard.learners.heading': 'Learners',
  'dashboard.learners.empty': 'No learners yet. Import a practice file to start.',
  'dashboard.learners.name': 'Learner',
  'dashboard.learners.table': 'Table of learners',
  'dashboard.learners.last': 'Last activity',
  'dashboard.learners.total': 'Actions',
  'dashboard.learners.imported': 'Imported',
  'dashboard.learners.open': 'Open {name}',
  'dashboard.learners.remove': 'Remove {name}',
  'dashboard.learners.removeShort': 'Remove',
  'dashboard.learners.removeConfirm': 'Remove {name} and their imported practice from this dashboard? Your own log is not touched.',
  'dashboard.learners.actions': 'Actions',
  'dashboard.learner.heading': 'Practice of {name}',
  'dashboard.learners.unknown': 'This learner is not in your dashboard (removed, or never imported).',
  'dashboard.learner.back': 'All learners',

  // ── Mentor: feedback ──
  'dashboard.mentorFeedback.heading': 'Feedback for {name}',
  'dashboard.mentorFeedback.note': 'Overall note',
  'dashboard.mentorFeedback.noteHelp': 'A few lines on how the month went and what to try next.',
  'dashboard.mentorFeedback.saveNote': 'Save note',
  'dashboard.mentorFeedback.saved': 'Saved.',
  'dashboard.mentorFeedback.count': { zero: 'No comments on actions yet.', one: '{count} comment on an action.', other: '{count} comments on actions.' },
  'dashboard.mentorFeedback.export': 'Export feedback file',
  'dashboard.mentorFeedback.exported': 'Downloaded {filename}. Send it to {name}.',

  // ── Report ──
  'dashboard.report.open': 'Printable report',
  'dashboard.report.month': 'Month',
  'dashboard.report.title': 'Practice report: {name}, {month}',
  'dashboard.report.print': 'Print or save as PDF',
  'dashboard.report.close': 'Close the report',
  'dashboard.report.entries': 'Actions this month',
  'dashboard.report.more': { one: '…and {count} more action not listed.', other: '…and {count} more actions not listed.' },
  'dashboard.report.generated': 'Made with Social Web Tutor on {date}.',
  'dashboard.report.you': 'You',
  'dashboard.report.summary': 'The month in numbers',
  'dashboard.report.activeDays': 'Days with practice',
  'dashboard.report.col.when': 'When',
  'dashboard.report.col.action': 'Action',
  'dashboard.report.col.where': 'Where',
  'dashboard.report.col.skills': 'Skills',
  'dashboard.report.col.notes': 'Reflection and comments',
  'dashboard.report.reflection': 'Reflection: {text}',
  'dashboard.report.comment': '{mentor}: {text}',
  'dashboard.report.skillsHeading': 'Skills practised this month',

  // ── Action types ──
  'dashboard.type.post.published': 'Published a post',
  'dashboard.type.post.scheduled': 'Scheduled a post',
  'dashboard.type.post.updated': 'Updated a post',
  'dashboard.type.image.alt-added': 'Added alt text to an image',
  'dashboard.type.heading.added': 'Added a heading',
  'dashboard.type.link.text-improved': 'Improved a link’s text',
  'dashboard.type.category.set': 'Set a category',
  'dashboard.type.featured-image.set': 'Set a featured image',
  'dashboard.type.comment.replied': 'Replied to a comment',
  'dashboard.type.comment.approved': 'Approved a comment',
  'dashboard.type.comment.spammed': 'Marked a comment as spam',
  'dashboard.type.social.posted': 'Posted on social media',
  'dashboard.type.social.replied': 'Replied on social media',
  'dashboard.type.social.alt-added': 'Added alt text to a social image',
  'dashboard.type.tip.shown': 'Saw a tip',
  'dashboard.type.tip.followed': 'Followed a tip',
  'dashboard.type.tip.dismissed': 'Dismissed a tip',
  'dashboard.type.lesson.step-completed': 'Completed a lesson step',
  'dashboard.type.lesson.completed': 'Completed a lesson',

  // ── Site kinds ──
  'dashboard.site.wordpress': 'WordPress',
  'dashboard.site.wordpress.com': 'WordPress.com',
  'dashboard.site.x': 'X',
  'dashboard.site.linkedin': 'LinkedIn',
  'dashboard.site.facebook': 'Facebook',
  'dashboard.site.mastodon': 'Mastodon',
  'dashboard.site.bluesky': 'Bluesky',
  'dashboard.site.threads': 'Threads',
  'dashboard.site.sandbox': 'Practice sandbox',
} satisfies Record<string, Message>;

export type DashboardKey = keyof typeof dashboardEn;

let currentLocale = 'en';

/** Set by the entrypoint from the locale setting (number and date formats follow it). */
export function setDashboardLocale(locale: string): void {
  currentLocale = locale;
}

export function dashboardLocale(): string {
  return currentLocale;
}

export function t(key: DashboardKey, params?: Params): string {
  return formatMessage(dashboardEn[key], currentLocale, params);
}

/** A label for a key that comes from data (an action type, a site kind): unknown ones show as they are. */
export function labelOf(prefix: 'dashboard.type.' | 'dashboard.site.', id: string): string {
  const key = `${prefix}${id}`;
  return Object.hasOwn(dashboardEn, key) ? t(key as DashboardKey) : id;
}

/** "alt-text" → "Alt text": skill ids are kebab-case words. */
export function skillLabel(id: string): string {
  if (id === 'other') return t('dashboard.chart.other');
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const tag = () => (currentLocale === 'cy' ? 'cy-GB' : 'en-GB');

// Building an Intl formatter costs far more than using one, and a calendar alone formats hundreds of dates per
// render: keep one per locale and options.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatNumber(n: number): string {
  let f = numberFormats.get(tag());
  if (!f) numberFormats.set(tag(), (f = new Intl.NumberFormat(tag())));
  return f.format(n);
}

const DEFAULT_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

export function formatDate(ms: number, opts: Intl.DateTimeFormatOptions = DEFAULT_DATE): string {
  const key = `${tag()}|${JSON.stringify(opts)}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(tag(), opts)));
  return f.format(ms);
}

export function formatDateTime(ms: number): string {
  return formatDate(ms, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
