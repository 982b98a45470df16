import { render } from 'preact';
import '../../assets/styles/page.css';
import '../../components/ui/ui.css';
import '../../components/popup/popup.css';
import { Popup } from '../../components/popup/Popup';
import { I18nProvider } from '../../lib/i18n/preact';
import { createPopupApi } from './api';

render(
  <I18nProvider syncDocument titleKey="popup.title">
    <Popup api={createPopupApi()} />
  </I18nProvider>,
  document.getElementById('app')!,
);
