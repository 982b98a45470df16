/**
 * The workshop page (workshop.html): wiring only. The sandbox screens, lessons and presenter mode are in
 * components/workshop; the sandbox is read by its site adapter (lib/sites/sandbox) exactly like a real site, and
 * everything it detects goes to the separate workshop log through the background.
 */
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../assets/styles/page.css';
import '../../components/workshop/workshop.css';
import parkUrl from '../../assets/workshop/riverside-park.svg';
import posterUrl from '../../assets/workshop/consultation-poster.svg';
import { WorkshopApp, SCREENS, screenOf, type Screen } from '../../components/workshop/WorkshopApp';
import type { LoadedFile, LoadResult } from '../../components/workshop/SessionFiles';
import type { LessonEvent, RunnerState } from '../../components/workshop/useLessonRunner';
import {
  builtinLessons,
  lessonAction,
  parseSessionFile,
  sandboxAction,
  startLesson,
  workshopLog,
  type Lesson,
  type ObservedAction,
  type Send,
} from '../../lib/lessons';
import type { Envelope, Reply } from '../../lib/messaging/protocol';
import type { Detected } from '../../lib/messaging/outbox';
import type { TipPack } from '../../lib/tips/types';
import sandbox, { SANDBOX_EMULATES, type SandboxContextId } from '../../lib/sites/sandbox';
import { isolatedMount } from '../../components/overlay/isolated';
import { tutorAssets } from '../../lib/tutor/assets';
import { memorySettings } from '../../lib/tutor/settings';
import { startTutor, type Tutor } from '../../lib/tutor/start';
import { activeLocale, initI18n, onLocaleChange, translate } from '../../lib/i18n';
import { I18nProvider, useI18n } from '../../lib/i18n/preact';
import { packProblemText } from '../../lib/tips/packs/messages';

const send: Send = async (type, payload) => {
  const envelope: Envelope<typeof type> = { sw: 1, type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<typeof type> | undefined;
  if (!reply) throw new Error(`no answer to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
};
const log = workshopLog(send);

// This tab's session: lesson progress, presenter mode and loaded files survive a reload, not the tab.
const KEY = { runner: 'swt.workshop.runner', presenter: 'swt.workshop.presenter', files: 'swt.workshop.files' };
const session = {
  get<T>(key: string): T | null {
    try {
      return JSON.parse(sessionStorage.getItem(key) ?? 'null') as T | null;
    } catch {
      return null;
    }
  },
  set(key: string, value: unknown) {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(value));
  },
};

const IMAGES = {
  editor: [
    { id: 'park', name: 'riverside-park.svg', src: parkUrl, width: 800, height: 500 },
    { id: 'poster', name: 'consultation-poster.svg', src: posterUrl, width: 800, height: 800 },
  ],
  social: [
    { id: 'poster', name: 'consultation-poster.svg', src: posterUrl, width: 800, height: 800 },
    { id: 'park', name: 'riverside-park.svg', src: parkUrl, width: 800, height: 500 },
  ],
};

const listeners = new Set<(a: ObservedAction) => void>();
const subscribe = (fn: (a: ObservedAction) => void) => {
  listeners.add(fn);
  return () => listeners.delete(fn);
};

/**
 * The same tutor runtime as on real sites, over the sandbox adapter. Each sandbox screen runs the rules of the
 * screen it stands for (post editor → WordPress block editor, composer → Mastodon). What it records — detected
 * actions and tip events — goes to the workshop log and to the lesson checklist, never to the learner's log.
 * Settings live in memory: a trainer snoozing a tip here changes nothing in the learner's own settings, and
 * mastery counts start at zero, so every tip shows while it is being taught.
 */
const tutorSettings = memorySettings();
let tutor: { ctrl: AbortController; tutor: Tutor } | undefined;
let onRecorded: (action: Detected) => void = () => undefined;

const workshopSend: Send = (type, payload) =>
  type === 'mastery.counts' ? (Promise.resolve({}) as ReturnType<Send>) : send(type, payload);

function restartTutor(packs: readonly TipPack[]) {
  tutor?.ctrl.abort();
  const ctrl = new AbortController();
  const t = startTutor({
    adapter: sandbox,
    mount: isolatedMount(document),
    send: workshopSend,
    record: (action) => onRecorded(action),
    settings: tutorSettings,
    signal: ctrl.signal,
    emulate: (context) => SANDBOX_EMULATES[context as SandboxContextId],
    announceSite: false,
    assets: async (locale) => tutorAssets({ locale, imported: packs }),
  });
  tutor = { ctrl, tutor: t };
}

const screenFromHash = (): Screen => SCREENS.find((s) => `#${s.id}` === location.hash)?.id ?? 'editor';

interface StoredFile extends LoadedFile {
  text: string;
}

function Page() {
  const params = new URLSearchParams(location.search);
  const [screen, setScreen] = useState<Screen>(screenFromHash);
  const [presenter, setPresenter] = useState<boolean>(() => params.get('presenter') === '1' || session.get<boolean>(KEY.presenter) === true);
  const [count, setCount] = useState<number | null>(null);
  const [files, setFiles] = useState<StoredFile[]>(() => session.get<StoredFile[]>(KEY.files) ?? []);

  const parsed = useMemo(() => files.map((f) => ({ file: f, r: parseSessionFile(f.text) })), [files]);
  const custom = parsed.flatMap(({ r }) => (r.ok && r.kind === 'lessons' ? r.lessons : []));
  const customIds = new Set(custom.map((l) => l.id));
  // A trainer's lesson with a built-in's id replaces it for the session.
  const { locale } = useI18n();
  const lessons: Lesson[] = [...builtinLessons(locale).filter((l) => !customIds.has(l.id)), ...custom];
  const packs: TipPack[] = parsed.flatMap(({ r }) => (r.ok && r.kind === 'tip-pack' ? [r.pack] : []));

  const refreshCount = () =>
    log.count().then(setCount, () => setCount(null));

  useEffect(() => {
    const onHash = () => {
      setScreen(screenFromHash());
      // Another screen is another page view for the tutor: its tips may be said again there.
      tutor?.tutor.navigate();
    };
    addEventListener('hashchange', onHash);
    void refreshCount();
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const contextNow = () => SCREENS.find((s) => s.id === screenFromHash())?.context ?? 'sandbox.post-editor';
  // Everything the sandbox shows is detected by its adapter and every tip event comes from the tutor, as on a
  // real site; here both are re-stamped as sandbox actions and kept in the workshop log.
  onRecorded = (action) => {
    const now = Date.now();
    const skills = action.skills ?? [];
    for (const fn of listeners) fn({ type: action.type, skills, metrics: action.metrics, ref: action.ref, time: now });
    const stamped = sandboxAction(
      { type: action.type, skills, metrics: action.metrics, key: action.key ?? crypto.randomUUID(), ref: action.ref },
      { host: location.host, context: contextNow(), now, uuid: () => crypto.randomUUID() },
    );
    log.record(stamped).then(refreshCount, (e) => console.error('workshop log', e));
  };
  const packsKey = JSON.stringify(packs.map((p) => p.id));
  useEffect(() => {
    restartTutor(packs);
  }, [packsKey]);
  useEffect(() => () => tutor?.ctrl.abort(), []);

  const initialRunner = useMemo<RunnerState | null>(() => {
    const saved = session.get<RunnerState>(KEY.runner);
    const wanted = params.get('lesson');
    const lesson = wanted ? lessons.find((l) => l.id === wanted) : undefined;
    if (lesson && saved?.progress.lessonId !== lesson.id) {
      if (!location.hash) history.replaceState(null, '', `#${screenOf(lesson.context)}`);
      return { progress: startLesson(lesson, Date.now()) };
    }
    return saved;
  }, []);
  useEffect(() => {
    if (initialRunner) session.set(KEY.runner, initialRunner);
    if (params.get('presenter') === '1') session.set(KEY.presenter, true);
    // ?lesson= and ?presenter= are read once (the demo and links use them); from then on the tab's session is
    // the truth, so a reload after "Choose another lesson" or a reset does not start the lesson again.
    if (location.search) history.replaceState(null, '', `${location.pathname}${location.hash}`);
    setScreen(screenFromHash());
  }, []);

  const onLessonEvent = (e: LessonEvent) => {
    const saved = session.get<RunnerState>(KEY.runner);
    const action = lessonAction(e, saved?.progress.startedAt ?? 0, { host: location.host, context: contextNow(), now: Date.now(), uuid: () => crypto.randomUUID() });
    log.record(action).then(refreshCount, (err) => console.error('workshop log', err));
  };

  const onLoadFile = (text: string, name: string): LoadResult => {
    const r = parseSessionFile(text);
    // A tip pack's problems in the page's language; a lesson file's are in English (its validator's own words).
    if (!r.ok) return { ok: false, errors: r.problems ? r.problems.map((p) => packProblemText(activeLocale(), p)) : r.errors };
    const detail = r.kind === 'tip-pack' ? translate(activeLocale(), 'workshop.files.tips', { count: r.pack.tips.length }) : r.lessons.map((l) => l.title).join(', ');
    const file: StoredFile = { id: crypto.randomUUID(), kind: r.kind, name, detail, text };
    const next = [...files, file];
    setFiles(next);
    session.set(KEY.files, next);
    return { ok: true, file };
  };

  return (
    <WorkshopApp
      images={IMAGES}
      lessons={lessons}
      customLessonIds={customIds}
      screen={screen}
      onScreen={(s) => {
        if (location.hash !== `#${s}`) location.hash = s;
        setScreen(s);
      }}
      presenter={presenter}
      onPresenter={(on) => {
        setPresenter(on);
        session.set(KEY.presenter, on);
      }}
      subscribe={subscribe}
      initialRunner={initialRunner}
      onRunnerChange={(s) => session.set(KEY.runner, s)}
      onLessonEvent={onLessonEvent}
      workshopCount={count}
      onReset={async () => {
        await log.reset();
        session.set(KEY.runner, null);
        await refreshCount();
      }}
      files={files}
      onLoadFile={onLoadFile}
      onFreshStart={() => restartTutor(packs)}
      onRemoveFile={(id) => {
        const next = files.filter((f) => f.id !== id);
        setFiles(next);
        session.set(KEY.files, next);
      }}
    />
  );
}

// The page's words follow the learner's language setting (the sandbox screens keep the sites' own English).
// The sandbox's tips follow it too (Welsh tips for a Cymraeg learner); the rest of its settings stay in memory.
onLocaleChange((locale) => tutorSettings.set({ locale }));
void initI18n().then((locale) => {
  tutorSettings.set({ locale });
  render(
    <I18nProvider syncDocument titleKey="workshop.title">
      <Page />
    </I18nProvider>,
    document.getElementById('app')!,
  );
});
