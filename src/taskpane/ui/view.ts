import { format, messages, LANGUAGES, type Messages } from '../../core/i18n';
import type { Interval } from '../../core/options';
import type { BuiltSheet, TemplateId } from '../excel';
import type { KpiFinding } from '../../templates';
import { h, icon } from './dom';
import { ICONS, type IconName } from './icons';
import { businessHoursProblem, targetRows } from './contract';
import {
  dataPriorities,
  type Checked,
  INTERVALS,
  needsData,
  optionFields,
  primaryAction,
  running,
  SOURCES,
  type SourceKind,
  type OptionsPatch,
  type Step,
  STEPS,
  TEMPLATES,
  WINDOWS,
  type WizardState,
} from './state';

/**
 * The wizard's DOM for one state. Everything the user reads is a text node (see dom.ts), so
 * workbook text — sheet names, headers, customer names in problems — can never become markup.
 * Handlers only report what the user did; the controller decides what it means.
 */

export interface Handlers {
  chooseTemplate(template: TemplateId): void;
  chooseSource(kind: SourceKind): void;
  chooseTable(name: string): void;
  checkAgain(): void;
  writeSample(): void;
  /** `typing`: a text field changed under the user's fingers; the state follows without a re-render (which would lose the caret). */
  setOption(patch: OptionsPatch, typing?: boolean): void;
  setLanguage(language: (typeof LANGUAGES)[number]): void;
  next(): void;
  back(): void;
  goTo(step: Step): void;
  build(): void;
  refresh(sheet: string): void;
  startOver(): void;
}

type Wizard = Messages['wizard'];

const TEMPLATE_TEXT: Record<TemplateId, (w: Wizard) => [string, string]> = {
  scorecard: (w) => [w.templates.scorecard, w.templates.scorecardHelp],
  servicedesk: (w) => [w.templates.serviceDesk, w.templates.serviceDeskHelp],
  revenue: (w) => [w.templates.recurringRevenue, w.templates.recurringRevenueHelp],
  benchmarks: (w) => [w.templates.benchmarks, w.templates.benchmarksHelp],
};
export const templateName = (w: Wizard, t: TemplateId): string => TEMPLATE_TEXT[t](w)[0];

const SOURCE_TEXT: Record<SourceKind, (w: Wizard) => [string, string]> = {
  selection: (w) => [w.data.selection, w.pane.selectionHelp],
  table: (w) => [w.data.table, w.pane.tableHelp],
  sample: (w) => [w.data.sample, w.data.sampleHelp],
};

export function view(state: WizardState, on: Handlers): HTMLElement {
  const w = messages(state.ui).wizard;
  const body =
    state.step === 'template'
      ? templateStep(state, w, on)
      : state.step === 'data'
        ? dataStep(state, w, on)
        : state.step === 'options'
          ? optionsStep(state, w, on)
          : buildStep(state, w, on);
  return h(
    'div',
    { class: 'wizard', attrs: { lang: state.ui } },
    header(state, w, on),
    h('div', { class: 'content', attrs: { 'data-scroll': 'content' } }, ...body),
    footer(state, w, on),
  );
}

/** What a screen reader should hear now (the controller puts it in a persistent live region). */
export function announcement(state: WizardState): { polite: string; alert: string } {
  const w = messages(state.ui).wizard;
  const r = state.run;
  if (r) {
    if (r.result.status === 'busy')
      return {
        polite: r.kind === 'refresh' ? format(w.pane.refreshing, { sheet: r.sheet ?? '' }) : w.build.building,
        alert: '',
      };
    if (r.result.status === 'done')
      return {
        polite: format(r.kind === 'refresh' ? w.build.refreshed : w.build.built, { sheet: r.result.value.sheetName }),
        alert: '',
      };
    if (r.result.status === 'failed') return { polite: '', alert: r.result.error };
  }
  if (state.checked.status === 'busy') return { polite: w.pane.checking, alert: '' };
  if (state.checked.status === 'failed') return { polite: '', alert: state.checked.error };
  return { polite: '', alert: state.problems.map((p) => w.pane[p]).join(' ') };
}

// ---- frame -------------------------------------------------------------------------------------

function header(state: WizardState, w: Wizard, on: Handlers): HTMLElement {
  const current = STEPS.indexOf(state.step);
  return h(
    'header',
    { class: 'header' },
    h('h1', { class: 'brand' }, icon(ICONS.brand, 24), w.title),
    h(
      'ol',
      {
        class: 'stepper',
        attrs: {
          'aria-label': `${w.pane.stepsLabel}: ${format(w.stepOf, { step: current + 1, total: STEPS.length })}`,
        },
      },
      ...STEPS.map((step, i) =>
        h(
          'li',
          {
            class: [i < current && 'done', i === current && 'current'],
            attrs: { 'aria-current': i === current ? 'step' : null },
          },
          // Earlier steps are links back; the current and later ones are plain text.
          i < current && !running(state)
            ? h(
                'span',
                { attrs: { title: w.steps[step] } },
                h(
                  'a',
                  {
                    class: 'step-link',
                    attrs: { href: '#', 'data-key': `step:${step}` },
                    on: { click: (e) => (e.preventDefault(), on.goTo(step)) },
                  },
                  `${i + 1}. ${w.steps[step]}`,
                ),
              )
            : h('span', { attrs: { title: w.steps[step] } }, `${i + 1}. ${w.steps[step]}`),
        ),
      ),
    ),
  );
}

function stepHeading(title: string, caption: string): HTMLElement[] {
  return [
    // Focused on each step change so screen readers announce where the user is.
    h('h2', { class: 'step-title', attrs: { tabindex: -1, 'data-key': 'step-title' } }, title),
    h('p', { class: 'step-caption' }, caption),
  ];
}

function footer(state: WizardState, w: Wizard, on: Handlers): HTMLElement {
  const busy = running(state) || state.checked.status === 'busy';
  const back =
    state.step === 'template'
      ? h('span', { class: 'spacer' })
      : button(w.buttons.back, { key: 'back', onClick: on.back, disabled: busy });
  const action = primaryAction(state);
  const primary =
    action === 'next'
      ? button(w.buttons.next, { key: 'next', primary: true, onClick: on.next, disabled: busy })
      : action === 'startOver'
        ? button(w.buttons.startOver, { key: 'start-over', primary: true, onClick: on.startOver, disabled: busy })
        : button(w.buttons.build, { key: 'build', primary: true, onClick: on.build, disabled: busy });
  return h('footer', { class: 'footer' }, back, primary);
}

// ---- step 1: template ------------------------------------------------------------------------

function templateStep(state: WizardState, w: Wizard, on: Handlers): Node[] {
  const nodes: Node[] = [
    ...stepHeading(w.pane.templateTitle, w.pane.templateCaption),
    radioCards({
      group: 'template',
      label: w.pane.templateTitle,
      items: TEMPLATES.map((t) => ({ value: t, title: TEMPLATE_TEXT[t](w)[0], help: TEMPLATE_TEXT[t](w)[1], icon: t })),
      selected: state.template,
      onSelect: on.chooseTemplate,
      invalid: state.problems.includes('needTemplate'),
    }),
    ...problems(state, w),
  ];
  // The shared-workbook case: a colleague opening the pane sees the built sheets first thing.
  if (state.builds.status === 'done' && state.builds.value.length > 0) nodes.push(buildsSection(state, w, on));
  return nodes;
}

// ---- step 2: data ----------------------------------------------------------------------------

function dataStep(state: WizardState, w: Wizard, on: Handlers): Node[] {
  const heading = stepHeading(w.pane.dataTitle, w.pane.dataCaption);
  if (!needsData(state.template)) {
    return [
      ...heading,
      message('info', state.template === 'scorecard' ? w.pane.noDataScorecard : w.pane.noDataBenchmarks),
    ];
  }
  const nodes: Node[] = [
    ...heading,
    radioCards({
      group: 'source',
      label: w.pane.dataTitle,
      items: SOURCES.map((s) => ({ value: s, title: SOURCE_TEXT[s](w)[0], help: SOURCE_TEXT[s](w)[1], icon: s })),
      selected: state.sourceKind,
      onSelect: on.chooseSource,
      invalid: state.problems.includes('needSource'),
      disabled: state.checked.status === 'busy',
    }),
  ];
  if (state.sourceKind === 'table') nodes.push(tablePicker(state, w, on));
  if (state.sourceKind === 'selection' && state.checked.status !== 'busy') {
    nodes.push(
      h(
        'div',
        { class: 'section' },
        button(w.pane.checkAgain, { key: 'check-again', onClick: on.checkAgain, icon: 'refresh' }),
      ),
    );
  }
  if (state.sourceKind === 'sample' && state.checked.status !== 'done' && state.checked.status !== 'busy') {
    nodes.push(
      h(
        'div',
        { class: 'section' },
        button(w.pane.writeSample, { key: 'write-sample', onClick: on.writeSample, icon: 'sample' }),
      ),
    );
  }
  const c = state.checked;
  if (c.status === 'busy') nodes.push(progress(w.pane.checking));
  if (c.status === 'failed') nodes.push(message('error', c.error, undefined, 'alert'));
  if (c.status === 'done') {
    if (c.value.sampleSheet)
      nodes.push(
        message('success', format(w.pane.sampleWritten, { sheet: c.value.sampleSheet, rows: c.value.inspection.rows })),
      );
    nodes.push(detected(c.value, w));
  }
  nodes.push(...problems(state, w));
  return nodes;
}

function tablePicker(state: WizardState, w: Wizard, on: Handlers): HTMLElement {
  const t = state.tables;
  if (t.status === 'busy' || t.status === 'idle') return progress(w.pane.checking);
  if (t.status === 'failed') return message('error', t.error, undefined, 'alert');
  if (t.value.length === 0) return message('info', w.data.noTables);
  const select = h(
    'select',
    {
      class: 'select',
      attrs: { id: 'table', 'data-key': 'table', 'aria-invalid': state.problems.includes('needTable') ? 'true' : null },
      on: { change: (e) => on.chooseTable((e.target as HTMLSelectElement).value) },
    },
    h('option', { attrs: { value: '', disabled: true, selected: state.table === null } }, w.data.pickTable),
    ...t.value.map((table) =>
      h(
        'option',
        { attrs: { value: table.name, selected: table.name === state.table } },
        `${table.name} (${table.sheet})`,
      ),
    ),
  );
  return h('div', { class: 'field section' }, h('label', { attrs: { for: 'table' } }, w.data.pickTable), select);
}

/** Where the data is, as the user knows it: a table by its name (with its range), else the range. */
const whereData = (checked: Checked, w: Wizard): string =>
  checked.source.kind === 'table'
    ? format(w.data.tableRange, { name: checked.source.ref, address: checked.address })
    : format(w.data.range, { address: checked.address });

/**
 * "What was found": where the data is, the summary lines of the core's inspection, the columns it
 * recognised, the template's KPIs (those the sheet will show with the columns each reads, those it
 * cannot with the column that would enable them), the problems, and the headers accepted for a
 * missing column one click away.
 */
function detected(checked: Checked, w: Wizard): HTMLElement {
  const inspection = checked.inspection;
  const columnsPrefix = w.data.columnsFound.split('{columns}')[0] ?? '';
  const lines = [
    whereData(checked, w),
    // The "Columns found" line repeats the per-role list below, which reads better in a narrow pane.
    ...inspection.lines.filter((line) => !line.startsWith(columnsPrefix)),
  ];
  // Only what is there: a role this template does not need is no finding (the KPIs say what is missing).
  const columns = inspection.columns.flatMap((c) => (c.header === null ? [] : [fact(c.label, c.header)]));
  const built = inspection.kpis.filter((k) => k.built);
  const notBuilt = inspection.kpis.filter((k) => !k.built);
  return h(
    'section',
    { class: 'section', attrs: { 'aria-labelledby': 'detected-title' } },
    h('h3', { class: 'section-title', attrs: { id: 'detected-title' } }, w.data.detected),
    h('ul', { class: 'facts' }, ...lines.map((line) => h('li', null, h('span', null, line)))),
    columns.length ? h('ul', { class: 'facts section' }, ...columns) : null,
    built.length ? kpiList('kpis-built', w.data.kpisBuilt, built, w) : null,
    notBuilt.length ? kpiList('kpis-not-built', w.data.kpisNotBuilt, notBuilt, w) : null,
    inspection.problems.length
      ? message(inspection.blocking ? 'error' : 'warning', inspection.problems, w.data.problems)
      : message('success', w.data.noProblem),
    inspection.accepted.length
      ? h(
          'details',
          { class: 'accepted' },
          h('summary', null, w.data.acceptedHeaders),
          h(
            'ul',
            { class: 'facts' },
            ...inspection.accepted.map((a) =>
              h('li', { class: 'stack' }, h('span', { class: 'k' }, a.role), a.headers.join(', ')),
            ),
          ),
        )
      : null,
  );
}

/**
 * A titled list of KPIs: each with the columns it reads, and why it is missing or waiting. Columns
 * every line shares (a ledger's) are said once, under the title.
 */
function kpiList(id: string, title: string, kpis: readonly KpiFinding[], w: Wizard): HTMLElement {
  const first = kpis[0]?.columns.join(', ') ?? '';
  const shared = kpis.length > 1 && first !== '' && kpis.every((k) => k.columns.join(', ') === first);
  return h(
    'div',
    { class: 'section', attrs: { 'data-findings': id } },
    h('h4', { class: 'list-title', attrs: { id } }, title),
    shared ? h('p', { class: 'muted list-caption' }, format(w.data.eachFrom, { columns: first })) : null,
    h(
      'ul',
      { class: 'facts', attrs: { 'aria-labelledby': id } },
      ...kpis.map((k) =>
        h(
          'li',
          { class: 'stack' },
          h('span', null, k.label),
          k.columns.length && !shared ? h('span', { class: 'muted' }, k.columns.join(', ')) : null,
          k.reason ? h('span', { class: 'muted' }, k.reason) : null,
        ),
      ),
    ),
  );
}

const fact = (k: string, v: string): HTMLElement =>
  h('li', null, h('span', { class: 'k' }, k), h('span', { class: 'v' }, v));

// ---- step 3: options -------------------------------------------------------------------------

function optionsStep(state: WizardState, w: Wizard, on: Handlers): Node[] {
  const f = optionFields(state.template);
  const o = state.options;
  const nodes: Node[] = [...stepHeading(w.pane.optionsTitle, w.pane.optionsCaption)];
  const inspection = state.checked.status === 'done' ? state.checked.value.inspection : null;
  if (f.period) {
    const p = inspection?.periods;
    nodes.push(
      field(
        'period',
        w.options.period,
        p ? format(w.pane.periodHint, { first: p.first, last: p.last }) : null,
        null,
        (ids) =>
          h('input', {
            class: 'input',
            attrs: {
              id: 'period',
              type: 'text',
              'data-key': 'period',
              placeholder: w.options.periodLatest,
              autocomplete: 'off',
              'aria-describedby': ids,
            },
            props: { value: o.period },
            on: { input: (e) => on.setOption({ period: (e.target as HTMLInputElement).value }, true) },
          }),
      ),
    );
  }
  if (f.window) {
    nodes.push(
      field('months', w.options.window, null, null, (ids) =>
        select(
          'months',
          ids,
          WINDOWS.map((m) => [String(m), String(m)]),
          String(o.months),
          (v) => on.setOption({ months: Number(v) }),
        ),
      ),
    );
  }
  if (f.interval) {
    const names: Record<Interval, string> = {
      month: w.options.intervalMonth,
      week: w.options.intervalWeek,
      day: w.options.intervalDay,
    };
    nodes.push(
      field('interval', w.options.interval, null, null, (ids) =>
        select(
          'interval',
          ids,
          INTERVALS.map((i) => [i, names[i]]),
          o.interval,
          (v) => on.setOption({ interval: v as Interval }),
        ),
      ),
    );
  }
  if (f.endpoints) {
    const bad = state.problems.includes('badEndpoints');
    nodes.push(
      field('endpoints', w.options.endpoints, w.options.endpointsHelp, bad ? w.pane.badEndpoints : null, (ids) =>
        h('input', {
          class: 'input',
          attrs: {
            id: 'endpoints',
            type: 'text',
            inputmode: 'numeric',
            'data-key': 'endpoints',
            autocomplete: 'off',
            'aria-describedby': ids,
            'aria-invalid': bad ? 'true' : null,
          },
          props: { value: o.endpoints },
          on: { input: (e) => on.setOption({ endpoints: (e.target as HTMLInputElement).value }, true) },
        }),
      ),
    );
  }
  if (f.contract) nodes.push(...contractFields(state, w, on));
  const row: HTMLElement[] = [];
  if (f.currency) {
    const bad = state.problems.includes('badCurrency');
    row.push(
      field('currency', w.options.currency, null, bad ? w.pane.badCurrency : null, (ids) =>
        h('input', {
          class: 'input',
          attrs: {
            id: 'currency',
            type: 'text',
            maxlength: 5,
            'data-key': 'currency',
            autocomplete: 'off',
            'aria-describedby': ids,
            'aria-invalid': bad ? 'true' : null,
          },
          props: { value: o.currency },
          on: { input: (e) => on.setOption({ currency: (e.target as HTMLInputElement).value }, true) },
        }),
      ),
    );
  }
  row.push(
    field('language', w.options.language, null, null, (ids) =>
      // Each language named in its own tongue too, so a user who cannot read the pane still finds theirs.
      select(
        'language',
        ids,
        LANGUAGES.map((l) => [
          l,
          l === state.ui
            ? messages(state.ui).languages[l]
            : `${messages(state.ui).languages[l]} (${messages(l).languages[l]})`,
        ]),
        o.language,
        (v) => on.setLanguage(v as (typeof LANGUAGES)[number]),
      ),
    ),
  );
  nodes.push(h('div', { class: row.length > 1 ? 'row2' : '' }, ...row));
  nodes.push(...problems(state, w, ['badCurrency', 'badEndpoints']));
  return nodes;
}

function field(
  id: string,
  label: string,
  hint: string | null,
  error: string | null,
  control: (describedBy: string | null) => HTMLElement,
): HTMLElement {
  const ids = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || null;
  return h(
    'div',
    { class: 'field' },
    h('label', { attrs: { for: id } }, label),
    control(ids),
    hint && h('span', { class: 'hint', attrs: { id: `${id}-hint` } }, hint),
    error && h('span', { class: 'field-error', attrs: { id: `${id}-error` } }, error),
  );
}

function select(
  id: string,
  describedBy: string | null,
  options: readonly (readonly [string, string])[],
  value: string,
  onChange: (v: string) => void,
): HTMLSelectElement {
  return h(
    'select',
    {
      class: 'select',
      attrs: { id, 'data-key': id, 'aria-describedby': describedBy },
      on: { change: (e) => onChange((e.target as HTMLSelectElement).value) },
    },
    ...options.map(([v, text]) => h('option', { attrs: { value: v, selected: v === value } }, text)),
  );
}

// ---- step 4: build ---------------------------------------------------------------------------

function buildStep(state: WizardState, w: Wizard, on: Handlers): Node[] {
  const nodes: Node[] = [...stepHeading(w.pane.buildTitle, w.pane.buildCaption), summary(state, w)];
  const r = state.run?.kind === 'build' ? state.run : null;
  if (r?.result.status === 'busy') nodes.push(progress(w.build.building));
  if (r?.result.status === 'failed') nodes.push(message('error', r.result.error, undefined, 'alert', true));
  // Still shown after a Refresh from this step, which replaces the last run but not what was built.
  const out = state.built;
  if (out) nodes.push(message('success', out.report, format(w.build.built, { sheet: out.sheetName }), undefined, true));
  nodes.push(buildsSection(state, w, on));
  return nodes;
}

/** A text input of the Options step that reports every keystroke (the state follows without a re-render). */
function textInput(
  id: string,
  value: string,
  ids: string | null,
  bad: boolean,
  onText: (v: string) => void,
): HTMLElement {
  return h('input', {
    class: 'input',
    attrs: {
      id,
      type: 'text',
      'data-key': id,
      autocomplete: 'off',
      'aria-describedby': ids,
      'aria-invalid': bad ? 'true' : null,
    },
    props: { value },
    on: { input: (e) => onText((e.target as HTMLInputElement).value) },
  });
}

/** The Service desk's contract clock: business hours, holidays and, with priorities, the targets table. */
function contractFields(state: WizardState, w: Wizard, on: Handlers): Node[] {
  const c = state.options.contract;
  const badHours = state.problems.includes('badBusinessHours');
  const badHolidays = state.problems.includes('badHolidays');
  const badTarget = state.problems.includes('badTarget');
  const reason = badHours ? businessHoursProblem(c.businessHours, state.ui) : null;
  const nodes: Node[] = [
    field(
      'businessHours',
      w.options.businessHours,
      w.options.businessHoursHelp,
      reason ? format(w.pane.badBusinessHours, { reason }) : null,
      (ids) =>
        textInput('businessHours', c.businessHours, ids, badHours, (v) =>
          on.setOption({ contract: { businessHours: v } }, true),
        ),
    ),
    field('holidays', w.options.holidays, w.options.holidaysHelp, badHolidays ? w.pane.badHolidays : null, (ids) =>
      textInput('holidays', c.holidays, ids, badHolidays, (v) => on.setOption({ contract: { holidays: v } }, true)),
    ),
  ];
  const rows = targetRows(c, dataPriorities(state));
  if (rows.length === 0) return nodes;
  const t = messages(state.ui).sheet;
  const cellInput = (priority: string, key: 'response' | 'resolution', value: string, label: string) =>
    h('input', {
      class: 'input',
      attrs: {
        type: 'text',
        inputmode: 'decimal',
        'data-key': `target-${key}`,
        'aria-label': `${priority}: ${label}`,
        'aria-invalid': badTarget ? 'true' : null,
      },
      props: { value },
      on: {
        input: (e) =>
          on.setOption(
            { contract: { targets: { [priority]: { [key]: (e.target as HTMLInputElement).value } } } },
            true,
          ),
      },
    });
  nodes.push(
    h(
      'fieldset',
      { class: 'field', attrs: { 'aria-describedby': 'targets-hint' } },
      h('legend', null, w.options.targets),
      h(
        'table',
        { class: 'targets' },
        h(
          'thead',
          null,
          h('tr', null, ...[t.targetPriority, t.targetResponse, t.targetResolution].map((x) => h('th', null, x))),
        ),
        h(
          'tbody',
          null,
          ...rows.map((r) =>
            h(
              'tr',
              null,
              h('th', { attrs: { scope: 'row' } }, r.priority),
              h('td', null, cellInput(r.priority, 'response', r.response, t.targetResponse)),
              h('td', null, cellInput(r.priority, 'resolution', r.resolution, t.targetResolution)),
            ),
          ),
        ),
      ),
      h('span', { class: 'hint', attrs: { id: 'targets-hint' } }, w.options.targetsHelp),
      badTarget ? h('span', { class: 'field-error' }, w.pane.badTarget) : null,
    ),
  );
  return nodes;
}

function summary(state: WizardState, w: Wizard): HTMLElement {
  const o = state.options;
  const f = optionFields(state.template);
  const checked = state.checked.status === 'done' && needsData(state.template) ? state.checked.value : null;
  return h(
    'ul',
    { class: 'facts', attrs: { 'aria-label': w.pane.buildTitle } },
    fact(w.steps.template, state.template ? templateName(w, state.template) : ''),
    fact(w.steps.data, checked ? whereData(checked, w) : w.pane.dataNone),
    f.period ? fact(w.options.period, o.period.trim() || w.options.periodLatest) : null,
    f.window ? fact(w.options.window, String(o.months)) : null,
    f.endpoints && o.endpoints.trim() ? fact(w.options.endpoints, o.endpoints.trim()) : null,
    f.contract && o.contract.businessHours.trim()
      ? fact(w.options.businessHours, o.contract.businessHours.trim())
      : null,
    f.contract && o.contract.holidays.trim() ? fact(w.options.holidays, o.contract.holidays.trim()) : null,
    f.currency ? fact(w.options.currency, o.currency.trim()) : null,
    fact(w.options.language, messages(state.ui).languages[o.language]),
  );
}

function buildsSection(state: WizardState, w: Wizard, on: Handlers): HTMLElement {
  const b = state.builds;
  const r = state.run?.kind === 'refresh' ? state.run : null;
  const list =
    b.status === 'failed'
      ? message('error', b.error)
      : b.status !== 'done'
        ? progress(w.pane.checking)
        : b.value.length === 0
          ? h('p', { class: 'muted' }, w.pane.noBuilds)
          : h('ul', { class: 'builds' }, ...b.value.map((built) => buildItem(built, state, w, on)));
  return h(
    'section',
    { class: 'section', attrs: { 'aria-labelledby': 'builds-title' } },
    h('h3', { class: 'section-title', attrs: { id: 'builds-title' } }, w.pane.buildsTitle),
    h('p', { class: 'muted' }, w.pane.buildsHelp),
    list,
    r?.result.status === 'busy' ? progress(format(w.pane.refreshing, { sheet: r.sheet ?? '' })) : null,
    r?.result.status === 'failed' ? message('error', r.result.error, undefined, 'alert', true) : null,
    r?.result.status === 'done'
      ? message(
          'success',
          r.result.value.report,
          format(w.build.refreshed, { sheet: r.result.value.sheetName }),
          undefined,
          true,
        )
      : null,
  );
}

function buildItem(built: BuiltSheet, state: WizardState, w: Wizard, on: Handlers): HTMLElement {
  const s = built.settings;
  return h(
    'li',
    null,
    h(
      'span',
      { class: 'name' },
      h('span', null, built.sheetName),
      h('span', { class: 'muted' }, `${templateName(w, s.template)} · ${messages(state.ui).languages[s.language]}`),
    ),
    button(w.buttons.refresh, {
      key: `refresh:${built.sheetName}`,
      small: true,
      icon: 'refresh',
      label: format(w.pane.refreshLabel, { sheet: built.sheetName }),
      disabled: running(state),
      onClick: () => on.refresh(built.sheetName),
    }),
  );
}

// ---- shared pieces ---------------------------------------------------------------------------

interface Card<T extends string> {
  readonly value: T;
  readonly title: string;
  readonly help: string;
  readonly icon: IconName;
}

/**
 * A WAI-ARIA radio group drawn as Fluent cards: one tab stop (the checked card, else the first),
 * arrow keys move and select, Enter and Space select (native button activation).
 */
function radioCards<T extends string>(o: {
  group: string;
  label: string;
  items: readonly Card<T>[];
  selected: T | null;
  onSelect: (v: T) => void;
  invalid?: boolean;
  disabled?: boolean;
}): HTMLElement {
  const focusable = o.selected ?? o.items[0]?.value;
  const move = (from: number, delta: number): void => {
    const next = o.items[(from + delta + o.items.length) % o.items.length];
    if (!next) return;
    o.onSelect(next.value);
    // The group was re-rendered: focus follows the selection, as in a native radio group.
    document.querySelector<HTMLElement>(`[data-key="${o.group}:${next.value}"]`)?.focus();
  };
  return h(
    'div',
    { class: 'cards', attrs: { role: 'radiogroup', 'aria-label': o.label, 'aria-invalid': o.invalid ? 'true' : null } },
    ...o.items.map((item, i) =>
      h(
        'button',
        {
          class: 'card',
          attrs: {
            type: 'button',
            role: 'radio',
            'aria-checked': String(item.value === o.selected),
            tabindex: item.value === focusable ? 0 : -1,
            'data-key': `${o.group}:${item.value}`,
            'aria-disabled': o.disabled ? 'true' : null,
          },
          on: {
            click: () => {
              if (!o.disabled) o.onSelect(item.value);
            },
            keydown: (e) => {
              if (o.disabled) return;
              const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[e.key];
              if (step === undefined) return;
              e.preventDefault();
              move(i, step);
            },
          },
        },
        h('span', { class: 'card-icon' }, icon(ICONS[item.icon])),
        h(
          'span',
          { class: 'card-text' },
          h('span', { class: 'card-title' }, item.title),
          h('span', { class: 'card-help' }, item.help),
        ),
        h('span', { class: 'card-check', attrs: { 'aria-hidden': 'true' } }),
      ),
    ),
  );
}

function button(
  text: string,
  o: {
    key: string;
    onClick: () => void;
    primary?: boolean;
    small?: boolean;
    disabled?: boolean;
    icon?: IconName;
    label?: string;
  },
): HTMLButtonElement {
  return h(
    'button',
    {
      class: ['btn', o.primary && 'primary', o.small && 'small'],
      attrs: { type: 'button', 'data-key': o.key, 'aria-label': o.label ?? null },
      props: { disabled: !!o.disabled },
      on: { click: o.onClick },
    },
    o.icon ? icon(ICONS[o.icon], 16) : null,
    text,
  );
}

/** `runResult` marks the outcome of a build or refresh, which the controller scrolls into view. */
function message(
  kind: 'info' | 'success' | 'warning' | 'error',
  body: string | readonly string[],
  title?: string,
  role?: 'alert',
  runResult = false,
): HTMLElement {
  const lines = typeof body === 'string' ? [body] : body;
  return h(
    'div',
    { class: ['message', kind], attrs: { role: role ?? null, 'data-run-result': runResult } },
    icon(ICONS[kind], 16),
    h(
      'div',
      { class: 'message-body' },
      title ? h('div', { class: 'message-title' }, title) : null,
      lines.length === 1 && !title ? lines[0] : h('ul', null, ...lines.map((l) => h('li', null, l))),
    ),
  );
}

function progress(label: string): HTMLElement {
  return h(
    'div',
    { class: 'progress' },
    h('div', { class: 'progress-label' }, label),
    h(
      'div',
      { class: 'progress-track', attrs: { role: 'progressbar', 'aria-label': label } },
      h('div', { class: 'progress-bar' }),
    ),
  );
}

/** The step's validation problems after a refused Next (the fields' own errors excepted). */
function problems(state: WizardState, w: Wizard, shownAtFields: readonly string[] = []): HTMLElement[] {
  const rest = state.problems.filter((p) => !shownAtFields.includes(p));
  return rest.length
    ? [
        message(
          'error',
          rest.map((p) => w.pane[p]),
        ),
      ]
    : [];
}
