/**
 * The workshop page: the practice sandbox (three screens), the lessons, presenter mode, session files and the
 * reset. Props in, callbacks out: the entrypoint wires the workshop log, the tutor and the URL.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { useI18n } from '../../lib/i18n/preact';
import { anchorsOfStep, type Lesson, type ObservedAction } from '../../lib/lessons';
import sandbox, { type SandboxContextId } from '../../lib/sites/sandbox';
import type { ElementName } from '../../lib/sites/types';
import { CommentsScreen } from './CommentsScreen';
import { LessonPanel } from './LessonPanel';
import { PostEditor, type SampleImage } from './PostEditor';
import { PresenterCard, slideCount } from './PresenterCard';
import { ResetWorkshop } from './ResetWorkshop';
import { SessionFiles, type LoadedFile, type LoadResult } from './SessionFiles';
import { SocialComposer } from './SocialComposer';
import { Spotlight, type SpotlightTarget } from './Spotlight';
import { useLessonRunner, type LessonEvent, type RunnerState } from './useLessonRunner';

export type Screen = 'editor' | 'social' | 'comments';

export const SCREENS = [
  { id: 'editor', label: 'workshop.screen.editor', context: 'sandbox.post-editor' },
  { id: 'social', label: 'workshop.screen.social', context: 'sandbox.social-composer' },
  { id: 'comments', label: 'workshop.screen.comments', context: 'sandbox.comments' },
] as const satisfies readonly { id: Screen; label: `workshop.screen.${Screen}`; context: SandboxContextId }[];

export function screenOf(context: string): Screen {
  return SCREENS.find((s) => s.context === context)?.id ?? 'editor';
}

export interface WorkshopAppProps {
  images: { editor: SampleImage[]; social: SampleImage[] };
  lessons: readonly Lesson[];
  /** Lessons loaded from a trainer's file this session. */
  customLessonIds?: ReadonlySet<string>;
  screen: Screen;
  onScreen: (screen: Screen) => void;
  presenter: boolean;
  onPresenter: (on: boolean) => void;
  /** Actions detected in the sandbox (and tip events), for the lesson checklist. */
  subscribe: (listener: (action: ObservedAction) => void) => () => void;
  initialRunner?: RunnerState | null;
  onRunnerChange?: (state: RunnerState | null) => void;
  onLessonEvent?: (event: LessonEvent) => void;
  /** Actions in the workshop log, when known. */
  workshopCount: number | null;
  /** Clear the workshop log. Lesson progress and the screens are reset here afterwards. */
  onReset: () => Promise<void>;
  files: readonly LoadedFile[];
  onLoadFile: (text: string, name: string) => Promise<LoadResult> | LoadResult;
  onRemoveFile: (id: string) => void;
  /** Called when the screens start afresh (a lesson starts, the workshop is reset). */
  onFreshStart?: () => void;
}

export function WorkshopApp(props: WorkshopAppProps) {
  const { screen, presenter, lessons } = props;
  const { t, locale } = useI18n();
  const runner = useLessonRunner({
    lessons,
    subscribe: props.subscribe,
    initial: props.initialRunner,
    onChange: props.onRunnerChange,
    onEvent: props.onLessonEvent,
  });
  // Bumped to give every screen a fresh start (a new post, the sample comments back).
  const [instance, setInstance] = useState(() => Date.now());
  const [slide, setSlide] = useState(0);
  const { lesson, state } = runner;

  const freshStart = () => {
    setInstance((i) => Math.max(i + 1, Date.now()));
    props.onFreshStart?.();
  };

  const start = (l: Lesson) => {
    runner.start(l);
    freshStart();
    setSlide(0);
    props.onScreen(screenOf(l.context));
  };

  const stepAt = (s: number) => (lesson && s >= 1 && s <= lesson.steps.length ? lesson.steps[s - 1]! : null);

  const goToSlide = (s: number) => {
    setSlide(s);
    const step = stepAt(s);
    const context = step?.context ?? (s === 1 ? lesson?.context : undefined);
    if (context) props.onScreen(screenOf(context));
  };

  // A lesson resumed after a reload, or in presenter mode, starts on the first open step.
  useEffect(() => {
    if (!lesson || !state) return;
    if (slide >= slideCount(lesson)) setSlide(0);
  }, [lesson]);

  const step = presenter ? stepAt(slide) : null;
  const anchors = step ? (anchorsOfStep(step) as ElementName[]) : [];
  const anchorKey = anchors.join(',');
  const resolve = useCallback((): SpotlightTarget | null => {
    for (const name of anchors) {
      const element = sandbox.find(name, document);
      if (element) return { element, name };
    }
    return null;
  }, [anchorKey]);

  useEffect(() => {
    document.documentElement.toggleAttribute('data-presenter', presenter);
  }, [presenter]);

  const current = SCREENS.find((s) => s.id === screen) ?? SCREENS[0]!;
  const stepContext = !presenter && lesson && state ? lesson.steps.find((s) => state.progress.completed[s.id] === undefined)?.context : undefined;
  const wrongScreen = useMemo(() => {
    const want = stepContext ?? lesson?.context;
    return want && want !== current.context ? SCREENS.find((s) => s.context === want) : undefined;
  }, [stepContext, lesson, current]);

  return (
    <div class="sb-app">
      {presenter ? (
        // The room reads the step card; the page's title stays for screen readers.
        <header class="sw-visually-hidden">
          <h1>{t('workshop.titlePresenter')}</h1>
        </header>
      ) : (
        <header class="sb-header">
          <div class="sb-header__title">
            <h1>{t('workshop.title')}</h1>
            <p class="sb-muted">{t('workshop.intro')}</p>
          </div>
          <div class="sb-header__actions">
            <button type="button" class="sw-button" data-sw="presenter-toggle" onClick={() => props.onPresenter(true)}>
              {t('workshop.presenterMode')}
            </button>
            <ResetWorkshop
              count={props.workshopCount}
              onReset={async () => {
                await props.onReset();
                runner.stop();
                setSlide(0);
                freshStart();
              }}
            />
          </div>
        </header>
      )}

      {presenter &&
        (lesson && state ? (
          <PresenterCard
            lesson={lesson}
            state={state}
            slide={slide}
            onSlide={goToSlide}
            onExit={() => props.onPresenter(false)}
            onChooseAnother={() => {
              runner.stop();
              setSlide(0);
            }}
          />
        ) : (
          <section class="sb-presenter" aria-labelledby="sb-presenter-choose">
            <div class="sb-presenter__slide">
              <h2 id="sb-presenter-choose" class="sb-presenter__title">
                {t('workshop.chooseLesson')}
              </h2>
              <ul class="sb-presenter__choices">
                {lessons.map((l) => (
                  <li key={l.id}>
                    <button type="button" class="sw-button" data-lesson={l.id} onClick={() => start(l)}>
                      {l.title}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
            <div class="sb-presenter__nav">
              <button type="button" class="sb-link-button sb-presenter__exit" onClick={() => props.onPresenter(false)}>
                {t('workshop.exitPresenter')}
              </button>
            </div>
          </section>
        ))}
      <nav class="sb-nav" aria-label={t('workshop.screens')} data-sw="sandbox-nav">
        <ul>
          {SCREENS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} aria-current={s.id === screen ? 'page' : undefined} onClick={(e) => (e.preventDefault(), props.onScreen(s.id))}>
                {t(s.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <div class="sb-layout">
        {/* Lessons on the left: tips open to the right of the field they are about, so they never cover them. */}
        {!presenter && (
          <aside class="sb-side" aria-label={t('workshop.side')}>
            <LessonPanel lessons={lessons} lesson={lesson} state={state} customIds={props.customLessonIds} onStart={start} onStop={runner.stop} />
            <SessionFiles loaded={props.files} onLoad={props.onLoadFile} onRemove={props.onRemoveFile} />
          </aside>
        )}
        <main class="sb-main" id="sb-main">
          {wrongScreen && (
            <p class="sb-goto">
              {t('workshop.wrongScreen', { screen: t(wrongScreen.label).toLocaleLowerCase(locale) })}{' '}
              <button type="button" class="sb-link-button" onClick={() => props.onScreen(wrongScreen.id)}>
                {t('workshop.goToScreen', { screen: t(wrongScreen.label).toLocaleLowerCase(locale) })}
              </button>
            </p>
          )}
          {screen === 'editor' && <PostEditor key={`e${instance}`} images={props.images.editor} instance={instance} />}
          {screen === 'social' && <SocialComposer key={`s${instance}`} images={props.images.social} instance={instance} />}
          {screen === 'comments' && <CommentsScreen key={`c${instance}`} instance={instance} />}
        </main>

      </div>

      {presenter && step && <Spotlight key={`${slide}:${anchorKey}`} resolve={resolve} />}
    </div>
  );
}
