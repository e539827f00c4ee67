/**
 * How the Excel side reaches Excel: every exported operation takes a `run` with `Excel.run`'s shape,
 * so tests (jest fakes, the browser test's recording fake) drive the same code without Office.
 */
export type RunFn = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Excel.run`, looked up when called (not at import) so modules load without Office present. */
export const excelRun: RunFn = (batch) => Excel.run(batch);

/** A request context whose syncs are counted, and the count so far. */
export interface CountedContext {
  readonly context: Excel.RequestContext;
  readonly syncs: () => number;
}

/**
 * Wraps a context so that every sync made through it is counted: an operation that reports its syncs
 * (the budget is the point of the design) hands only the wrapped context to its steps, so no step —
 * a rollback, a chunked write — can sync past the count.
 */
export function countSyncs(context: Excel.RequestContext): CountedContext {
  let n = 0;
  const sync = async (): Promise<void> => {
    n++;
    await context.sync();
  };
  const counted = new Proxy(context, { get: (target, prop) => (prop === 'sync' ? sync : Reflect.get(target, prop)) });
  return { context: counted, syncs: () => n };
}
