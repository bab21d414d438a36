/**
 * Thin wrappers over the Fluent components the pane drives: dropdown options
 * and values, radio groups, text inputs, the message bar, the progress area
 * and the error list. Text goes in with textContent only.
 */
import { plaatsTekst, type BanenFout } from "../core";
import { maak, toon, vervangInhoud, zoek } from "./dom";
import type { ExcelToegang } from "./excel-toegang";
import { isPaneFout } from "./pane-fout";

export type FluentDropdown = HTMLElement & { value: string | null; control?: HTMLElement };
export type FluentWaarde = HTMLElement & { value: string };

export interface Optie {
  waarde: string;
  label: string;
}

/** Fills a dropdown's listbox; keeps `gekozen` selected when it is among the options. */
export function vulDropdown(dropdown: FluentDropdown, opties: readonly Optie[], gekozen?: string | null): void {
  const lijst = dropdown.querySelector("fluent-listbox");
  if (!lijst) throw new Error(`fluent-listbox ontbreekt in #${dropdown.id}`);
  vervangInhoud(lijst, ...opties.map((o) => maak("fluent-option", { value: o.waarde, selected: o.waarde === gekozen }, o.label)));
}

export function dropdownWaarde(dropdown: FluentDropdown): string | null {
  const v = dropdown.value;
  return v === "" || v === undefined ? null : v;
}

/** Selects an option by value (or none). */
export function zetDropdown(dropdown: FluentDropdown, waarde: string | null): void {
  for (const optie of Array.from(dropdown.querySelectorAll("fluent-option")) as Array<HTMLElement & { selected: boolean; value: string }>) {
    optie.selected = optie.value === waarde;
  }
}

/**
 * Fluent 3.1's dropdown (type "dropdown") renders its combobox as a button
 * without a label, so a screen reader hears only the chosen value. We point
 * that button at the visible label (and at itself, for the value).
 */
export async function labelDropdown(dropdown: FluentDropdown, labelId: string): Promise<void> {
  await customElements.whenDefined("fluent-dropdown");
  for (let poging = 0; poging < 20 && !dropdown.querySelector('[slot="control"]'); poging++) await new Promise((r) => setTimeout(r, 10));
  const knop = dropdown.querySelector<HTMLElement>('[slot="control"]');
  if (!knop) return;
  if (!knop.id) knop.id = `${dropdown.id}-knop`;
  knop.setAttribute("aria-labelledby", `${labelId} ${knop.id}`);
}

export type Intentie = "info" | "success" | "warning" | "error";

/** The message area at the top of the pane: where the user looks, read out by screen readers. */
export class Melding {
  private readonly vak = zoek("melding");
  private readonly balk = zoek("melding-balk");
  private readonly tekst = zoek("melding-tekst");

  toon(intentie: Intentie, tekst: string): void {
    this.balk.setAttribute("intent", intentie);
    // Errors interrupt (alert); everything else waits its turn (status).
    this.vak.setAttribute("role", intentie === "error" ? "alert" : "status");
    this.vak.setAttribute("aria-live", intentie === "error" ? "assertive" : "polite");
    this.tekst.textContent = tekst;
    toon(this.vak, true);
  }

  wis(): void {
    this.tekst.textContent = "";
    toon(this.vak, false);
  }
}

const GETAL = new Intl.NumberFormat("nl-NL");

export function nl(getal: number): string {
  return GETAL.format(getal);
}

/** The progress area with its cancel button. */
export class Voortgang {
  private readonly vak = zoek("voortgang");
  private readonly balk = zoek("voortgang-balk");
  private readonly tekst = zoek("voortgang-tekst");
  private readonly annuleer = zoek("annuleer");
  private afgebroken = false;

  constructor() {
    this.annuleer.addEventListener("click", () => {
      this.afgebroken = true;
      this.tekst.textContent = "Annuleren…";
    });
  }

  start(tekst: string): { voortgang: (a: number, b: number) => void; geannuleerd: () => boolean } {
    this.afgebroken = false;
    this.balk.setAttribute("value", "0");
    this.tekst.textContent = tekst;
    toon(this.vak, true);
    return {
      voortgang: (gelezen, totaal) => {
        const procent = totaal > 0 ? Math.round((gelezen / totaal) * 100) : 100;
        this.balk.setAttribute("value", String(procent));
        if (!this.afgebroken) this.tekst.textContent = `${tekst} ${nl(gelezen)} van ${nl(totaal)} rijen gelezen (${procent}%).`;
      },
      geannuleerd: () => this.afgebroken,
    };
  }

  stop(): void {
    toon(this.vak, false);
  }
}

/** Most errors to list; the rest is counted. A sheet full of wrong cells should not freeze the pane. */
export const MAX_GETOONDE_FOUTEN = 200;

/**
 * An error for the list: its place ("Beschikbaar budget: ", "Blad Personen, rij 7, kolom uren (D7): ") and
 * what is wrong, together exactly BanenFout's own message. Only the first letter of the line is a capital:
 * "Beschikbaar budget: is leeg; …", not "…: Is leeg".
 */
export function foutRegel(f: BanenFout): { plaats: string | null; tekst: string } {
  const waar = plaatsTekst(f.plaats);
  const hoofdletter = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
  return waar ? { plaats: `${hoofdletter(waar)}: `, tekst: f.kern } : { plaats: null, tekst: hoofdletter(f.kern) };
}

/** The error list: place (sheet, row, column, cell) and what is expected; a button selects the cell. */
export function toonFouten(lijst: HTMLElement, fouten: readonly BanenFout[], gaNaar?: (blad: string, cel: string) => void): void {
  const items = fouten.slice(0, MAX_GETOONDE_FOUTEN).map((f) => {
    const { plaats, tekst } = foutRegel(f);
    const knop =
      gaNaar && f.plaats.blad && f.plaats.cel
        ? maak(
            "fluent-button",
            { size: "small", appearance: "subtle", "aria-label": `Ga naar cel ${f.plaats.cel} op blad ${f.plaats.blad}` },
            "Ga naar cel",
          )
        : null;
    if (knop) knop.addEventListener("click", () => gaNaar!(f.plaats.blad!, f.plaats.cel!));
    return maak("li", {}, plaats ? maak("span", { class: "plaats" }, plaats) : null, tekst, knop);
  });
  if (fouten.length > MAX_GETOONDE_FOUTEN) items.push(maak("li", {}, `… en nog ${nl(fouten.length - MAX_GETOONDE_FOUTEN)} meldingen.`));
  vervangInhoud(lijst, ...items);
}

/** The text for any failure: our own errors say what happened; anything else is a bug, told without details. */
export function foutTekst(e: unknown): string {
  if (e instanceof Error && (e.name === "PaneFout" || e.name === "BanenFout")) return e.message;
  // Anything else is a bug of ours: say so without details that could hold personal data.
  return "Er ging iets onverwachts mis in het taakvenster; er is niets geschreven. Probeer het opnieuw of meld het probleem.";
}

/**
 * A view's user actions, one at a time: its buttons disabled meanwhile, every
 * failure shown in the message area (a cancelled read as a warning), `tenSlotte`
 * run after each action (e.g. hiding the progress bar).
 */
export function eenTegelijk(
  knoppen: () => readonly Element[],
  melding: Melding,
  tenSlotte?: () => void,
): (werk: () => Promise<void>) => Promise<void> {
  let bezig = false;
  return async (werk) => {
    if (bezig) return;
    bezig = true;
    for (const k of knoppen()) k.setAttribute("disabled", "");
    try {
      await werk();
    } catch (e) {
      melding.toon(isPaneFout(e) && e.soort === "geannuleerd" ? "warning" : "error", foutTekst(e));
    } finally {
      tenSlotte?.();
      for (const k of knoppen()) k.removeAttribute("disabled");
      bezig = false;
    }
  };
}

/**
 * A check that found errors: "3 fouten gevonden; er wordt niets geschreven. <vervolg>" in `samenvatting`
 * (which gets the focus, for keyboard and screen reader users), and the list with a button per cell.
 */
export function toonControleFouten(
  samenvatting: HTMLElement,
  lijst: HTMLElement,
  fouten: readonly BanenFout[],
  vervolg: string,
  excel: Pick<ExcelToegang, "selecteer">,
  melding: Melding,
): void {
  samenvatting.textContent = `${nl(fouten.length)} ${fouten.length === 1 ? "fout" : "fouten"} gevonden; er wordt niets geschreven. ${vervolg}`;
  toonFouten(lijst, fouten, (blad, cel) => void excel.selecteer(blad, cel).catch((e: unknown) => melding.toon("error", foutTekst(e))));
  samenvatting.focus();
}
