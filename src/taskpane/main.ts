import { dateOrderOfLocale, setDefaultDateOrder } from '../core/dateOrder';
import { languageOf, messages } from '../core/i18n';
import * as excel from './excel';
import { startWizard } from './ui/controller';
import { h } from './ui/dom';
import css from './ui/styles.css';

/*
 * Entry point of the task pane: the only place that touches Office's globals. The stylesheet is
 * bundled and injected here, so the page loads nothing but its own scripts and Office.js.
 */
document.head.appendChild(h('style', null, css));

void Office.onReady((info) => {
  const root = document.getElementById('app')!;
  if (info.host !== Office.HostType.Excel) {
    // Opened in a plain browser (or another Office app): say so instead of failing on Excel calls.
    const lang = languageOf(navigator.language);
    root.removeAttribute('aria-busy');
    root.replaceChildren(
      h('div', { class: 'content' }, h('p', { class: 'message info' }, messages(lang).wizard.pane.noOffice)),
    );
    return;
  }
  // Dates written as numeric text are read as the functions in the cells will read them.
  setDefaultDateOrder(dateOrderOfLocale(Office.context.contentLanguage));
  startWizard(root, excel, Office.context.displayLanguage);
});
