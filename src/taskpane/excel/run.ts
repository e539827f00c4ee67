/**
 * How the Excel side reaches Excel: every exported operation takes a `run` with `Excel.run`'s shape,
 * so tests (jest fakes, the browser test's recording fake) drive the same code without Office.
 */
export type RunFn = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Excel.run`, looked up when called (not at import) so modules load without Office present. */
export const excelRun: RunFn = (batch) => Excel.run(batch);
