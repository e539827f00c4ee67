import { readdirSync, rmSync } from 'fs';
import * as path from 'path';
import { MSG, type Say, sayInEnglish } from './messages';

/**
 * Temporary files the CLI writes beside its output, named `.<target>.<pid>.<stamp>.tmp`, removed on
 * every exit path: by their writer when it finishes or fails, by a signal handler on Ctrl-C or
 * `kill`, and, for a run killed outright (`kill -9`, power loss), by the next write to the same
 * folder, which removes those whose process is gone.
 */

const live = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** Exit status of a process ended by a signal, as a shell reports it. */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

function removeLive(): void {
  for (const file of live) rmSync(file, { force: true });
  live.clear();
}

let onSignal: ((signal: (typeof SIGNALS)[number]) => void) | null = null;
/** The words of the last run to claim a file: one process runs one command. */
let sayInterrupted: Say = sayInEnglish;

function installHandlers(say: Say): void {
  sayInterrupted = say;
  if (onSignal) return;
  onSignal = (signal) => {
    removeLive();
    process.stderr.write(`msp-kpi: ${sayInterrupted(MSG.interrupted(signal))}\n`);
    process.exit(SIGNAL_EXIT[signal]);
  };
  for (const s of SIGNALS) process.once(s, onSignal);
}

/**
 * A new temporary name for `target`, removed if the process is interrupted before `release` (which
 * is then said in the words of `say`).
 */
export function claimTemp(target: string, say: Say): string {
  installHandlers(say);
  const file = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`,
  );
  live.add(file);
  return file;
}

/** Forgets a temporary file its writer has removed or renamed. */
export function releaseTemp(file: string): void {
  live.delete(file);
}

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes the temporary files of `target` left by runs that no longer exist. */
export function removeStaleTemps(target: string): void {
  const prefix = `.${path.basename(target)}.`;
  const dir = path.dirname(target);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isRunning(pid))
      rmSync(path.join(dir, name), { force: true });
  }
}
