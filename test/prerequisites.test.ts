import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { type Probes, plan, which } from '../scripts/prerequisites';

/** A machine with exactly these commands. */
const machine = (commands: string[], isRoot: boolean): Probes => ({ has: (c) => commands.includes(c), isRoot });

describe("npm test's prerequisites", () => {
  it('are met by Debian’s Chromium or a chromium on PATH, with soffice and pdftoppm', () => {
    expect(plan(machine(['/usr/bin/chromium', 'soffice', 'pdftoppm'], false))).toEqual({ kind: 'ready' });
    expect(plan(machine(['chromium', 'soffice', 'pdftoppm'], false))).toEqual({ kind: 'ready' });
  });

  it('as root with apt-get: installs what is missing, and only that', () => {
    expect(plan(machine(['apt-get'], true))).toEqual({
      kind: 'install',
      packages: ['chromium', 'libreoffice-calc-nogui', 'poppler-utils'],
    });
    expect(plan(machine(['apt-get', 'chromium', 'pdftoppm'], true))).toEqual({
      kind: 'install',
      packages: ['libreoffice-calc-nogui'],
    });
    expect(plan(machine(['apt-get', 'soffice', 'pdftoppm'], true))).toEqual({
      kind: 'install',
      packages: ['chromium'],
    });
  });

  it('without root: stops with one line naming the sudo command', () => {
    const out = plan(machine(['apt-get', '/usr/bin/chromium', 'pdftoppm'], false));
    expect(out).toEqual({
      kind: 'stop',
      message:
        'npm test needs LibreOffice (soffice), which this machine lacks; run: ' +
        'sudo apt-get update && sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui',
    });
  });

  it('without apt-get, even as root: stops with one line naming both and the Debian command', () => {
    const out = plan(machine([], true));
    expect(out.kind).toBe('stop');
    const message = out.kind === 'stop' ? out.message : '';
    expect(message).not.toContain('\n');
    expect(message).toBe(
      'npm test needs Chromium (/usr/bin/chromium or chromium) and LibreOffice (soffice) and poppler (pdftoppm), ' +
        "which this machine lacks; install them with your system's package manager (Debian: apt-get update && " +
        'apt-get install -y --no-install-recommends chromium libreoffice-calc-nogui poppler-utils)',
    );
  });

  describe('which', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'msp-which-'));
    const other = mkdtempSync(path.join(tmpdir(), 'msp-which-'));
    writeFileSync(path.join(dir, 'tool'), '#!/bin/sh\n');
    chmodSync(path.join(dir, 'tool'), 0o755);
    writeFileSync(path.join(other, 'tool'), 'not executable');
    writeFileSync(path.join(other, 'plain'), 'not executable');
    afterAll(() => [dir, other].forEach((d) => rmSync(d, { recursive: true, force: true })));

    it('finds the first executable of that name on PATH, skipping files that cannot run', () => {
      const envPath = [other, dir].join(path.delimiter);
      expect(which('tool', envPath)).toBe(path.join(dir, 'tool'));
      expect(which('plain', envPath)).toBeUndefined();
      expect(which('absent', envPath)).toBeUndefined();
    });

    it('takes an absolute path as it is', () => {
      expect(which(path.join(dir, 'tool'), '')).toBe(path.join(dir, 'tool'));
      expect(which(path.join(other, 'absent'), dir)).toBeUndefined();
    });
  });
});
