/**
 * Thin wrappers over the Fluent components the pane drives: dropdown options,
 * values and ARIA state, radio groups, the progress area, field errors and the
 * one-action-at-a-time lock. Text goes in with textContent only.
 */
import { maak, toon, zoek } from "./dom";
import { type Melding } from "./bericht";
import { isPaneFout } from "./pane-fout";
import type { Meter } from "./stroom-skelet";

export type FluentDropdown = HTMLElement & { value: string | null; control?: HTMLElement };
export type FluentWaarde = HTMLElement & { value: string; control?: HTMLInputElement };

export interface Optie {
  waarde: string;
  label: string;
}

/** Fills a dropdown's listbox; keeps `gekozen` selected when it is among the options. */
export function vulDropdown(dropdown: FluentDropdown, opties: readonly Optie[], gekozen?: string | null): void {
  const lijst = dropdown.querySelector("fluent-listbox");
  if (!lijst) throw new Error(`fluent-listbox ontbreekt in #${dropdown.id}`);
  lijst.replaceChildren(...opties.map((o) => maak("fluent-option", { value: o.waarde, selected: o.waarde === gekozen }, o.label)));
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

/** The combobox button Fluent 3.1's dropdown renders in its light DOM (slot "control"), once it is there. */
export async function dropdownKnop(dropdown: FluentDropdown): Promise<HTMLElement | null> {
  await customElements.whenDefined("fluent-dropdown");
  for (let poging = 0; poging < 20 && !dropdown.querySelector('[slot="control"]'); poging++) await new Promise((r) => setTimeout(r, 10));
  return dropdown.querySelector<HTMLElement>('[slot="control"]');
}

/**
 * Fluent 3.1's dropdown renders its combobox as a button without a label and
 * sets aria-expanded only once it has been opened (axe: aria-required-attr).
 * We name that button by the visible label (and itself, for the value), give
 * it aria-expanded from the start and keep it in step with the popup, and
 * mark required dropdowns. `geopend` runs when the list opens (lazy refresh).
 */
export async function labelDropdown(
  dropdown: FluentDropdown,
  labelId: string,
  opties: { verplicht?: boolean; geopend?: () => void } = {},
): Promise<void> {
  const knop = await dropdownKnop(dropdown);
  if (!knop) return;
  if (!knop.id) knop.id = `${dropdown.id}-knop`;
  knop.setAttribute("aria-labelledby", `${labelId} ${knop.id}`);
  if (opties.verplicht) knop.setAttribute("aria-required", "true");
  const lijst = dropdown.querySelector<HTMLElement>("fluent-listbox");
  const open = () => {
    try {
      return !!lijst?.matches(":popover-open");
    } catch {
      return false;
    }
  };
  const zet = () => {
    const nu = open();
    if (knop.getAttribute("aria-expanded") !== String(nu)) knop.setAttribute("aria-expanded", String(nu));
  };
  zet();
  lijst?.addEventListener("toggle", (e) => {
    zet();
    if ((e as ToggleEvent).newState === "open") opties.geopend?.();
  });
  // Fluent writes aria-expanded itself when it opens or closes the list; we only make sure it is always there.
  new MutationObserver(() => {
    if (!knop.hasAttribute("aria-expanded")) zet();
  }).observe(knop, { attributes: true, attributeFilter: ["aria-expanded"] });
}

/**
 * Sets a radio group's choice from code. Fluent 3.1 checks a radio when it gets
 * focus and enters the group with Tab at the radio marked `focusgroupstart`,
 * which it sets only from the initial markup: after a choice made in code, Tab
 * landed on another radio and chose it (WCAG 3.2.1). The checked radio is the entry.
 */
export function kiesRadio(groep: FluentWaarde, waarde: string): void {
  groep.value = waarde;
  for (const radio of Array.from(groep.querySelectorAll<HTMLElement & { checked: boolean; value: string }>("fluent-radio"))) {
    radio.checked = radio.value === waarde;
    radio.toggleAttribute("focusgroupstart", radio.value === waarde);
  }
}

const GETAL = new Intl.NumberFormat("nl-NL");

export function nl(getal: number): string {
  return GETAL.format(getal);
}

/**
 * The progress area: moved next to the action, a phase ("Gegevens lezen uit
 * Personen"), an indeterminate bar until the size is known, then "1.200 van
 * 4.813 rijen (25 %)"; a cancel button for reads. Phases are announced in the
 * pane's live region (present from the start), counts are not (too chatty).
 */
export class Voortgang implements Meter {
  private readonly vak = zoek("voortgang");
  private readonly balk = zoek("voortgang-balk");
  private readonly faseTekst = zoek("voortgang-fase");
  private readonly standTekst = zoek("voortgang-tekst");
  private readonly annuleer = zoek("annuleer");
  private readonly aankondiging = zoek("aankondiging");
  private afgebroken = false;

  constructor() {
    this.annuleer.addEventListener("click", () => {
      this.afgebroken = true;
      this.standTekst.textContent = "Annuleren…";
    });
  }

  /** Shows the area after `bij` (the action's button). */
  begin(bij: Element): void {
    this.afgebroken = false;
    bij.after(this.vak);
    toon(this.vak, true);
  }

  fase(omschrijving: string, opties: { annuleerbaar?: boolean } = {}): void {
    this.balk.removeAttribute("value");
    this.faseTekst.textContent = omschrijving;
    this.standTekst.textContent = "Grootte bepalen…";
    toon(this.annuleer, !!opties.annuleerbaar);
    this.aankondiging.textContent = omschrijving;
  }

  stand(gedaan: number, totaal: number, eenheid: string): void {
    const procent = totaal > 0 ? Math.round((gedaan / totaal) * 100) : 100;
    this.balk.setAttribute("value", String(procent));
    if (!this.afgebroken) this.standTekst.textContent = `${nl(gedaan)} van ${nl(totaal)} ${eenheid} (${procent} %)`;
  }

  geannuleerd(): boolean {
    return this.afgebroken;
  }

  stop(): void {
    toon(this.vak, false);
    this.aankondiging.textContent = "";
  }
}

/** Marks a text input or dropdown as wrong (red border, aria-invalid, the reason under it) or clears that. */
export function veldFout(veld: HTMLElement, tekst: string | null): void {
  const id = `${veld.id}-fout`;
  let uitleg = document.getElementById(id);
  const doel = (veld as FluentWaarde).control ?? veld.querySelector<HTMLElement>('[slot="control"]') ?? veld;
  veld.classList.toggle("ongeldig", tekst !== null);
  if (tekst === null) {
    uitleg?.remove();
    doel.removeAttribute("aria-invalid");
    if ("ariaDescribedByElements" in doel)
      (doel as HTMLElement & { ariaDescribedByElements: Element[] | null }).ariaDescribedByElements = null;
    return;
  }
  if (!uitleg) {
    uitleg = maak("p", { id, class: "veldfout" });
    veld.after(uitleg);
  }
  uitleg.textContent = tekst;
  doel.setAttribute("aria-invalid", "true");
  // The inner <input> is in the component's shadow root: an id reference cannot reach the text, element reflection can.
  if ("ariaDescribedByElements" in doel)
    (doel as HTMLElement & { ariaDescribedByElements: Element[] | null }).ariaDescribedByElements = [uitleg];
  else (doel as HTMLElement).setAttribute("aria-describedby", id);
}

/** Clears every field error inside `binnen`. */
export function wisVeldFouten(binnen: HTMLElement): void {
  for (const veld of Array.from(binnen.querySelectorAll<HTMLElement>(".ongeldig"))) veldFout(veld, null);
}

/** The text for any failure: our own errors say what happened; anything else is a bug, told without details. */
export function foutTekst(e: unknown): string {
  if (e instanceof Error && (e.name === "PaneFout" || e.name === "BanenFout")) return e.message;
  // Anything else is a bug of ours: say so without details that could hold personal data.
  return "Er ging iets onverwachts mis in het taakvenster; er is niets geschreven. Probeer het opnieuw of meld het probleem.";
}

/** Buttons and the other tabs: disabled while an action runs. */
const KNOPPEN = 'fluent-button, fluent-tab:not([aria-selected="true"])';
/**
 * Inputs: Fluent 3.1 forgets a dropdown's value while it is disabled, and clears a radio group's
 * choice when the group is disabled; so inputs are marked aria-disabled and their keys and clicks
 * are stopped instead (Tab still moves on).
 */
const INVOER = "fluent-dropdown, fluent-text-input, fluent-radio-group, fluent-checkbox";

let bezig = false;

function blokkeer(e: Event): void {
  if (!bezig) return;
  if (e instanceof KeyboardEvent && e.key === "Tab") return;
  const doel = e.target as Element | null;
  if (doel?.closest?.(INVOER)) {
    e.preventDefault();
    e.stopImmediatePropagation();
  }
}

/**
 * The pane's user actions, one at a time over all tabs: every control (tabs
 * and inputs too) disabled meanwhile except Annuleren, main marked busy, every
 * failure shown next to the action (a cancelled read as a warning), the
 * progress area hidden after. Focus: where the action put it, else back where it was.
 */
export function eenTegelijk(melding: Melding, voortgang: Voortgang): (bij: Element, werk: () => Promise<void>) => Promise<void> {
  for (const soort of ["keydown", "click", "pointerdown", "beforeinput"]) document.addEventListener(soort, blokkeer, true);
  return async (bij, werk) => {
    if (bezig) return;
    bezig = true;
    // Let the DOM settle (a dropdown's change event comes before its value is read back).
    await Promise.resolve();
    const hoofd = document.querySelector("main");
    const vorigeFocus = document.activeElement as HTMLElement | null;
    const uit = Array.from(document.querySelectorAll<HTMLElement>(KNOPPEN)).filter(
      (el) => el.id !== "annuleer" && !el.hasAttribute("disabled"),
    );
    const invoer = Array.from(document.querySelectorAll<HTMLElement>(INVOER)).filter((el) => !el.hasAttribute("aria-disabled"));
    for (const el of uit) el.setAttribute("disabled", "");
    for (const el of invoer) el.setAttribute("aria-disabled", "true");
    hoofd?.setAttribute("aria-busy", "true");
    try {
      await werk();
    } catch (e) {
      const geannuleerd = isPaneFout(e) && e.soort === "geannuleerd";
      melding.toon(geannuleerd ? "warning" : "error", geannuleerd ? "Geannuleerd" : "Niet gelukt", foutTekst(e), bij);
    } finally {
      voortgang.stop();
      for (const el of uit) el.removeAttribute("disabled");
      for (const el of invoer) el.removeAttribute("aria-disabled");
      hoofd?.removeAttribute("aria-busy");
      bezig = false;
      if ((document.activeElement === document.body || document.activeElement === null) && vorigeFocus?.isConnected) vorigeFocus.focus();
    }
  };
}
