import { readFileSync } from 'fs';
import path from 'path';
import { withReference } from '../scripts/function-reference';

describe('README', () => {
  const readme = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

  it('has the function reference generated from the registry (run `npx tsx scripts/function-reference.ts`)', () => {
    expect(readme).toBe(withReference(readme));
  });

  it('gives the two set-up commands that CI runs', () => {
    const ci = readFileSync(path.join(__dirname, '..', '.ci', 'run'), 'utf8');
    expect(readme).toContain('npm ci');
    expect(readme).toContain('npm test');
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci).toMatch(/^npm test$/m);
  });
});
