import path from 'path';
import ts from 'typescript';

/**
 * Every text of each catalogue (`en` in its en.ts, which the other languages mirror) must be read by
 * the product: src/ and scripts/, tests left out. The TypeScript checker resolves each property
 * access (`m.sheet.asOf`, `t.asOf` after `const t = m.sheet`, destructuring) to its declaration in
 * en.ts, so aliases and the other languages' tables count. A computed access (`m.kpiNames[kpi]`,
 * `table.errors[key]`) reads the keys its index can take when that is a union of string literals
 * which the product writes somewhere (`fail.value('notANumber', …)`); any other way a section leaves
 * the checker's sight (`Object.values(t.roles)`, passed where a plain record is expected) counts all
 * its keys as read, so the test errs towards silence, never towards a false alarm.
 */

const ROOT = path.resolve(__dirname, '../../..');
/** The catalogues' folders: the core's (which the Excel bundle carries) and the command line's. */
const CATALOGUES = [__dirname, path.join(ROOT, 'src', 'cli', 'i18n')];
const TABLES = new Set(
  CATALOGUES.flatMap((dir) => ['en', 'fr', 'nl', 'it', 'de'].map((l) => path.join(dir, `${l}.ts`))),
);
/** Read through the registry (English) and checked against it by i18n.test.ts. */
const SKIPPED = new Set(['functions']);

function productProgram(): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const inProduct = (f: string) =>
    [path.join(ROOT, 'src'), path.join(ROOT, 'scripts')].some((dir) => f.startsWith(dir + path.sep));
  return ts.createProgram(
    config.fileNames.filter((f) => inProduct(path.resolve(f)) && !f.endsWith('.test.ts')),
    config.options,
  );
}

const unwrap = (e: ts.Expression): ts.Expression =>
  ts.isSatisfiesExpression(e) || ts.isAsExpression(e) || ts.isParenthesizedExpression(e) ? unwrap(e.expression) : e;

/**
 * The catalogue's declarations: each property (by node) with its dotted path, each property and
 * object literal with the leaves below it, and each object literal's own path.
 */
function catalogue(file: ts.SourceFile) {
  const paths = new Map<ts.Node, string>();
  const leavesOf = new Map<ts.Node, string[]>();
  const sections = new Map<ts.Node, string>();
  const walk = (obj: ts.ObjectLiteralExpression, prefix: string): string[] => {
    sections.set(obj, prefix);
    const leaves: string[] = [];
    for (const p of obj.properties) {
      if (!ts.isPropertyAssignment(p)) continue;
      const key = `${prefix}${p.name.getText(file)}`;
      if (SKIPPED.has(key)) continue;
      paths.set(p, key);
      const value = unwrap(p.initializer);
      const below = ts.isObjectLiteralExpression(value) ? walk(value, `${key}.`) : [key];
      leavesOf.set(p, below);
      leaves.push(...below);
    }
    leavesOf.set(obj, leaves);
    return leaves;
  };
  file.forEachChild(function find(node) {
    if (ts.isVariableDeclaration(node) && node.name.getText(file) === 'en' && node.initializer) {
      walk(unwrap(node.initializer) as ts.ObjectLiteralExpression, '');
    } else node.forEachChild(find);
  });
  return { paths, leavesOf, sections };
}

/** The English texts of the catalogue in `dir` that the product never reads. */
function unreadKeys(program: ts.Program, dir: string): string[] {
  const checker = program.getTypeChecker();
  const { paths, leavesOf, sections } = catalogue(program.getSourceFile(path.join(dir, 'en.ts'))!);
  const read = new Set<string>();
  /** String literals the product writes: the values a computed index can take. */
  const literals = new Set<string>();
  const sources = program
    .getSourceFiles()
    .filter(
      (f) => !f.isDeclarationFile && !TABLES.has(path.resolve(f.fileName)) && !f.fileName.includes('node_modules'),
    );

  /** The catalogue object literal an expression's type is, if any. */
  const section = (type: ts.Type | undefined): ts.Node | undefined =>
    type?.getSymbol()?.declarations?.find((d) => sections.has(d));
  const markDeclarations = (symbol: ts.Symbol | undefined) => {
    for (const d of symbol?.declarations ?? []) for (const leaf of paths.has(d) ? leavesOf.get(d)! : []) read.add(leaf);
  };
  const computed: { obj: ts.Node; keys: readonly string[] | undefined }[] = [];

  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node)) literals.add(node.text);
    if (ts.isPropertyAccessExpression(node)) {
      const symbol = checker.getSymbolAtLocation(node.name);
      // A leaf read directly; a whole section read is followed through its own accesses below.
      for (const d of symbol?.declarations ?? []) if (leavesOf.get(d)?.[0] === paths.get(d)) read.add(paths.get(d)!);
    } else if (ts.isElementAccessExpression(node)) {
      const obj = section(checker.getTypeAtLocation(node.expression));
      if (obj) {
        const index = checker.getTypeAtLocation(node.argumentExpression);
        const options = index.isUnion() ? index.types : [index];
        const keys = options.every((t) => t.isStringLiteral())
          ? options.map((t) => (t as ts.StringLiteralType).value)
          : undefined;
        computed.push({ obj, keys });
      }
    } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
      const type = checker.getTypeAtLocation(node.parent);
      const name = (node.propertyName ?? node.name).getText();
      if (node.dotDotDotToken) computed.push({ obj: section(type)!, keys: undefined });
      else markDeclarations(type.getProperty(name));
    }
    if (ts.isExpression(node) && escapes(node)) {
      const obj = section(checker.getTypeAtLocation(node));
      if (obj) computed.push({ obj, keys: undefined });
    }
    node.forEachChild(visit);
  };

  /** A section used as a value where the checker no longer ties it to the catalogue. */
  const escapes = (node: ts.Expression): boolean => {
    const parent = node.parent;
    if (ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) return false;
    if (ts.isVariableDeclaration(parent) || ts.isBindingElement(parent)) return false;
    if (ts.isIdentifier(node) && !isValueUse(node)) return false;
    const expected = checker.getContextualType(node);
    return expected !== undefined && section(expected) === undefined;
  };

  for (const f of sources) visit(f);
  for (const { obj, keys } of computed) {
    if (!obj) continue;
    const prefix = sections.get(obj)!;
    for (const leaf of leavesOf.get(obj)!) {
      const key = leaf.slice(prefix.length).split('.')[0]!;
      if (keys === undefined || (keys.includes(key) && literals.has(key))) read.add(leaf);
    }
  }
  const all = [...new Set([...leavesOf.values()].flat())];
  return all.filter((k) => !read.has(k)).sort();
}

/** An identifier that stands for a value (not a declaration's name, a property name or a type). */
function isValueUse(id: ts.Identifier): boolean {
  const p = id.parent;
  if ((ts.isPropertyAssignment(p) || ts.isPropertyAccessExpression(p)) && p.name === id) return false;
  if (ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isImportSpecifier(p) || ts.isImportClause(p)) return false;
  if (ts.isTypeReferenceNode(p) || ts.isTypeQueryNode(p) || ts.isQualifiedName(p)) return false;
  return true;
}

describe('catalogue keys', () => {
  it('every text of each catalogue is read somewhere in the product', () => {
    const program = productProgram();
    for (const dir of CATALOGUES) expect({ dir, unread: unreadKeys(program, dir) }).toEqual({ dir, unread: [] });
  }, 120_000);
});
