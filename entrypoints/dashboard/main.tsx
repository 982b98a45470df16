import { render } from 'preact';
import '../../assets/styles/page.css';
import '../../assets/styles/dashboard.css';
import { App } from '@/components/dashboard/App';
import { createDashboardApi } from '@/lib/dashboard/client';
import { formatRoute, parseRoute, type DashboardRoute } from '@/lib/dashboard/filters';
import { activeLocale, initI18n } from '@/lib/i18n';
import { I18nProvider } from '@/lib/i18n/preact';
import { BUILTIN_PACKS } from '@/lib/tips/packs/builtin';
import { send } from '@/lib/messaging/client';
import { backgroundRecorder, ensurePersistence } from '@/lib/practice/persistence';

// Wiring only: the route lives in the URL hash; the API talks to the background and extension storage; the
// words follow the learner's language setting (I18nProvider), tip titles too, with English for a missing one.
const titles = new Map<string, Map<string, string>>();
for (const p of BUILTIN_PACKS) {
  const byId = titles.get(p.locale) ?? new Map<string, string>();
  for (const tip of p.tips) byId.set(tip.id, tip.title);
  titles.set(p.locale, byId);
}
const api = createDashboardApi({ tipTitle: (ref) => titles.get(activeLocale())?.get(ref) ?? titles.get('en')?.get(ref) });
const root = document.getElementById('app')!;

function draw() {
  const route = parseRoute(location.hash);
  render(
    <I18nProvider syncDocument titleKey="dashboard.title">
      <App
        api={api}
        route={route}
        onNavigate={(next: DashboardRoute) => {
          location.hash = formatRoute(next);
        }}
        onPrint={() => window.print()}
        confirm={(q) => window.confirm(q)}
      />
    </I18nProvider>,
    root,
  );
}

void initI18n().then(draw);
window.addEventListener('hashchange', draw);
// The learner may open the dashboard before the options: ask for persistent storage from here too (once overall).
void ensurePersistence(navigator.storage, backgroundRecorder(send)).catch(() => undefined);
