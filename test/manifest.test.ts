import { readFileSync } from 'fs';
import path from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { localizeManifest } from '../scripts/manifest';
import { metadataFiles } from '../scripts/metadata';

/**
 * Offline checks of manifest.xml: Microsoft's validator is an online service, unreachable here, so
 * the rules it would apply that can break sideloading are checked directly.
 */
const root = path.join(__dirname, '..');
const xml = readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };

type Node = Record<string, unknown>;
const parsed = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
}).parse(xml) as Node;

/** Every element named `name` anywhere in the document, with its attributes. */
function all(node: unknown, name: string, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => all(n, name, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node as Node)) {
      if (k === name) (v as Node[]).forEach((n) => out.push(n));
      all(v, name, out);
    }
  }
  return out;
}
const attr = (n: Node, a: string) => n[`@${a}`] as string | undefined;

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it("carries the i18n files' texts in every language (run `npx tsx scripts/manifest.ts`)", () => {
    expect(xml).toBe(localizeManifest(xml));
  });

  const resources: Record<string, Node[]> = {
    image: all(parsed, 'bt:Image').filter((n) => attr(n, 'id')),
    url: all(parsed, 'bt:Url'),
    short: all(all(parsed, 'bt:ShortStrings'), 'bt:String'),
    long: all(all(parsed, 'bt:LongStrings'), 'bt:String'),
  };
  const ids = new Set(
    Object.values(resources)
      .flat()
      .map((n) => attr(n, 'id')),
  );

  it('resolves every resid, and declares no resource twice', () => {
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) expect(ids).toContain(id);
    const declared = Object.values(resources)
      .flat()
      .map((n) => attr(n, 'id'));
    expect(new Set(declared).size).toBe(declared.length);
    for (const id of declared) expect(id!.length).toBeLessThanOrEqual(32);
  });

  it('runs functions and task pane in one shared runtime: Runtime, Page and FunctionFile share one URL', () => {
    const runtime = attr(all(parsed, 'Runtime')[0]!, 'resid');
    const page = attr(all(all(parsed, 'Page'), 'SourceLocation')[0]!, 'resid');
    const functionFile = attr(all(parsed, 'FunctionFile')[0]!, 'resid');
    expect(runtime).toBe('Taskpane.Url');
    expect(page).toBe(runtime);
    expect(functionFile).toBe(runtime);
    expect(attr(all(parsed, 'Runtime')[0]!, 'lifetime')).toBe('long');
    expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="MSP"\/>/);
  });

  it('uses https for every URL', () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="([a-z]+:\/\/[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
  });

  it('keeps strings within Office limits (short 125, long 250 characters), in every locale', () => {
    const values = (n: Node) => [attr(n, 'DefaultValue'), ...all(n, 'bt:Override').map((o) => attr(o, 'Value'))];
    for (const n of resources.short!) for (const v of values(n)) expect(v!.length).toBeLessThanOrEqual(125);
    for (const n of resources.long!) for (const v of values(n)) expect(v!.length).toBeLessThanOrEqual(250);
    const display = all(parsed, 'DisplayName')[0]!;
    for (const v of values(display)) expect(v!.length).toBeLessThanOrEqual(125);
    const description = all(parsed, 'Description')[0]!;
    for (const v of values(description)) expect(v!.length).toBeLessThanOrEqual(250);
  });

  it('points every metadata locale override to a file the build emits', () => {
    const emitted = Object.keys(metadataFiles());
    const metadataUrl = resources.url!.find((n) => attr(n, 'id') === 'Functions.Metadata.Url')!;
    const targets = [
      attr(metadataUrl, 'DefaultValue'),
      ...all(metadataUrl, 'bt:Override').map((o) => attr(o, 'Value')),
    ];
    expect(targets.length).toBeGreaterThanOrEqual(5);
    for (const t of targets) expect(emitted).toContain(t!.split('/').pop());
    for (const lang of ['fr', 'nl', 'it', 'de'])
      expect(targets.some((t) => t!.endsWith(`functions-${lang}.json`))).toBe(true);
  });

  it('has a version in step with package.json and asks for no more than ReadWriteDocument', () => {
    expect(all(parsed, 'Version')[0]).toBe(`${pkg.version}.0`);
    expect(all(parsed, 'Permissions')[0]).toBe('ReadWriteDocument');
    expect(attr(all(parsed, 'OfficeApp')[0]!, 'xsi:type')).toBe('TaskPaneApp');
    expect(all(parsed, 'Id')[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});
