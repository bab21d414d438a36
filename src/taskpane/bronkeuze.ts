/**
 * The source dropdown every view has ("Tabel …", "Blad …", "Huidige
 * selectie"): filled from the workbook overview (stroom.ts: bronKeuzes),
 * keeping the user's choice when it still exists, and the choice read back.
 * Shared by the Tabel 1 view and the financing view.
 */
import { dropdownWaarde, vulDropdown, type FluentDropdown } from "./bediening";
import type { BronKeuze } from "./stroom";

/** Fills the dropdown with the sources; keeps `gekozen` (by default the current choice) selected when it is still there. */
export function vulBronnen(
  dropdown: FluentDropdown,
  keuzes: readonly BronKeuze[],
  gekozen: string | null = dropdownWaarde(dropdown),
): void {
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
