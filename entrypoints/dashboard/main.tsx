import { render } from 'preact';
import '../../assets/styles/page.css';
import '../../assets/styles/dashboard.css';
import { App } from '@/components/dashboard/App';
import { createDashboardApi } from '@/lib/dashboard/client';
import { formatRoute, parseRoute, type DashboardRoute } from '@/lib/dashboard/filters';
import { setDashboardLocale, t } from '@/lib/dashboard/strings';
import { BUILTIN_PACKS } from '@/lib/tips/packs/builtin';
import { locale } from '@/lib/settings/items';
import { send } from '@/lib/messaging/client';
import { backgroundRecorder, ensurePersistence } from '@/lib/practice/persistence';

// Wiring only: the route lives in the URL hash; the API talks to the background and extension storage.
const titles = new Map(BUILTIN_PACKS.flatMap((p) => p.tips.map((tip) => [tip.id, tip.title] as const)));
const api = createDashboardApi({ tipTitle: (ref) => titles.get(ref) });
const root = document.getElementById('app')!;

function draw() {
  const route = parseRoute(location.hash);
  document.title = t('dashboard.title');
  render(
    <App
      api={api}
      route={route}
      onNavigate={(next: DashboardRoute) => {
        location.hash = formatRoute(next);
      }}
      onPrint={() => window.print()}
      confirm={(q) => window.confirm(q)}
    />,
    root,
  );
}

void locale.getValue().then((l) => {
  setDashboardLocale(l);
  document.documentElement.lang = l;
  draw();
});
window.addEventListener('hashchange', draw);
// The learner may open the dashboard before the options: ask for persistent storage from here too (once overall).
void ensurePersistence(navigator.storage, backgroundRecorder(send)).catch(() => undefined);
