import { dateOrderOfLocale } from '../core/dateOrder';
import { languageOf } from '../core/i18n';
import { registerCustomFunctions } from './functions';

// Entry point of the functions bundle: the only place that touches the global runtime. Error
// messages follow Office's display language; numeric text dates without evidence of their order
// follow its content language (the locale the workbook's data is typed in). Before Office has
// initialised (or outside Office) messages are English and dates day-first.
registerCustomFunctions(
  CustomFunctions,
  () => languageOf(typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined),
  () => dateOrderOfLocale(typeof Office !== 'undefined' ? Office.context?.contentLanguage : undefined),
);
