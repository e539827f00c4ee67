import { messages } from '../../core/i18n';
import type * as ExcelSide from '../excel';
import { plainWords } from '../excel/failure';
import { h } from './dom';
import { type Action, buildRequest, type Checked, initialState, reduce, type WizardState } from './state';
import { announcement, type Handlers, view } from './view';

/** The Excel side as the pane uses it (src/taskpane/excel); tests may pass another. */
export type WizardApi = Pick<
  typeof ExcelSide,
  'inspectSelection' | 'listTables' | 'inspectTable' | 'writeSample' | 'build' | 'listBuilds' | 'refresh'
>;

/**
 * Runs the wizard in `root`: holds the state, turns handler calls into actions and Excel calls,
 * and re-renders. Re-rendering replaces the DOM, so focus is carried over by `data-key` and the
 * screen-reader announcements live in two regions outside the re-rendered part.
 */
export function startWizard(root: HTMLElement, api: WizardApi, officeLanguage: string | undefined): void {
  let state: WizardState = initialState(officeLanguage);
  const app = h('div', { class: 'wizard' });
  const polite = h('div', { class: 'visually-hidden', attrs: { role: 'status', 'aria-live': 'polite' } });
  const alert = h('div', { class: 'visually-hidden', attrs: { role: 'alert' } });
  root.replaceChildren(app, polite, alert);
  root.removeAttribute('aria-busy');
  document.documentElement.lang = state.ui;
  document.title = messages(state.ui).wizard.title;

  // Answers that arrive after the user changed their mind are dropped.
  let checkSeq = 0;

  const dispatch = (action: Action): void => {
    const before = state;
    state = reduce(state, action);
    render(before);
  };

  const render = (before: WizardState): void => {
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.['key'];
    const scroll = app.querySelector('[data-scroll]')?.scrollTop ?? 0;
    app.replaceChildren(view(state, handlers));
    const content = app.querySelector('[data-scroll]');
    if (before.step !== state.step) {
      // A new step: start at its top and move focus to its heading, which is then read out.
      app.querySelector<HTMLElement>('[data-key="step-title"]')?.focus();
    } else {
      if (content) content.scrollTop = scroll;
      if (focused) app.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`)?.focus();
      // A refused Next: take the user to what needs fixing.
      if (state.problems.length && state.problems !== before.problems)
        app.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      // Fresh findings sit below the source cards: bring them into view in a short pane.
      if (state.checked.status === 'done' && before.checked.status !== 'done')
        app.querySelector('#detected-title')?.scrollIntoView({ block: 'start' });
      if (before.run?.result.status === 'busy' && state.run?.result.status !== 'busy')
        app.querySelector('[data-run-result]')?.scrollIntoView({ block: 'nearest' });
    }
    const said = announcement(state);
    if (polite.textContent !== said.polite) polite.textContent = said.polite;
    if (alert.textContent !== said.alert) alert.textContent = said.alert;
  };

  const failed = (e: unknown) => ({ status: 'failed', error: plainWords(e, state.ui) }) as const;

  type Read = { readonly ok: true; readonly value: Checked } | { readonly ok: false; readonly error: string };
  const fromInspection = (r: ExcelSide.SourceInspection): Read =>
    r.ok ? { ok: true, value: { source: r.source, address: r.address, inspection: r.inspection } } : r;

  const check = async (read: () => Promise<Read>): Promise<void> => {
    const seq = ++checkSeq;
    dispatch({ type: 'checked', result: { status: 'busy' } });
    const r = await read().catch((e: unknown): Read => ({ ok: false, error: plainWords(e, state.ui) }));
    if (seq !== checkSeq) return;
    dispatch({
      type: 'checked',
      result: r.ok ? { status: 'done', value: r.value } : { status: 'failed', error: r.error },
    });
  };

  const checkSelection = (): Promise<void> =>
    check(async () => fromInspection(await api.inspectSelection(state.template!, state.ui)));

  const loadTables = async (): Promise<void> => {
    if (state.tables.status === 'busy') return;
    dispatch({ type: 'tables', result: { status: 'busy' } });
    try {
      dispatch({ type: 'tables', result: { status: 'done', value: await api.listTables() } });
    } catch (e) {
      dispatch({ type: 'tables', result: failed(e) });
    }
  };

  const loadBuilds = async (): Promise<void> => {
    try {
      dispatch({ type: 'builds', result: { status: 'done', value: await api.listBuilds() } });
    } catch (e) {
      dispatch({ type: 'builds', result: failed(e) });
    }
  };

  /** What a data source needs once chosen: the selection and a table are read at once. */
  const onSourceReady = (): void => {
    if (state.step !== 'data' || state.checked.status !== 'idle') return;
    if (state.sourceKind === 'selection') void checkSelection();
    if (state.sourceKind === 'table') {
      if (state.tables.status === 'idle') void loadTables();
      if (state.table)
        void check(async () => fromInspection(await api.inspectTable(state.table!, state.template!, state.ui)));
    }
  };

  const handlers: Handlers = {
    chooseTemplate: (template) => dispatch({ type: 'chooseTemplate', template }),
    chooseSource: (kind) => {
      checkSeq++;
      dispatch({ type: 'chooseSource', kind });
      onSourceReady();
    },
    chooseTable: (name) => {
      dispatch({ type: 'chooseTable', name });
      onSourceReady();
    },
    checkAgain: () => void checkSelection(),
    writeSample: () => {
      const template = state.template!;
      // Named in the labels' language. The new sheet becomes the active one with A1 selected, so
      // reading the selection's region reads back exactly what was written, as the build will.
      void check(async (): Promise<Read> => {
        const written = await api.writeSample(template, state.options.language);
        if (!written.ok) return written;
        const r = await api.inspectSelection(template, state.ui);
        if (!r.ok) return r;
        return {
          ok: true,
          value: {
            source: { kind: 'range', ref: written.address },
            address: written.address,
            inspection: r.inspection,
            sampleSheet: written.sheetName,
          },
        };
      });
    },
    setOption: (patch, typing) => {
      if (typing) state = reduce(state, { type: 'setOption', patch });
      else dispatch({ type: 'setOption', patch });
    },
    setLanguage: (language) => dispatch({ type: 'setLanguage', language }),
    next: () => {
      dispatch({ type: 'next' });
      if (state.step === 'data') onSourceReady();
    },
    back: () => dispatch({ type: 'back' }),
    goTo: (step) => dispatch({ type: 'goTo', step }),
    build: async () => {
      dispatch({ type: 'run', kind: 'build', sheet: null, result: { status: 'busy' } });
      const outcome = await api
        .build(buildRequest(state), undefined, state.ui)
        .catch((e: unknown) => ({ ok: false as const, error: plainWords(e, state.ui), syncs: 0 }));
      dispatch({
        type: 'run',
        kind: 'build',
        sheet: outcome.ok ? outcome.sheetName : null,
        result: { status: 'done', value: outcome },
      });
      await loadBuilds();
    },
    refresh: async (sheet) => {
      dispatch({ type: 'run', kind: 'refresh', sheet, result: { status: 'busy' } });
      const outcome = await api
        .refresh(sheet, state.ui)
        .catch((e: unknown) => ({ ok: false as const, error: plainWords(e, state.ui), syncs: 0 }));
      dispatch({ type: 'run', kind: 'refresh', sheet, result: { status: 'done', value: outcome } });
      await loadBuilds();
    },
    startOver: () => dispatch({ type: 'startOver' }),
  };

  render(state);
  void loadBuilds();
}
