/**
 * A check's outcome in its step: a message bar (error with the count, or
 * success) that gets the focus, each field of the pane that is wrong marked in
 * place (bediening.ts: veldFout), and the list of errors in row order with a
 * button to the place to fix it: the pane's field, or the cell in Excel. The
 * next step says where to go: "Verbeter de gemarkeerde velden" and/or
 * "Verbeter de gegevens in Excel", never the one when it is the other.
 */
import { plaatsTekst, type BanenFout } from "../core";
import { berichtBalk, type Melding } from "./bericht";
import { foutTekst, nl, veldFout } from "./bediening";
import { maak, vervangInhoud } from "./dom";
import type { ExcelToegang } from "./excel-toegang";

/** Most errors to list; the rest is counted. A sheet full of wrong cells should not freeze the pane. */
export const MAX_GETOONDE_FOUTEN = 200;

/**
 * "Blad Personen, rij 7, kolom uren (D7): " and what is wrong, together exactly BanenFout's own message.
 * Only the first letter of the line is a capital: "Beschikbaar budget: is leeg; …", not "…: Is leeg".
 */
export function foutRegel(f: BanenFout): { plaats: string | null; tekst: string } {
  const waar = plaatsTekst(f.plaats);
  const hoofdletter = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
  return waar ? { plaats: `${hoofdletter(waar)}: `, tekst: f.kern } : { plaats: null, tekst: hoofdletter(f.kern) };
}

/** Column number of "D7" / "AB12" (A = 1); 0 when there is no cell. */
function kolomVan(cel: string | undefined): number {
  const m = /^([A-Z]+)/.exec(cel ?? "");
  return m ? [...m[1]!].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) : 0;
}

/** Errors in the order the user reads them: the pane's fields first, then per sheet (as they came) by row and column. */
export function inRijvolgorde(fouten: readonly BanenFout[], isVeld: (f: BanenFout) => boolean): BanenFout[] {
  const bladen: string[] = [];
  for (const f of fouten) if (f.plaats.blad && !bladen.includes(f.plaats.blad)) bladen.push(f.plaats.blad);
  const sleutel = (f: BanenFout): number[] => [
    isVeld(f) ? 0 : 1,
    f.plaats.blad ? bladen.indexOf(f.plaats.blad) : -1,
    f.plaats.rij ?? 0,
    kolomVan(f.plaats.cel),
  ];
  return fouten
    .map((f, i) => ({ f, i, s: sleutel(f) }))
    .sort((a, b) => {
      for (let k = 0; k < a.s.length; k++) if (a.s[k] !== b.s[k]) return a.s[k]! - b.s[k]!;
      return a.i - b.i;
    })
    .map((x) => x.f);
}

export interface ControleDoelen {
  /** The pane's field an error is about (quarter, amount, a column to assign), or null for the data in Excel. */
  veldVan: (f: BanenFout) => HTMLElement | null;
  /** What to do after fixing the data in Excel ("kies Opnieuw lezen en controleren"). */
  naExcel: string;
  /** What to do after fixing the pane's fields. */
  naVelden: string;
}

/** Shows the errors of a check in `uitkomst` (bar) and `lijst`; marks the fields; focuses the bar. */
export function toonControleFouten(
  uitkomst: HTMLElement,
  lijst: HTMLElement,
  fouten: readonly BanenFout[],
  doelen: ControleDoelen,
  excel: Pick<ExcelToegang, "selecteer">,
  melding: Melding,
): void {
  const veldFouten = new Map<HTMLElement, string[]>();
  for (const f of fouten) {
    const veld = doelen.veldVan(f);
    if (veld) veldFouten.set(veld, [...(veldFouten.get(veld) ?? []), foutRegel(f).tekst]);
  }
  for (const [veld, teksten] of veldFouten) veldFout(veld, teksten.join(" "));
  const inExcel = fouten.some((f) => !doelen.veldVan(f));
  const vervolg = [veldFouten.size > 0 ? doelen.naVelden : "", inExcel ? doelen.naExcel : ""].filter(Boolean).join(" ");
  const balk = berichtBalk(
    "error",
    `${nl(fouten.length)} ${fouten.length === 1 ? "fout" : "fouten"} gevonden`,
    `Er wordt niets geschreven. ${vervolg}`,
  );
  vervangInhoud(uitkomst, balk);
  const gesorteerd = inRijvolgorde(fouten, (f) => doelen.veldVan(f) !== null);
  const items = gesorteerd.slice(0, MAX_GETOONDE_FOUTEN).map((f) => foutItem(f, doelen.veldVan(f), excel, melding));
  if (fouten.length > MAX_GETOONDE_FOUTEN) items.push(maak("li", {}, `… en nog ${nl(fouten.length - MAX_GETOONDE_FOUTEN)} meldingen.`));
  vervangInhoud(lijst, ...items);
  balk.focus();
}

function foutItem(f: BanenFout, veld: HTMLElement | null, excel: Pick<ExcelToegang, "selecteer">, melding: Melding): HTMLElement {
  const { plaats, tekst } = foutRegel(f);
  let knop: HTMLElement | null = null;
  if (veld) {
    const naam = veld.getAttribute("data-naam") ?? document.getElementById(`${veld.id}-label`)?.textContent ?? veld.textContent ?? "";
    knop = maak("fluent-button", { size: "small", appearance: "subtle", "aria-label": `Naar het veld ${naam.trim()}` }, "Naar het veld");
    knop.addEventListener("click", () => veld.focus());
  } else if (f.plaats.blad && f.plaats.cel) {
    const { blad, cel } = f.plaats as { blad: string; cel: string };
    knop = maak(
      "fluent-button",
      { size: "small", appearance: "subtle", "aria-label": `Ga naar cel ${cel} op blad ${blad}` },
      "Ga naar cel",
    );
    knop.addEventListener(
      "click",
      () => void excel.selecteer(blad, cel).catch((e: unknown) => melding.toon("error", "Niet gelukt", foutTekst(e), knop)),
    );
  }
  return maak("li", {}, plaats ? maak("span", { class: "plaats" }, plaats) : null, tekst, knop);
}

/** A check's outcome without errors: one bar in the step (the error list emptied), focused. */
function toonControleBalk(
  intentie: "success" | "warning",
  uitkomst: HTMLElement,
  lijst: HTMLElement,
  titel: string,
  tekst: string,
): HTMLElement {
  const balk = berichtBalk(intentie, titel, tekst);
  vervangInhoud(uitkomst, balk);
  vervangInhoud(lijst);
  balk.focus();
  return balk;
}

/** A check without errors: a success bar in the step, focused. */
export function toonControleGeslaagd(uitkomst: HTMLElement, lijst: HTMLElement, titel: string, tekst: string): HTMLElement {
  return toonControleBalk("success", uitkomst, lijst, titel, tekst);
}

/**
 * Warnings to acknowledge and no errors: a warning bar in the step, focused,
 * with how many and what to do; `vervolg` ends the sentence "Controleer ze
 * hieronder…" with what comes after ticking them in this view.
 */
export function toonTeBevestigen(uitkomst: HTMLElement, lijst: HTMLElement, aantal: number, vervolg: string): HTMLElement {
  return toonControleBalk(
    "warning",
    uitkomst,
    lijst,
    `${nl(aantal)} ${aantal === 1 ? "waarschuwing" : "waarschuwingen"} om te bevestigen`,
    `Er zijn geen fouten, maar wel gegevens die er onjuist uitzien. Controleer ze hieronder${vervolg}`,
  );
}
