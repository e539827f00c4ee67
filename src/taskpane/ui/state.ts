import { languageOf } from '../../core/i18n';
import type { Messages } from '../../core/i18n';
import type { BuildOutcome, BuildRequest, BuiltSheet, DataInspection, Language, TableInfo, TemplateId } from '../excel';
import type { Interval } from '../../core/options';
import { dataKind } from '../../templates';
import { TEMPLATE_IDS } from '../../templates/sheetPlan';
import { type ContractInput, contractOptions, contractProblems, emptyContract, mergeContract } from './contract';
import { SAMPLE_ENDPOINTS } from '../../samples/sampleTickets';

/**
 * The wizard as a pure state machine: every user action and every answer from Excel is an
 * `Action`, `reduce` gives the next state. No Excel calls and no DOM here, so the rules (what
 * Next requires, the option defaults, language switching) are unit-tested directly.
 */

export const STEPS = ['template', 'data', 'options', 'build'] as const;
export type Step = (typeof STEPS)[number];
export const TEMPLATES: readonly TemplateId[] = TEMPLATE_IDS;
export type SourceKind = 'selection' | 'table' | 'sample';
export const SOURCES: readonly SourceKind[] = ['selection', 'table', 'sample'];
export const WINDOWS = [1, 3, 6, 12] as const;
export const INTERVALS: readonly Interval[] = ['month', 'week', 'day'];

/** A message key of the pane's own strings (validation problems are shown in the user's language). */
export type PaneKey = keyof Messages['wizard']['pane'];

/** Something that takes a while: Excel's answer or its failure, in plain words. */
export type Async<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'busy' }
  | { readonly status: 'done'; readonly value: T }
  | { readonly status: 'failed'; readonly error: string };

/** What a data source turned out to be: where it is and what the core found in it. */
export interface Checked {
  readonly source: BuildRequest['source'];
  readonly address: string;
  readonly inspection: DataInspection;
  /** Set when the wizard wrote this data itself (sample data). */
  readonly sampleSheet?: string;
}

/** Options exactly as typed: they are validated when leaving the step, not on every key. */
export interface OptionsInput {
  /** '' = the latest period. */
  readonly period: string;
  readonly months: number;
  readonly interval: Interval;
  readonly currency: string;
  /** '' = not known yet (the built sheet has an input cell for it). */
  readonly endpoints: string;
  readonly language: Language;
  /** The Service desk's contract clock (business hours, holidays, targets per priority). */
  readonly contract: ContractInput;
}

/** A change of the options: fields replaced, the contract's merged field by field (mergeContract). */
export type OptionsPatch = Partial<Omit<OptionsInput, 'language' | 'contract'>> & {
  readonly contract?: Partial<ContractInput>;
};

/** The options after a patch. */
function patched(o: OptionsInput, patch: OptionsPatch): OptionsInput {
  return { ...o, ...patch, contract: patch.contract ? mergeContract(o.contract, patch.contract) : o.contract };
}

export type BuildDone = Extract<BuildOutcome, { ok: true }>;

/** A build, or a refresh of one built sheet. */
export interface Run {
  readonly kind: 'build' | 'refresh';
  readonly sheet: string | null;
  readonly result: Async<BuildDone>;
}

export interface WizardState {
  readonly step: Step;
  /** Language of the pane (Office's display language). */
  readonly ui: Language;
  readonly template: TemplateId | null;
  readonly sourceKind: SourceKind | null;
  readonly table: string | null;
  readonly tables: Async<readonly TableInfo[]>;
  readonly checked: Async<Checked>;
  readonly options: OptionsInput;
  /** The endpoints count is the sample's, prefilled, not the user's: real data must not inherit it. */
  readonly sampleEndpoints: boolean;
  /** Problems of the current step, shown after a refused Next (empty until then). */
  readonly problems: readonly PaneKey[];
  /** The last build or refresh (null once the user moves on). */
  readonly run: Run | null;
  /**
   * The sheet built on this visit of the Build step: kept apart from `run`, which a Refresh replaces,
   * so the footer never offers Build again for the same choices (a second click was a duplicate).
   */
  readonly built: BuildDone | null;
  readonly builds: Async<readonly BuiltSheet[]>;
}

export type Action =
  | { readonly type: 'chooseTemplate'; readonly template: TemplateId }
  | { readonly type: 'chooseSource'; readonly kind: SourceKind }
  | { readonly type: 'chooseTable'; readonly name: string }
  | { readonly type: 'tables'; readonly result: Async<readonly TableInfo[]> }
  | { readonly type: 'checked'; readonly result: Async<Checked> }
  | { readonly type: 'setOption'; readonly patch: OptionsPatch }
  | { readonly type: 'setLanguage'; readonly language: Language }
  | { readonly type: 'next' }
  | { readonly type: 'back' }
  | { readonly type: 'goTo'; readonly step: Step }
  | {
      readonly type: 'run';
      readonly kind: 'build' | 'refresh';
      readonly sheet: string | null;
      readonly result: Async<BuildOutcome>;
    }
  | { readonly type: 'builds'; readonly result: Async<readonly BuiltSheet[]> }
  | { readonly type: 'startOver' };

/**
 * The currency a user of that Office locale most likely reports in: the region decides, not the
 * language (fr-CH → CHF, en-IE → €, en-GB → £); the euro when the region says nothing.
 */
export function defaultCurrency(officeLanguage: string | undefined): string {
  const region = (officeLanguage ?? '').toUpperCase().split(/[-_]/)[1] ?? '';
  if (['US', 'CA', 'AU', 'NZ'].includes(region)) return '$';
  if (region === 'GB') return '£';
  if (region === 'CH' || region === 'LI') return 'CHF';
  return '€';
}

export function initialState(officeLanguage: string | undefined): WizardState {
  const ui = languageOf(officeLanguage);
  return {
    step: 'template',
    ui,
    template: null,
    sourceKind: null,
    table: null,
    tables: { status: 'idle' },
    checked: { status: 'idle' },
    options: {
      period: '',
      months: 1,
      interval: 'month',
      currency: defaultCurrency(officeLanguage),
      endpoints: '',
      language: ui,
      contract: emptyContract,
    },
    sampleEndpoints: false,
    problems: [],
    run: null,
    built: null,
    builds: { status: 'idle' },
  };
}

/** Whether the template reads data from the workbook (Scorecard and Benchmark reference do not). */
export const needsData = (template: TemplateId | null): boolean => template !== null && dataKind(template) !== 'none';

/** Which options the template uses, so the Options step shows only those. */
export function optionFields(template: TemplateId | null): {
  period: boolean;
  window: boolean;
  interval: boolean;
  currency: boolean;
  endpoints: boolean;
  contract: boolean;
} {
  return {
    period: template === 'revenue',
    window: template === 'revenue',
    interval: template === 'servicedesk',
    currency: template !== null && template !== 'benchmarks',
    endpoints: template === 'servicedesk',
    contract: template === 'servicedesk',
  };
}

const MAX_CURRENCY = 5;

/** `''` or a whole number ≥ 1; anything else is refused (a typo must not become 0 endpoints). */
function endpointsValue(text: string): number | null | undefined {
  const t = text.trim().replace(/[\s\u00a0\u202f.,'’](?=\d{3}\b)/g, '');
  if (t === '') return null;
  return /^\d+$/.test(t) && Number(t) >= 1 ? Number(t) : undefined;
}

/** What stops the user leaving `step` (message keys, in display order). */
export function problemsOf(state: WizardState, step: Step = state.step): PaneKey[] {
  if (step === 'template') return state.template ? [] : ['needTemplate'];
  if (step === 'data') {
    if (!needsData(state.template)) return [];
    if (!state.sourceKind) return ['needSource'];
    if (state.sourceKind === 'table' && !state.table) return ['needTable'];
    if (state.checked.status === 'busy') return ['stillChecking'];
    if (state.checked.status !== 'done') return [state.sourceKind === 'sample' ? 'needSample' : 'needCheck'];
    return state.checked.value.inspection.blocking ? ['dataUnusable'] : [];
  }
  if (step === 'options') {
    const f = optionFields(state.template);
    const out: PaneKey[] = [];
    const currency = state.options.currency.trim();
    if (f.currency && (currency === '' || currency.length > MAX_CURRENCY)) out.push('badCurrency');
    if (f.endpoints && endpointsValue(state.options.endpoints) === undefined) out.push('badEndpoints');
    if (f.contract) out.push(...contractProblems(state.options.contract, dataPriorities(state), state.ui));
    return out;
  }
  return [];
}

/** The build request for the current choices (call once `problemsOf` is empty for every step). */
export function buildRequest(state: WizardState): BuildRequest {
  const template = state.template ?? 'scorecard';
  const f = optionFields(template);
  const o = state.options;
  const checked = state.checked.status === 'done' && needsData(template) ? state.checked.value : null;
  const endpoints = f.endpoints ? endpointsValue(o.endpoints) : null;
  return {
    template,
    language: o.language,
    source: checked ? checked.source : { kind: 'none', ref: '' },
    options: {
      ...(f.currency ? { currency: o.currency.trim() } : {}),
      ...(endpoints ? { endpoints } : {}),
      ...(f.period ? { period: o.period.trim() === '' ? null : o.period.trim() } : {}),
      ...(f.window ? { months: o.months } : {}),
      ...(f.interval ? { interval: o.interval } : {}),
      ...(f.contract ? contractOptions(o.contract, dataPriorities(state)) : {}),
    },
  };
}

/** The priorities of the checked ticket data, most urgent first (none before a check, or without a priority column). */
export const dataPriorities = (state: WizardState): readonly string[] =>
  (state.checked.status === 'done' && state.checked.value.inspection.priorities) || [];

const index = (step: Step): number => STEPS.indexOf(step);

/** A build or refresh is under way: the user cannot leave the step meanwhile. */
export const running = (state: WizardState): boolean => state.run?.result.status === 'busy';

/** The footer's main button: Next until the Build step, Build there, Start over once built. */
export function primaryAction(state: WizardState): 'next' | 'build' | 'startOver' {
  if (state.step !== 'build') return 'next';
  return state.built === null ? 'build' : 'startOver';
}

export function reduce(state: WizardState, action: Action): WizardState {
  switch (action.type) {
    case 'chooseTemplate':
      if (action.template === state.template) return { ...state, problems: [] };
      // What was found depends on the template (tickets vs ledger): check the data again.
      return {
        ...state,
        template: action.template,
        checked: { status: 'idle' },
        sourceKind: needsData(action.template) ? state.sourceKind : null,
        problems: [],
      };
    case 'chooseSource':
      if (action.kind === state.sourceKind) return state;
      return { ...state, sourceKind: action.kind, checked: { status: 'idle' }, problems: [] };
    case 'chooseTable':
      return { ...state, table: action.name, checked: { status: 'idle' }, problems: [] };
    case 'tables':
      return { ...state, tables: action.result };
    case 'checked': {
      if (action.result.status !== 'done') return { ...state, checked: action.result, problems: [] };
      // The sample's fleet size comes with the sample, so its sheet shows tickets per endpoint at
      // once instead of #DIV/0! until a count is typed; a count the user typed is kept, and real
      // data read afterwards does not keep the sample's.
      const sample = action.result.value.sampleSheet !== undefined && state.template === 'servicedesk';
      const typed = state.sampleEndpoints ? '' : state.options.endpoints;
      const prefill = sample && typed.trim() === '';
      return {
        ...state,
        checked: action.result,
        problems: [],
        options: { ...state.options, endpoints: prefill ? String(SAMPLE_ENDPOINTS) : typed },
        sampleEndpoints: prefill,
      };
    }
    case 'setOption':
      return {
        ...state,
        options: patched(state.options, action.patch),
        sampleEndpoints: state.sampleEndpoints && action.patch.endpoints === undefined,
        problems: state.problems.length ? problemsOf({ ...state, options: patched(state.options, action.patch) }) : [],
      };
    case 'setLanguage':
      return { ...state, options: { ...state.options, language: action.language } };
    case 'next': {
      const problems = problemsOf(state);
      if (problems.length) return { ...state, problems };
      const i = index(state.step);
      return i < STEPS.length - 1 ? { ...state, step: STEPS[i + 1]!, problems: [] } : state;
    }
    case 'back': {
      const i = index(state.step);
      return i > 0 && !running(state) ? { ...state, step: STEPS[i - 1]!, problems: [], run: null, built: null } : state;
    }
    case 'goTo':
      // Only backwards, or forwards over steps that are complete.
      for (let i = 0; i < index(action.step); i++) if (problemsOf(state, STEPS[i]!).length) return state;
      return running(state) ? state : { ...state, step: action.step, problems: [], run: null, built: null };
    case 'run': {
      const r = action.result;
      // A failed build or refresh comes back as { ok: false, error } in plain words.
      const result: Async<BuildDone> =
        r.status !== 'done'
          ? r
          : r.value.ok
            ? { status: 'done', value: r.value }
            : { status: 'failed', error: r.value.error };
      const built = action.kind === 'build' && result.status === 'done' ? result.value : state.built;
      return { ...state, run: { kind: action.kind, sheet: action.sheet, result }, built };
    }
    case 'builds':
      return { ...state, builds: action.result };
    case 'startOver': {
      const fresh = initialState(undefined);
      // Keep what belongs to the user and the workbook, not to this build.
      return {
        ...fresh,
        ui: state.ui,
        options: { ...fresh.options, currency: state.options.currency, language: state.options.language },
        tables: state.tables,
        builds: state.builds,
      };
    }
  }
}
