import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The add-in asks for no more than it needs: reading and writing the open workbook, nothing wider. */
const ALLOWED = ['Restricted', 'ReadDocument', 'ReadWriteDocument'];

describe('manifest permissions', () => {
  const xml = readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'), 'utf8');

  it('requests exactly one permission, no wider than ReadWriteDocument', () => {
    const permissions = [...xml.matchAll(/<Permissions>\s*([^<\s]+)\s*<\/Permissions>/g)].map((m) => m[1]);
    expect(permissions).toHaveLength(1);
    expect(ALLOWED).toContain(permissions[0]);
  });
});
