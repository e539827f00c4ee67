import { type ChildProcess, spawn } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { sayInEnglish } from './messages';
import { writeNewFile } from './outputFile';

/**
 * The real process is interrupted here, so the child runs the compiled CLI modules (build/, made by
 * `npm run build:cli`, which `npm test` runs first).
 */
const BUILD = path.join(__dirname, '..', '..', 'build', 'cli');

/** A child that starts writing a temporary file for `target` and waits to be killed. */
function halfWritten(target: string): Promise<{ child: ChildProcess; tmp: string }> {
  const script = `
    const fs = require('fs');
    const { sayInEnglish } = require(${JSON.stringify(path.join(BUILD, 'messages.js'))});
    const tmp = require(${JSON.stringify(path.join(BUILD, 'tempFiles.js'))}).claimTemp(${JSON.stringify(target)}, sayInEnglish);
    fs.writeFileSync(tmp, 'half a workbook');
    process.stdout.write(tmp + '\\n');
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', (d: Buffer) => resolve({ child, tmp: d.toString().trim() }));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`child exited early (${code})`)));
  });
}
const ended = (child: ChildProcess): Promise<{ code: number | null; signal: string | null; err: string }> => {
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, err })));
};

describe('temporary files beside the output', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'msp-tmp-'));

  it('are removed when the run is interrupted (SIGTERM, Ctrl-C)', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const { child, tmp } = await halfWritten(path.join(dir, `report-${signal}.xlsx`));
      expect(existsSync(tmp)).toBe(true);
      const end = ended(child);
      child.kill(signal);
      const { code, err } = await end;
      expect(code).toBe(signal === 'SIGTERM' ? 143 : 130);
      expect(err).toMatch(new RegExp(`interrupted \\(${signal}\\)`));
      expect(existsSync(tmp)).toBe(false);
    }
  });

  it('left by a run killed outright (kill -9) are removed by the next write, not those of a live run', async () => {
    const target = path.join(dir, 'report.xlsx');
    const killed = await halfWritten(target);
    const end = ended(killed.child);
    killed.child.kill('SIGKILL');
    await end;
    expect(existsSync(killed.tmp)).toBe(true);
    const live = await halfWritten(target);
    try {
      await writeNewFile(target, new TextEncoder().encode('workbook'), false, sayInEnglish);
      expect(readFileSync(target, 'utf8')).toBe('workbook');
      expect(existsSync(killed.tmp)).toBe(false);
      expect(existsSync(live.tmp)).toBe(true);
    } finally {
      const liveEnd = ended(live.child);
      live.child.kill('SIGTERM');
      await liveEnd;
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
