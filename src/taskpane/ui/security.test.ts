import * as fs from 'fs';
import * as path from 'path';

/*
 * Static guards for the task pane page (issue 6): the browser test proves the page runs under its
 * CSP without a violation; these say the CSP is the strict one and our code keeps away from the
 * APIs that CSP exists to stop.
 */

const SRC = path.resolve(__dirname, '..', '..');
const html = fs.readFileSync(path.join(SRC, 'taskpane', 'taskpane.html'), 'utf8');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
  });
}

function csp(): Map<string, string[]> {
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!m) throw new Error('taskpane.html has no Content-Security-Policy meta tag');
  return new Map(
    m[1]!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map((d) => [d[0]!, d.slice(1)]),
  );
}

describe('task pane security', () => {
  it('has a strict CSP: scripts only from the page and the Office.js CDN, no eval, no plugins, no base or form targets', () => {
    const policy = csp();
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    const anywhere = [...policy.values()].flat();
    expect(anywhere.filter((s) => ["'unsafe-eval'", "'wasm-unsafe-eval'", '*', 'https:', 'http:'].includes(s))).toEqual(
      [],
    );
    // Only connect to ourselves and Office.js's own CDN.
    expect(policy.get('connect-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
  });

  it('loads Office.js from Microsoft’s CDN and has no inline script or inline event handler', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.map((s) => /src="([^"]+)"/.exec(s[1]!)?.[1])).toEqual([
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
    ]);
    expect(scripts.every((s) => s[2]!.trim() === '')).toBe(true);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });

  it('never evaluates strings as code nor writes HTML from strings anywhere in src/', () => {
    const offenders = sources(SRC).flatMap((file) => {
      const text = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      return [
        /\beval\s*\(/,
        /\bnew\s+Function\s*\(/,
        /\bsetTimeout\s*\(\s*['"`]/,
        /\.innerHTML\b/,
        /\.outerHTML\b/,
        /insertAdjacentHTML/,
        /document\.write/,
      ]
        .filter((re) => re.test(text))
        .map((re) => `${path.relative(SRC, file)}: ${re.source}`);
    });
    expect(offenders).toEqual([]);
  });
});
