/**
 * Small DOM helpers. User text (sheet names, ministry names, cell contents in
 * messages) only ever goes in through textContent or attribute values, never
 * as HTML, so a ministry named `<img src=x onerror=…>` stays text.
 */

export function zoek<T extends HTMLElement = HTMLElement>(id: string, root: Document = document): T {
  const el = root.getElementById(id);
  if (!el) throw new Error(`Element #${id} ontbreekt in taskpane.html`);
  return el as T;
}

type Kind = Node | string | null | undefined | false;

/** Creates an element with attributes (set with setAttribute) and children (text as text nodes). */
export function maak<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributen?: Record<string, string | boolean | undefined>,
  ...kinderen: Kind[]
): HTMLElementTagNameMap[K];
export function maak(tag: string, attributen?: Record<string, string | boolean | undefined>, ...kinderen: Kind[]): HTMLElement;
export function maak(tag: string, attributen: Record<string, string | boolean | undefined> = {}, ...kinderen: Kind[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [naam, waarde] of Object.entries(attributen)) {
    if (waarde === undefined || waarde === false) continue;
    el.setAttribute(naam, waarde === true ? "" : waarde);
  }
  voegToe(el, ...kinderen);
  return el;
}

export function voegToe(ouder: Node, ...kinderen: Kind[]): void {
  for (const kind of kinderen) {
    if (kind === null || kind === undefined || kind === false) continue;
    ouder.appendChild(typeof kind === "string" ? document.createTextNode(kind) : kind);
  }
}

export function vervangInhoud(ouder: Element, ...kinderen: Kind[]): void {
  while (ouder.firstChild) ouder.removeChild(ouder.firstChild);
  voegToe(ouder, ...kinderen);
}

export function toon(el: HTMLElement, zichtbaar: boolean): void {
  el.hidden = !zichtbaar;
}
