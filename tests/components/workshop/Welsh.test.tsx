// @vitest-environment happy-dom
/**
 * The workshop's own words in Cymraeg: header, lesson list and checklist, presenter card, reset and session files.
 * The sandbox screens keep the English of the sites they imitate.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PresenterCard } from '../../../components/workshop/PresenterCard';
import { ResetWorkshop } from '../../../components/workshop/ResetWorkshop';
import { SessionFiles } from '../../../components/workshop/SessionFiles';
import { WorkshopApp } from '../../../components/workshop/WorkshopApp';
import { builtinLessons, startLesson } from '../../../lib/lessons';
import { I18nProvider } from '../../../lib/i18n/preact';

afterEach(() => {
  cleanup();
  document.documentElement.removeAttribute('data-presenter');
});

const IMAGES = { editor: [{ id: 'park', name: 'park.svg', src: '/park.svg', width: 8, height: 5 }], social: [] };
const cy = (children: preact.ComponentChildren) => render(<I18nProvider locale="cy">{children}</I18nProvider>);

describe('workshop in Welsh', () => {
  it('the page: header, screens and lessons in Welsh', () => {
    cy(
      <WorkshopApp
        images={IMAGES}
        lessons={builtinLessons('cy')}
        screen="comments"
        onScreen={() => {}}
        presenter={false}
        onPresenter={() => {}}
        subscribe={() => () => {}}
        workshopCount={2}
        onReset={async () => {}}
        files={[]}
        onLoadFile={() => ({ ok: false, errors: [] })}
        onRemoveFile={() => {}}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Man ymarfer y gweithdy');
    const nav = screen.getByRole('navigation', { name: 'Sgriniau’r man ymarfer' });
    expect(within(nav).getByRole('link', { name: 'Sylwadau' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('heading', { name: 'Gwersi' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Modd cyflwynydd' })).toBeTruthy();
    expect(screen.getByText('Cofnod y gweithdy: 2 weithgaredd')).toBeTruthy();
    // A lesson that happens on another screen says so, and offers to go there.
    fireEvent.click(document.querySelector('[data-lesson="your-first-post"]')!);
    expect(screen.getByRole('heading', { name: 'Eich cofnod cyntaf' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Rhestr wirio' }).textContent).toContain('Rhannwch y testun ag is-bennawd');
    expect(screen.getByText('Mae’r cam hwn yn digwydd ar sgrin y golygydd cofnodion.', { exact: false })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mynd i sgrin y golygydd cofnodion' })).toBeTruthy();
  });

  it('presenter card: step counter, status and navigation, and the lesson in Welsh', () => {
    const lesson = builtinLessons('cy')[0]!;
    cy(<PresenterCard lesson={lesson} state={{ progress: startLesson(lesson, 1) }} slide={1} onSlide={() => {}} onExit={() => {}} onChooseAnother={() => {}} />);
    expect(screen.getByText(`Cam 1 o ${lesson.steps.length}`, { exact: false })).toBeTruthy();
    expect(screen.getByText('Eich tro chi')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Rhannwch y testun ag is-bennawd' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Nesaf/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Gadael y modd cyflwynydd' })).toBeTruthy();
  });

  it('reset asks in Welsh, and session files say what was refused', async () => {
    cy(
      <>
        <ResetWorkshop count={3} onReset={() => {}} />
        <SessionFiles loaded={[{ id: 'a', kind: 'tip-pack', name: 'ein-pecyn.json', detail: '3 awgrym' }]} onLoad={() => ({ ok: false, errors: [] })} onRemove={() => {}} />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Ailosod y gweithdy' }));
    const group = screen.getByRole('group', { name: 'Cadarnhau ailosod' });
    expect(within(group).getByRole('button', { name: 'Ydw, ailosod' })).toBeTruthy();
    expect(within(group).getByRole('button', { name: 'Canslo' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tynnu ein-pecyn.json' })).toBeTruthy();
    expect(screen.getByText('pecyn awgrymiadau', { exact: false })).toBeTruthy();
  });
});
