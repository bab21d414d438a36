/**
 * The series' chart in the pane: an inline SVG column chart of the realisatie
 * % per moment (like the sources' figure), with a 100 % line. One image for
 * screen readers (role="img" with a name that says the table below has the
 * numbers); the user's own quarters are drawn apart (class "eigen", and
 * "(eigen)" under the bar). Built with DOM calls, attributes only: no inline
 * style, so the strict CSP holds; colours come from taskpane.css.
 */
import type { ReeksRij } from "../core";
import { reeksProcent } from "../core/reeks/opmaak";

const NS = "http://www.w3.org/2000/svg";
const BREED = 320;
const HOOG = 180;
const LINKS = 34;
const ONDER = 34;
const BOVEN = 10;

function svg(tag: string, attributen: Record<string, string | number>, tekst?: string): SVGElement {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attributen)) el.setAttribute(k, String(v));
  if (tekst !== undefined) el.textContent = tekst;
  return el;
}

/** The chart of `reeks` (points without a realisatie % get no bar), named `naam` for screen readers. */
export function reeksGrafiek(reeks: readonly ReeksRij[], naam: string): SVGElement {
  const hoogte = HOOG - ONDER - BOVEN;
  const y = (fractie: number) => BOVEN + hoogte * (1 - Math.min(fractie, 1.2) / 1.2);
  const wortel = svg("svg", { viewBox: `0 0 ${BREED} ${HOOG}`, role: "img", "aria-label": naam, class: "reeks-svg", focusable: "false" });
  for (const p of [0, 0.25, 0.5, 0.75, 1]) {
    wortel.append(svg("line", { x1: LINKS, x2: BREED, y1: y(p), y2: y(p), class: p === 1 ? "norm" : "raster" }));
    wortel.append(svg("text", { x: LINKS - 4, y: y(p) + 4, "text-anchor": "end", class: "as" }, `${p * 100}%`));
  }
  const vak = (BREED - LINKS) / Math.max(1, reeks.length);
  const balk = Math.min(40, vak * 0.6);
  reeks.forEach((p, i) => {
    const x = LINKS + vak * i + (vak - balk) / 2;
    const midden = x + balk / 2;
    const eigen = p.doelsoort === "eigen";
    if (p.realisatieFractie !== null) {
      const f = p.realisatieFractie.toNumber();
      wortel.append(
        svg("rect", { x, y: y(f), width: balk, height: y(0) - y(f), class: eigen ? "balk eigen" : "balk", "data-moment": p.moment }),
      );
      wortel.append(svg("text", { x: midden, y: y(f) - 3, "text-anchor": "middle", class: "waarde" }, reeksProcent(p)));
    }
    wortel.append(svg("text", { x: midden, y: HOOG - ONDER + 14, "text-anchor": "middle", class: "as" }, p.moment));
    if (eigen) wortel.append(svg("text", { x: midden, y: HOOG - ONDER + 27, "text-anchor": "middle", class: "as" }, "(eigen)"));
  });
  return wortel;
}
