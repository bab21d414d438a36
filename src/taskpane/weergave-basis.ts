/**
 * What every view of the pane is given (the Excel module, the one message,
 * the progress area and the one-action-at-a-time runner), and the source
 * lists every view has, read lazily: when the view is opened, when a source
 * dropdown gets focus, and when the pane becomes visible again (the user may
 * have added or renamed a sheet meanwhile). A refresh never locks the pane and
 * never changes the user's choice; options are only replaced when they changed.
 */
import { dropdownWaarde, labelDropdown, vulDropdown, type FluentDropdown, type Voortgang } from "./bediening";
import type { Melding } from "./bericht";
import type { ExcelToegang } from "./excel-toegang";
import type { BronKeuze } from "./stroom";

export interface Omgeving {
  excel: ExcelToegang;
  melding: Melding;
  voortgang: Voortgang;
  /** Runs one user action (see bediening.ts: eenTegelijk); `bij` is where its message goes. */
  actie: (bij: Element, werk: () => Promise<void>) => Promise<void>;
}

/** Fills the dropdown with the sources; keeps `gekozen` (by default the current choice) selected when it is still there. */
export function vulBronnen(
  dropdown: FluentDropdown,
  keuzes: readonly BronKeuze[],
  gekozen: string | null = dropdownWaarde(dropdown),
): void {
  const nu = Array.from(dropdown.querySelectorAll<HTMLElement & { value: string }>("fluent-option")).map(
    (o) => `${o.value}\n${o.textContent}`,
  );
  const straks = keuzes.map((k) => `${k.waarde}\n${k.label}`);
  if (nu.length === straks.length && nu.every((x, i) => x === straks[i]) && gekozen === dropdownWaarde(dropdown)) return;
  vulDropdown(
    dropdown,
    keuzes.map((k) => ({ waarde: k.waarde, label: k.label })),
    gekozen,
  );
}

/** The source chosen in the dropdown, or null. */
export function gekozenBron(dropdown: FluentDropdown, keuzes: readonly BronKeuze[]): BronKeuze | null {
  const waarde = dropdownWaarde(dropdown);
  return keuzes.find((k) => k.waarde === waarde) ?? null;
}

/**
 * Keeps a view's source lists current: `vernieuw` (which reads the overview and fills the dropdowns)
 * runs when the tab `tabId` is opened, when one of `dropdowns` gets focus and when the pane becomes
 * visible. Labels and marks the dropdowns as required (labelDropdown). One refresh at a time.
 */
export function volgBronnen(
  tabId: string,
  dropdowns: Array<[FluentDropdown, string]>,
  vernieuw: () => Promise<void>,
  fout: (e: unknown) => void,
): () => Promise<void> {
  let lopend: Promise<void> | null = null;
  const eenmaal = (): Promise<void> => {
    lopend ??= vernieuw()
      .catch(fout)
      .finally(() => {
        lopend = null;
      });
    return lopend;
  };
  const tabs = document.getElementById("weergaven") as (HTMLElement & { activeid?: string }) | null;
  const actief = () => (tabs?.activeid ?? tabs?.getAttribute("activeid")) === tabId;
  tabs?.addEventListener("change", () => {
    if (actief()) void eenmaal();
  });
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && actief()) void eenmaal();
  });
  for (const [dropdown, labelId] of dropdowns) {
    void labelDropdown(dropdown, labelId, { verplicht: true });
    dropdown.addEventListener("focusin", (e) => {
      if (!dropdown.contains((e as FocusEvent).relatedTarget as Node | null)) void eenmaal();
    });
  }
  return eenmaal;
}
