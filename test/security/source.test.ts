import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Static checks of our own source: no code built from strings (eval, new Function, string timers)
 * anywhere in src/, and in the task pane no API that parses text as HTML, so workbook text (a
 * customer called `<img src=x onerror=alert(1)>`) can only ever be shown as text. The browser test
 * of the wizard renders such a name; this test keeps the APIs out in the first place.
 */
const ROOT = path.join(__dirname, '..', '..');

function filesUnder(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    // Tests do not ship (and name the patterns they look for).
    return statSync(p).isDirectory() ? filesUnder(p, ext) : ext.test(name) && !/\.test\.ts$/.test(name) ? [p] : [];
  });
}

/** Comments removed (a comment may name what it avoids), strings and code kept. */
const code = (file: string): string =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

function offenders(files: readonly string[], pattern: RegExp): string[] {
  return files.flatMap((f) =>
    code(f)
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${path.relative(ROOT, f)}:${i + 1}: ${line.trim()}`] : [])),
  );
}

const EVAL = /\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*['"`]|\bset(?:Timeout|Interval)\s*\(\s*['"`]/;
const HTML_SINKS =
  /\.(?:innerHTML|outerHTML)\b|\binsertAdjacentHTML\s*\(|\bdocument\.write(?:ln)?\s*\(|\bcreateContextualFragment\s*\(|\bDOMParser\b|\bsrcdoc\b/;

describe('source security', () => {
  const src = filesUnder(path.join(ROOT, 'src'), /\.(ts|js)$/);
  const taskpane = filesUnder(path.join(ROOT, 'src', 'taskpane'), /\.(ts|js|html)$/);

  it('scans a non-trivial source tree', () => {
    expect(src.length).toBeGreaterThan(20);
    expect(taskpane.length).toBeGreaterThan(0);
  });

  it('no eval, new Function or string timers in src/', () => {
    expect(offenders(src, EVAL)).toEqual([]);
  });

  it('no HTML-parsing DOM API in the task pane', () => {
    expect(offenders(taskpane, HTML_SINKS)).toEqual([]);
  });

  it('the patterns catch what they are meant to', () => {
    for (const bad of [
      'eval(x)',
      'new Function("a", "return a")',
      'setTimeout("go()", 1)',
      'el.innerHTML = name',
      'x.outerHTML=y',
      "el.insertAdjacentHTML('beforeend', s)",
      'document.write(s)',
    ]) {
      expect({ bad, caught: EVAL.test(bad) || HTML_SINKS.test(bad) }).toEqual({ bad, caught: true });
    }
    for (const fine of ['evaluate(spec, args)', 'el.textContent = name', 'retrieval(x)', 'setTimeout(tick, 10)']) {
      expect({ fine, caught: EVAL.test(fine) || HTML_SINKS.test(fine) }).toEqual({ fine, caught: false });
    }
  });
});
