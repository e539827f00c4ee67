/** The page and bundle policies, shared by the security tests and the browser test (which checks the built page). */
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com';

/** The CSP of a page's `<meta http-equiv="Content-Security-Policy">`, as directive → sources. */
function cspOf(html: string): Map<string, string[]> | undefined {
  // The built page is minified: attribute values may lose their quotes.
  const meta = /<meta\b[^>]*http-equiv\s*=\s*["']?Content-Security-Policy["']?[\s>][^>]*>?/i.exec(html)?.[0];
  const content = meta && /\bcontent\s*=\s*"([^"]*)"/i.exec(meta)?.[1];
  if (!content) return undefined;
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

export function checkPage(html: string): void {
  const csp = cspOf(html);
  expect(csp).toBeDefined();
  const script = csp!.get('script-src') ?? csp!.get('default-src');
  expect(script).toBeDefined();
  // Only our own origin and the Office.js CDN may provide scripts: no eval, no inline, no wildcard.
  expect([...script!].sort()).toEqual(["'self'", OFFICE_CDN].sort());
  for (const [name, sources] of csp!) {
    expect({ directive: name, unsafeEval: sources.includes("'unsafe-eval'") }).toEqual({
      directive: name,
      unsafeEval: false,
    });
    expect({
      directive: name,
      wildcard: sources.some(
        (s) => s === '*' || s === 'https:' || s === 'http:' || (s === 'data:' && name === 'script-src'),
      ),
    }).toEqual({ directive: name, wildcard: false });
  }
  expect(csp!.get('default-src')).toEqual(["'self'"]);
  expect(csp!.get('object-src')).toEqual(["'none'"]);
  // Every external script tag is allowed by the policy (otherwise the page breaks or someone widened it silently).
  for (const m of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*"(https?:[^"]+)"/gi))
    expect(m[1]!.startsWith(`${OFFICE_CDN}/`)).toBe(true);
  // No inline script bodies: the policy would block them, and they would be an injection point.
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi))
    expect({ attrs: m[1], body: m[2]!.trim() }).toEqual({ attrs: m[1], body: '' });
}

/** Code built from strings: the CSP forbids it, so the shipped bundles must not contain it. */
export const BUNDLE_EVAL = /\beval\s*\(|\bnew Function\s*\(/;
