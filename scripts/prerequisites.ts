/**
 * `npm test`'s first step: the system software the tests drive (headless Chromium for the task pane,
 * LibreOffice for the .xlsx files) must be there before hundreds of tests try to use it. What is
 * missing is installed when this machine allows it (root and apt-get); otherwise the run stops at
 * once with one line naming the command to run.
 */
import { spawnSync } from 'child_process';
import { accessSync, constants } from 'fs';
import * as path from 'path';

/** What the decision needs to know about the machine (injected by the tests). */
export interface Probes {
  /** Whether a command is there: an absolute path that exists, or a name on PATH. */
  readonly has: (command: string) => boolean;
  readonly isRoot: boolean;
}

interface Prerequisite {
  readonly what: string;
  /** Any one of these commands will do. */
  readonly commands: readonly string[];
  readonly debianPackage: string;
}

export const PREREQUISITES: readonly Prerequisite[] = [
  { what: 'Chromium', commands: ['/usr/bin/chromium', 'chromium'], debianPackage: 'chromium' },
  { what: 'LibreOffice', commands: ['soffice'], debianPackage: 'libreoffice-calc-nogui' },
  { what: 'poppler', commands: ['pdftoppm'], debianPackage: 'poppler-utils' },
];

export type Plan =
  | { readonly kind: 'ready' }
  | { readonly kind: 'install'; readonly packages: readonly string[] }
  | { readonly kind: 'stop'; readonly message: string };

/** The apt-get command that installs `packages`, as a user would type it. */
export const aptCommand = (packages: readonly string[], sudo: boolean): string => {
  const s = sudo ? 'sudo ' : '';
  return `${s}apt-get update && ${s}apt-get install -y --no-install-recommends ${packages.join(' ')}`;
};

export const missing = (probes: Probes): Prerequisite[] =>
  PREREQUISITES.filter((p) => !p.commands.some((c) => probes.has(c)));

/** Ready, install (root with apt-get), or stop with the one line that says what to run. */
export function plan(probes: Probes): Plan {
  const absent = missing(probes);
  if (absent.length === 0) return { kind: 'ready' };
  const packages = absent.map((p) => p.debianPackage);
  const apt = probes.has('apt-get');
  if (apt && probes.isRoot) return { kind: 'install', packages };
  const what = absent.map((p) => `${p.what} (${p.commands.join(' or ')})`).join(' and ');
  const how = apt
    ? `run: ${aptCommand(packages, true)}`
    : `install ${absent.length > 1 ? 'them' : 'it'} with your system's package manager (Debian: ${aptCommand(packages, false)})`;
  return { kind: 'stop', message: `npm test needs ${what}, which this machine lacks; ${how}` };
}

/** Where a command is: the path itself when absolute, else the first executable of that name on PATH. */
export function which(command: string, envPath = process.env['PATH'] ?? ''): string | undefined {
  const candidates = path.isAbsolute(command)
    ? [command]
    : envPath
        .split(path.delimiter)
        .filter(Boolean)
        .map((dir) => path.join(dir, command));
  return candidates.find((file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Chromium's path for the browser test: Debian's /usr/bin/chromium, else `chromium` on PATH. */
export const chromiumPath = (): string | undefined =>
  PREREQUISITES[0]!.commands.map((c) => which(c)).find((found) => found !== undefined);

const machine = (): Probes => ({ has: (c) => which(c) !== undefined, isRoot: process.getuid?.() === 0 });

/** Runs apt-get quietly; on failure prints the end of its output. Returns whether it succeeded. */
function aptInstall(packages: readonly string[]): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', ...packages],
  ]) {
    const r = spawnSync('apt-get', args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) {
      const out = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}`.trim().split('\n');
      console.error(`apt-get ${args[0]} failed:\n${out.slice(-15).join('\n')}`);
      return false;
    }
  }
  return true;
}

function main(): number {
  const first = plan(machine());
  if (first.kind === 'ready') return 0;
  if (first.kind === 'stop') {
    console.error(first.message);
    return 1;
  }
  console.log(`Installing the test prerequisites: ${first.packages.join(', ')} (apt-get)…`);
  if (aptInstall(first.packages) && plan(machine()).kind === 'ready') return 0;
  console.error(
    `npm test could not install ${first.packages.join(' and ')}; run: ${aptCommand(first.packages, false)}`,
  );
  return 1;
}

if (require.main === module) process.exit(main());
