/**
 * Step 2 of the Tabel 1 view: one labelled dropdown per field with every
 * column of the header row to choose from, the recognised column chosen; and
 * the choice read back. A required column the check misses is found again by
 * its label, so its error can send the user to that dropdown.
 */
import type { Kolomkeuze, Toewijzing } from "../core/invoer/invoer";
import { dropdownWaarde, labelDropdown, vulDropdown, type FluentDropdown } from "./bediening";
import { maak, vervangInhoud, zoek } from "./dom";

export const GEEN_KOLOM = "-";

export function toonKolommen(container: HTMLElement, voorvoegsel: string, keuze: Kolomkeuze): void {
  const opties = [{ waarde: GEEN_KOLOM, label: "(geen)" }, ...keuze.kolommen.map((k, i) => ({ waarde: String(i), label: k }))];
  let herkend = 0;
  const regels = keuze.velden.flatMap((v) => {
    const id = `${voorvoegsel}-${v.sleutel.replace(/[^A-Za-z0-9_-]/g, "_")}`;
    const label = maak(
      "label",
      { id: `${id}-label`, for: id },
      v.label,
      v.verplicht ? maak("span", { class: "verplicht" }, " (verplicht)") : null,
    );
    const dropdown = maak(
      "fluent-dropdown",
      { id, "data-veld": v.sleutel, "data-label": v.label, "data-naam": v.label },
      maak("fluent-listbox"),
    ) as FluentDropdown;
    const gekozen = keuze.toewijzing[v.sleutel];
    if (gekozen !== null && gekozen !== undefined) herkend++;
    vulDropdown(dropdown, opties, gekozen === null || gekozen === undefined ? GEEN_KOLOM : String(gekozen));
    void labelDropdown(dropdown, `${id}-label`, { verplicht: v.verplicht });
    return [label, dropdown];
  });
  const uitleg =
    herkend === 0
      ? "Geen kolom is herkend aan de kolomkoppen: wijs elke verplichte kolom aan."
      : herkend < keuze.velden.length
        ? `${herkend} van ${keuze.velden.length} kolommen herkend aan de kolomkoppen; wijs de andere aan als ze er zijn.`
        : "Alle kolommen zijn herkend aan de kolomkoppen; kies een andere kolom als dat nodig is.";
  vervangInhoud(container, ...regels, maak("p", { class: "herkend" }, uitleg));
}

/** The columns chosen in `container` for each field of `keuze` (null: none). */
export function gekozenToewijzing(container: string, keuze: Kolomkeuze): Toewijzing {
  return Object.fromEntries(
    keuze.velden.map((v) => {
      const d = zoek(container).querySelector<FluentDropdown>(`fluent-dropdown[data-veld="${CSS.escape(v.sleutel)}"]`);
      const w = d ? dropdownWaarde(d) : null;
      return [v.sleutel, w === null || w === GEEN_KOLOM ? null : Number(w)];
    }),
  );
}

/** The column dropdown for a field label ("uren per week"), in the main or the fte columns. */
export function kolomVeld(label: string): HTMLElement | null {
  for (const container of ["kolommen", "fte-kolommen"]) {
    const d = zoek(container).querySelector<HTMLElement>(`fluent-dropdown[data-label="${CSS.escape(label)}"]`);
    if (d && !d.closest("[hidden]")) return d;
  }
  return null;
}
