/**
 * Tabel 1 as text for the terminal: title, aligned table (numbers right with
 * Dutch thousands dots, realisatie as "75%", footnote markers as in the
 * publication), source line, footnotes and the rounding used. The markers and
 * header texts come from the one sheet layout (core/tabel1/opmaak), so the
 * terminal shows what the sheet shows.
 */
import { formatteerGetal, type Tabel1 } from "../../core";
import { tabel1Raster } from "../../core/tabel1/opmaak";
import { TABEL1_SCHEMA } from "../../core/tabel1/schema";
import { brekRegels, tekstTabel } from "./tabel";

/** Header width in characters before a header wraps to the next line. */
const KOPBREEDTE = 14;
/** Footnotes wrap at this width, continued under their text (the marker stays in front). */
const REGELBREEDTE = 100;

export const AFRONDING_TEKST = {
  "per-cel":
    "per cel: elke cel apart afgerond uit de onafgeronde waarde, zoals de publicatie (totalen en percentages kunnen afwijken van een som van de afgeronde cellen)",
  sluitend:
    "sluitend: afgeronde cellen met de grootsterestmethode gekozen zodat ze optellen tot de afgeronde totalen; totaal gerealiseerd en realisatie % volgen uit de afgeronde cellen",
} as const;

/** A sheet row as terminal text, per the unit of its schema column: text as is, banen with dots, percent as "75%". */
function cellen(waarden: readonly (string | number)[]): string[] {
  return waarden.map((w, k) => {
    const eenheid = TABEL1_SCHEMA[k]?.eenheid ?? "tekst";
    if (eenheid === "tekst") return String(w);
    if (w === "") return "–";
    if (eenheid === "procent") return `${formatteerGetal(Math.round(Number(w) * 100))}%`;
    return formatteerGetal(Number(w));
  });
}

export function tabel1Tekst(tabel: Tabel1): string[] {
  const raster = tabel1Raster(tabel);
  const koppen = raster.koppen.map((k, i) => (i === 0 ? [k] : brekRegels(k, KOPBREEDTE)));
  const rijen = [...raster.rijen, raster.totaal].map(cellen);
  const uitlijning = TABEL1_SCHEMA.map((k) => (k.eenheid === "tekst" ? ("links" as const) : ("rechts" as const)));
  return [
    raster.titel,
    "",
    ...tekstTabel(koppen, rijen, uitlijning, { lijnVoor: [raster.rijen.length] }),
    "",
    raster.bronregel,
    "",
    ...raster.voetnoten.flatMap((v) => brekRegels(v, REGELBREEDTE).map((r, i) => (i === 0 ? r : `  ${r}`))),
    "",
    ...brekRegels(`Afronding: ${AFRONDING_TEKST[tabel.afronding]}.`, REGELBREEDTE).map((r, i) => (i === 0 ? r : `  ${r}`)),
  ];
}
