/**
 * The manifest's user-facing texts come from the i18n files like every other string:
 * `npx tsx scripts/manifest.ts` rewrites them in manifest.xml, and test/manifest.test.ts fails
 * when manifest.xml is out of date.
 */
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { LANGUAGES, type Language, type Messages, messages } from '../src/core/i18n';

type ManifestText = keyof Messages['manifest'];

/** Each text's element; top-level elements take `Override`, resources `bt:Override`. */
const TARGETS: readonly { key: ManifestText; tag: string; id?: string }[] = [
  { key: 'displayName', tag: 'DisplayName' },
  { key: 'description', tag: 'Description' },
  { key: 'getStartedTitle', tag: 'bt:String', id: 'GetStarted.Title' },
  { key: 'groupLabel', tag: 'bt:String', id: 'Group.Label' },
  { key: 'buttonLabel', tag: 'bt:String', id: 'TaskpaneButton.Label' },
  { key: 'getStartedDescription', tag: 'bt:String', id: 'GetStarted.Description' },
  { key: 'buttonTooltip', tag: 'bt:String', id: 'TaskpaneButton.Tooltip' },
];

/** The Office UI locale each translation is offered to. */
const LOCALES: Record<Exclude<Language, 'en'>, string> = { fr: 'fr-FR', nl: 'nl-NL', it: 'it-IT', de: 'de-DE' };

const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function element(key: ManifestText, tag: string, id: string | undefined, indent: string): string {
  const override = tag.startsWith('bt:') ? 'bt:Override' : 'Override';
  const lines = LANGUAGES.filter((l): l is Exclude<Language, 'en'> => l !== 'en').map(
    (l) => `${indent}  <${override} Locale="${LOCALES[l]}" Value="${attr(messages(l).manifest[key])}"/>`,
  );
  return [
    `<${tag}${id ? ` id="${id}"` : ''} DefaultValue="${attr(messages('en').manifest[key])}">`,
    ...lines,
    `${indent}</${tag}>`,
  ].join('\n');
}

export function localizeManifest(xml: string): string {
  let out = xml;
  for (const { key, tag, id } of TARGETS) {
    const re = new RegExp(
      `<${escapeRe(tag)}${id ? ` id="${escapeRe(id)}"` : ''} DefaultValue="[^"]*">[\\s\\S]*?</${escapeRe(tag)}>`,
    );
    const m = re.exec(out);
    if (!m)
      throw new Error(
        `manifest.xml has no <${tag}${id ? ` id="${id}"` : ''} DefaultValue="…"> element with overrides.`,
      );
    const indent = /[ \t]*$/.exec(out.slice(0, m.index))![0];
    out = out.slice(0, m.index) + element(key, tag, id, indent) + out.slice(m.index + m[0].length);
  }
  return out;
}

if (require.main === module) {
  const file = path.join(__dirname, '..', 'manifest.xml');
  writeFileSync(file, localizeManifest(readFileSync(file, 'utf8')));
}
