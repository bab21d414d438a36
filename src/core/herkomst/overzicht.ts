/**
 * The sheet "Herkomst" beside Tabel 1 (issue 17): per ministry and soort
 * (doel, formeel, Binnenwerk, inleen) the number of input rows, the exact
 * hours (or fte) per unit, the banen before and after rounding, and the rule
 * used. The total row follows the ministries.
 */
import { formatteerGetal } from "../basis/getal";
import type { Kolom } from "../tabel1/tabel1";
import { celHerkomst, type HerkomstBron } from "./herkomst";

export const HERKOMST_BLAD = "Herkomst";
export const HERKOMST_KOPPEN = [
  "Ministerie",
  "Soort",
  "Aantal rijen",
  "Uren of fte (exact)",
  "Eenheid",
  "Banen onafgerond",
  "Banen gedrukt",
  "Regel",
] as const;

const SOORTEN: ReadonlyArray<{ kolom: Kolom; naam: string }> = [
  { kolom: "doel", naam: "doel" },
  { kolom: "formeel", naam: "formeel" },
  { kolom: "binnenwerk", naam: "Binnenwerk" },
  { kolom: "inleen", naam: "inleen" },
];

/** One line per ministry, soort and unit; texts and numbers as a sheet holds them (exact values as text, never cut to 15 digits). */
export function herkomstOverzicht(bron: HerkomstBron): Array<Array<string | number>> {
  const t = bron.tabel;
  const uit: Array<Array<string | number>> = [];
  for (const naam of [...t.rijen.map((r) => r.naam), t.totaal.naam]) {
    for (const { kolom, naam: soort } of SOORTEN) {
      const h = celHerkomst(bron, naam, kolom);
      const banen = h.exact === null ? "" : formatteerGetal(h.exact.toDecimalPlaces(10));
      const gedrukt = h.gedrukt ?? "";
      if (kolom === "doel") {
        const fte = h.rijen().reduce((a, r) => (r.soort === "fte" ? a.plus(r.waarde) : a), h.exact!.times(0));
        uit.push([naam, soort, h.aantalRijen, formatteerGetal(fte), "fte", banen, gedrukt, h.regels.join(" ")]);
        continue;
      }
      if (h.omrekeningen.length === 0) uit.push([naam, soort, 0, "0", "", banen, gedrukt, ""]);
      const perEenheid = new Map<string, { rijen: number; som: import("../basis/decimaal").Decimal; regel: string }>();
      for (const o of h.omrekeningen) {
        const e = perEenheid.get(o.eenheid);
        perEenheid.set(
          o.eenheid,
          e ? { rijen: e.rijen + o.rijen, som: e.som.plus(o.som), regel: o.regel } : { rijen: o.rijen, som: o.som, regel: o.regel },
        );
      }
      for (const [eenheid, e] of perEenheid) uit.push([naam, soort, e.rijen, formatteerGetal(e.som), eenheid, banen, gedrukt, e.regel]);
    }
  }
  return uit;
}
