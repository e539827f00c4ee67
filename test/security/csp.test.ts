import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OFFICE_CDN, checkPage } from './policies';

/**
 * The task pane page (the shared runtime: task pane + custom functions) carries a strict Content
 * Security Policy: scripts only from our origin and Microsoft's Office.js CDN, no eval, no inline
 * script, no plugins. Checked here on the page template; the browser test checks the page the build emits
 * (html-webpack-plugin must keep the meta tag).
 */
const ROOT = path.join(__dirname, '..', '..');
describe('task pane Content Security Policy', () => {
  it('the page template has a strict CSP', () => {
    checkPage(readFileSync(path.join(ROOT, 'src', 'taskpane', 'taskpane.html'), 'utf8'));
  });

  it('the check rejects a weakened policy', () => {
    const page = (csp: string) => `<meta http-equiv="Content-Security-Policy" content="${csp}">`;
    expect(() =>
      checkPage(page(`default-src 'self'; script-src 'self' ${OFFICE_CDN} 'unsafe-eval'; object-src 'none'`)),
    ).toThrow();
    expect(() =>
      checkPage(page(`default-src 'self'; script-src 'self' ${OFFICE_CDN} https://evil.example; object-src 'none'`)),
    ).toThrow();
    expect(() => checkPage('<html></html>')).toThrow();
  });
});
