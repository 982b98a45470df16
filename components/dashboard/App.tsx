/**
 * The dashboard page: two views (My practice, Mentor view) and the printable report, chosen by the URL hash so a
 * view can be bookmarked, reloaded and printed. Props in, callbacks out: the entrypoint passes the API and the route.
 */
import { useMemo } from 'preact/hooks';
import type { DashboardApi } from '../../lib/dashboard/api';
import type { DashboardFilter, DashboardRoute } from '../../lib/dashboard/filters';
import { commentsByEntry } from '../../lib/feedback/inbox';
import { dayKey } from '../../lib/dashboard/dates';
import { useDashboardFormat } from './useDashboardFormat';
import { MentorView } from './MentorView';
import { MyPracticeView } from './MyPracticeView';
import { ReportView } from './ReportView';
import { useAsync } from './useAsync';

export interface AppProps {
  api: DashboardApi;
  route: DashboardRoute;
  onNavigate: (route: DashboardRoute) => void;
  onPrint: () => void;
  confirm: (question: string) => boolean;
  now?: number;
}

export function App({ api, route, onNavigate, onPrint, confirm, now = Date.now() }: AppProps) {
  const { t } = useDashboardFormat();
  const go = (patch: Partial<DashboardRoute>) => onNavigate({ ...route, ...patch });
  const setFilter = (filter: DashboardFilter) => go({ filter });
  const thisMonth = dayKey(now).slice(0, 7);

  return (
    <div class="sw-page">
      <header class="sw-header sw-noprint">
        <h1>{t('dashboard.title')}</h1>
        <nav aria-label={t('dashboard.nav.label')}>
          <ul class="sw-tabs">
            <li>
              <a href="#mine" aria-current={route.view === 'mine' ? 'page' : undefined} onClick={(e) => { e.preventDefault(); onNavigate({ view: 'mine', filter: {} }); }}>
                {t('dashboard.nav.mine')}
              </a>
            </li>
            <li>
              <a href="#mentor" aria-current={route.view === 'mentor' ? 'page' : undefined} onClick={(e) => { e.preventDefault(); onNavigate({ view: 'mentor', filter: {} }); }}>
                {t('dashboard.nav.mentor')}
              </a>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" class="sw-main">
        {route.report ? (
          <Report api={api} route={route} onNavigate={onNavigate} onPrint={onPrint} now={now} />
        ) : route.view === 'mine' ? (
          <MyPracticeView api={api} filter={route.filter} onFilterChange={setFilter} onReport={() => go({ report: thisMonth })} now={now} />
        ) : (
          <MentorView
            api={api}
            learnerId={route.learner}
            filter={route.filter}
            onFilterChange={setFilter}
            onOpenLearner={(learner) => onNavigate({ view: 'mentor', filter: {}, ...(learner ? { learner } : {}) })}
            onReport={() => go({ report: thisMonth })}
            confirm={confirm}
            now={now}
          />
        )}
      </main>
    </div>
  );
}

function Report({ api, route, onNavigate, onPrint, now }: { api: DashboardApi; route: DashboardRoute; onNavigate: (r: DashboardRoute) => void; onPrint: () => void; now: number }) {
  const { t } = useDashboardFormat();
  const mentor = route.view === 'mentor' && route.learner;
  const source = useMemo(() => (mentor ? api.mentor.source(route.learner!) : api.mine), [api, mentor, route.learner]);
  const who = useAsync(async () => {
    if (mentor) {
      const l = (await api.mentor.learners()).find((x) => x.id === route.learner);
      return { name: l?.displayName ?? route.learner!, comments: new Map() };
    }
    const [name, inbox] = await Promise.all([api.profileName(), api.feedback.inbox()]);
    return { name: name || t('dashboard.report.you'), comments: commentsByEntry(inbox) };
  }, [api, mentor, route.learner]);
  const drafts = useAsync(async () => (mentor ? api.feedback.draft(route.learner!, '') : null), [api, mentor, route.learner]);
  if (who.status !== 'ok') return <p aria-busy="true">{t('dashboard.loading')}</p>;
  const draft = drafts.status === 'ok' ? drafts.value : null;
  const commentsFor = (id: string) => {
    if (draft) {
      const c = draft.comments[id];
      return c ? [{ mentor: t('dashboard.report.you'), text: c.text, at: c.at }] : [];
    }
    return who.value.comments.get(id) ?? [];
  };
  return (
    <ReportView
      source={source}
      name={who.value.name}
      month={route.report!}
      commentsFor={commentsFor}
      tipTitle={api.tipTitle}
      onMonthChange={(report) => onNavigate({ ...route, report })}
      onPrint={onPrint}
      onClose={() => {
        const { report: _drop, ...rest } = route;
        onNavigate(rest);
      }}
      now={now}
    />
  );
}
