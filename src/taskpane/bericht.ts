/**
 * Fluent message bars as the pane shows them: intent, an icon whose SHAPE
 * differs per intent (so colour is never the only signal, also in high
 * contrast), a bold title and the text. The one pane message (Melding) is
 * moved next to the action that caused it and focused, so keyboard and
 * screen reader users land on it; a check's outcome is a bar in its step.
 */
import { maak, toon, vervangInhoud, zoek } from "./dom";

export type Intentie = "info" | "success" | "warning" | "error";

const SVG = "http://www.w3.org/2000/svg";

/** Icon paths (20 × 20, stroked): circle-i, circle-check, triangle-!, circle-×. */
const ICONEN: Record<Intentie, string[]> = {
  info: ["M10 2.5a7.5 7.5 0 1 1 0 15a7.5 7.5 0 1 1 0-15", "M10 9v5", "M10 6.2v.3"],
  success: ["M10 2.5a7.5 7.5 0 1 1 0 15a7.5 7.5 0 1 1 0-15", "M6.5 10.2l2.4 2.4l4.6-4.8"],
  warning: ["M10 2.8l7.6 13.4H2.4z", "M10 8v4", "M10 14.1v.3"],
  error: ["M10 2.5a7.5 7.5 0 1 1 0 15a7.5 7.5 0 1 1 0-15", "M7.2 7.2l5.6 5.6", "M12.8 7.2l-5.6 5.6"],
};

/** Read out before the title: what kind of message it is, in words. */
export const SOORT: Record<Intentie, string> = { info: "Informatie", success: "Gelukt", warning: "Let op", error: "Fout" };

export function icoon(intentie: Intentie): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 20 20");
  svg.setAttribute("width", "20");
  svg.setAttribute("height", "20");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  svg.setAttribute("class", `icoon icoon-${intentie}`);
  svg.setAttribute("data-intentie", intentie);
  for (const d of ICONEN[intentie]) {
    const pad = document.createElementNS(SVG, "path");
    pad.setAttribute("d", d);
    svg.append(pad);
  }
  return svg;
}

let teller = 0;

/** A message bar with icon, title ("Fout: 3 fouten gevonden") and text; focusable (tabindex -1) and named by its title and text. */
export function berichtBalk(intentie: Intentie, titel: string, tekst: string): HTMLElement {
  const id = `bericht-${++teller}`;
  const kop = maak("strong", { id: `${id}-titel`, class: "titel" }, maak("span", { class: "sr-only" }, `${SOORT[intentie]}: `), titel);
  const inhoud = maak("span", { id: `${id}-tekst`, class: "tekst" }, tekst);
  const balk = maak(
    "fluent-message-bar",
    { id, intent: intentie, layout: "multiline", tabindex: "-1", "aria-labelledby": `${id}-titel ${id}-tekst`, "data-intentie": intentie },
    maak("span", { slot: "icon", class: "icoonvak" }, icoon(intentie)),
    maak("span", { class: "bericht-inhoud" }, kop, tekst ? " " : "", inhoud),
  );
  return balk;
}

/**
 * The pane's one message: next to the action that caused it (after `bij`), focused, and gone on the
 * next action, a tab switch or a changed quarter (`wis`).
 */
export class Melding {
  private readonly vak = zoek("melding");

  toon(intentie: Intentie, titel: string, tekst: string, bij?: Element | null): HTMLElement {
    const balk = berichtBalk(intentie, titel, tekst);
    vervangInhoud(this.vak, balk);
    const anker = bij ?? document.querySelector("[role=tabpanel]:not([hidden])");
    if (anker && anker !== this.vak) {
      if (anker.getAttribute("role") === "tabpanel") anker.prepend(this.vak);
      else anker.after(this.vak);
    }
    toon(this.vak, true);
    balk.focus();
    return balk;
  }

  wis(): void {
    vervangInhoud(this.vak);
    toon(this.vak, false);
  }

  get zichtbaar(): boolean {
    return !this.vak.hidden;
  }
}
