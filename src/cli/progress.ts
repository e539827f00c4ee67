import { MSG, type Say } from './messages';

/** How far the reading of an input is, shown on a terminal when a read takes a while. */
export interface Progress {
  start(name: string, total: number): void;
  /** `done` of `total` units (bytes). */
  update(done: number): void;
  done(): void;
}

export const noProgress: Progress = { start() {}, update() {}, done() {} };

/** Nothing is shown for reads shorter than this: a line that flashes by is noise. */
const SHOW_AFTER_MS = 2000;
const REDRAW_MS = 250;

/**
 * A progress line rewritten in place (`\r`, erase to end of line) and erased when the read ends,
 * so the report printed after it starts on a clean line; worded by `say`, in the run's language.
 */
export function lineProgress(write: (text: string) => void, say: Say, now: () => number = Date.now): Progress {
  let name = '';
  let total = 0;
  let started = 0;
  let drawn = 0;
  let shown = false;
  return {
    start(n, t) {
      name = n;
      total = t;
      started = now();
      drawn = 0;
    },
    update(done) {
      const t = now();
      if (t - started < SHOW_AFTER_MS || t - drawn < REDRAW_MS) return;
      drawn = t;
      shown = true;
      const percent = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
      write(`\r${say(MSG.progress(name, percent))}\u001b[K`);
    },
    done() {
      if (shown) write('\r\u001b[K');
      shown = false;
    },
  };
}
