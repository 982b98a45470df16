import { render } from 'preact';
import '../../assets/styles/page.css';
import '../../components/ui/ui.css';
import '../../components/options/options.css';
import { Options } from '../../components/options/Options';
import { I18nProvider } from '../../lib/i18n/preact';
import { createOptionsApi } from './api';

render(
  <I18nProvider syncDocument titleKey="options.pageTitle">
    <Options api={createOptionsApi()} />
  </I18nProvider>,
  document.getElementById('app')!,
);
