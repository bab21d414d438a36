/**
 * A sheet grid (title, headers, rows, total row, formats: core Tabel1Vorm) as
 * an HTML table in the pane, for reading before writing and for screen
 * readers: a caption, column headers (th scope=col), the first cell of each
 * row as its row header (th scope=row), the total row in <tfoot>. Cells show
 * what Excel shows with the sheet's format: whole banen with a thousands
 * point, fractions in "0%" as whole percent. Text goes in as text only.
 */
import { Decimal, formatteerGetal, heelProcent } from "../core";
import type { Celwaarde } from "../core/blad/blad-plan";
import { PROCENT_FORMAAT, type Tabel1Vorm } from "../core/tabel1/opmaak";
import { maak, vervangInhoud } from "./dom";

/** A cell as Dutch text, as Excel shows it with `formaat` ("" stays empty). */
export function celAlsTekst(waarde: Celwaarde, formaat: string): string {
  if (typeof waarde === "string") return waarde;
  if (formaat === PROCENT_FORMAAT) return `${heelProcent(new Decimal(waarde))}%`;
  return formatteerGetal(new Decimal(waarde).toDecimalPlaces(formaat.includes(".00") ? 2 : 0, Decimal.ROUND_HALF_UP));
}

/** Fills `tabel` (with caption, thead, tbody, tfoot) from the grid; `titel` for the caption (default the grid's title). */
export function vulHtmlTabel(
  tabel: HTMLTableElement,
  raster: Pick<Tabel1Vorm, "titel" | "koppen" | "rijen" | "totaal" | "formaten">,
  titel = raster.titel,
): void {
  vervangInhoud(tabel.caption ?? tabel.appendChild(maak("caption")), titel);
  const rij = (cellen: readonly Celwaarde[]) =>
    maak(
      "tr",
      {},
      ...cellen.map((c, k) =>
        k === 0
          ? maak("th", { scope: "row" }, celAlsTekst(c, "General"))
          : maak("td", { class: typeof c === "number" ? "getal" : undefined }, celAlsTekst(c, raster.formaten[k] ?? "General")),
      ),
    );
  vervangInhoud(tabel.tHead ?? tabel.createTHead(), maak("tr", {}, ...raster.koppen.map((k) => maak("th", { scope: "col" }, String(k)))));
  vervangInhoud(tabel.tBodies[0] ?? tabel.createTBody(), ...raster.rijen.map(rij));
  vervangInhoud(tabel.tFoot ?? tabel.createTFoot(), ...(raster.totaal.length > 0 ? [rij(raster.totaal)] : []));
}
