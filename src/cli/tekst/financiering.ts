/**
 * A centrale financiering as text for the terminal: title, which numbers
 * were used, the aligned table, the summary (label and value in columns),
 * the verdict and the footnotes with the notes on the source. Cells come
 * from the one layout (core/financiering/opmaak via financieringTekst), so
 * the terminal shows what the sheet shows.
 */
import type { FinancieringRaster } from "../../core/financiering/opmaak";
import { financieringTekst } from "../../core/financiering/opmaak";
import { type FinancieringBron, GETALLEN_TEKST } from "../../core/financiering/bron";
import { brekRegels, tekstTabel } from "./tabel";

/** Header width in characters before a header wraps. */
const KOPBREEDTE = 13;
/** Notes and sentences wrap at this width, continued indented. */
const REGELBREEDTE = 100;

const gebroken = (tekst: string, inspringen = "  ") => brekRegels(tekst, REGELBREEDTE).map((r, i) => (i === 0 ? r : `${inspringen}${r}`));

export function financieringTekstRegels(raster: FinancieringRaster, bron: FinancieringBron): string[] {
  const t = financieringTekst(raster);
  const koppen = t.koppen.map((k, i) => (i === 0 ? [k] : brekRegels(k, KOPBREEDTE)));
  const uitlijning = raster.kolommen.map((k) => (k === "ministerie" ? ("links" as const) : ("rechts" as const)));
  const labelBreedte = Math.max(...t.samenvatting.map(([l]) => [...l].length));
  const waardeBreedte = Math.max(...t.samenvatting.map(([, w]) => [...w].length));
  return [
    raster.titel,
    ...gebroken(`Getallen: ${GETALLEN_TEKST[bron.getallen]}, uit ${bron.plaats}.`),
    "",
    ...tekstTabel(koppen, [...t.rijen, t.totaal], uitlijning, { lijnVoor: [t.rijen.length] }),
    "",
    ...t.samenvatting.map(([label, waarde]) => `${label.padEnd(labelBreedte)}  ${waarde.padStart(waardeBreedte)}`),
    "",
    ...raster.oordeel.flatMap((z) => gebroken(z)),
    "",
    ...raster.voetnoten.flatMap((v) => gebroken(v)),
  ];
}
