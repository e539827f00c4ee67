import { spawnSync } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';

/** The installed command, run as a user runs it: node on bin/msp-kpi.js, compiled code only. */
const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'msp-kpi.js');

describe('bin/msp-kpi.js', () => {
  it('runs the compiled JavaScript, loading neither tsx nor a .ts file', () => {
    // NODE_DEBUG=module makes node log every module it loads on stderr.
    const r = spawnSync(process.execPath, [BIN, '--help'], {
      encoding: 'utf8',
      // The help follows the system's language: C is English.
      env: { ...process.env, NODE_DEBUG: 'module', NODE_OPTIONS: '', LC_ALL: 'C' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^msp-kpi — MSP KPIs/);
    const loaded = [...r.stderr.matchAll(/load "([^"]+)"/g)].map((m) => m[1]!);
    expect(loaded).toContain(path.join(ROOT, 'build', 'cli', 'main.js'));
    expect(loaded.filter((f) => f.endsWith('.ts') || f.includes(`${path.sep}tsx${path.sep}`))).toEqual([]);
  });

  it('says how to build when the compiled code is missing', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'msp-bin-'));
    mkdirSync(path.join(copy, 'bin'));
    copyFileSync(BIN, path.join(copy, 'bin', 'msp-kpi.js'));
    const r = spawnSync(process.execPath, [path.join(copy, 'bin', 'msp-kpi.js'), '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(70);
    expect(r.stderr).toMatch(/compiled command line .* is missing; run "npm run build:cli"/);
  });
});
