import { languageOf } from '../core/i18n';
import { registerCustomFunctions } from './functions';

// Entry point of the functions bundle: the only place that touches the global runtime. Error
// messages follow Office's display language; before Office has initialised (or outside Office)
// they are English.
registerCustomFunctions(CustomFunctions, () =>
  languageOf(typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined),
);
