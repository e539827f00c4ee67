/**
 * A tiny element builder. Text always goes in as text nodes (`textContent` semantics), never as
 * markup: workbook text (sheet names, headers, customer names) can contain `<img onerror=…>` and
 * must show as typed. There is deliberately no way to set innerHTML through this module.
 */

type Child = Node | string | number | null | undefined | false;

export interface Props {
  /** Space-separated classes; falsy entries of an array are skipped. */
  class?: string | readonly (string | false | null | undefined)[];
  /** Attributes (`role`, `aria-*`, `id`, `type`…); `false`/`null`/`undefined` leave it out, `true` sets it empty. */
  attrs?: Readonly<Record<string, string | number | boolean | null | undefined>>;
  /** DOM properties set directly (`value`, `checked`, `disabled` on form controls). */
  props?: Readonly<Record<string, unknown>>;
  on?: { readonly [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) apply(el, props);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG icon from path data (our own constants, never workbook text). */
export function icon(paths: readonly string[], size = 20): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('fill-rule', 'evenodd');
  for (const d of paths) {
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', d);
    svg.appendChild(path);
  }
  return svg;
}

function apply(el: HTMLElement, p: Props): void {
  if (p.class) el.className = typeof p.class === 'string' ? p.class : p.class.filter(Boolean).join(' ');
  for (const [name, value] of Object.entries(p.attrs ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [name, value] of Object.entries(p.props ?? {})) (el as unknown as Record<string, unknown>)[name] = value;
  for (const [type, handler] of Object.entries(p.on ?? {})) el.addEventListener(type, handler as EventListener);
}

function append(el: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}
