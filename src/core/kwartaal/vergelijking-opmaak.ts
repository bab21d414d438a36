/**
 * How a comparison of two quarters of Tabel 1 is laid out: Tabel 1's own
 * layout (tabel1Indeling: title, table with a bold total row, source line,
 * footnotes in lines as wide as the table) and house style, with per
 * ministry the realisatie % and the totaal banen gerealiseerd of both
 * quarters and the change. Shared by the task pane; pure, no Office.
 */
import type { BladPlan, Celwaarde } from "../blad/blad-plan";
import type { KwartaalVergelijking, VergelijkingRij } from "./vergelijking";
import { GETAL_FORMAAT, metVoetnoten, PROCENT_FORMAAT, planInTabel1Indeling, type Tabel1Vorm, voetnootTekens } from "../tabel1/opmaak";
import { tabel1Kop } from "../tabel1/schema";

/** A change in whole procentpunten with its sign (Dutch Excel: +5, -3, 0). */
export const PROCENTPUNT_FORMAAT = "+0;-0;0";
/** A change in banen with its sign and thousands separator (Dutch Excel: +1.234, -12, 0). */
export const VERSCHIL_FORMAAT = "+#,##0;-#,##0;0";

export const VERGELIJKING_KOLOMMEN = [
  "ministerie",
  "realisatieEerder",
  "realisatieLater",
  "verschilProcentpunten",
  "totaalEerder",
  "totaalLater",
  "verschilBanen",
] as const;
export type VergelijkingKolom = (typeof VERGELIJKING_KOLOMMEN)[number];

const FORMAAT: Readonly<Record<VergelijkingKolom, string>> = {
  ministerie: "General",
  realisatieEerder: PROCENT_FORMAAT,
  realisatieLater: PROCENT_FORMAAT,
  verschilProcentpunten: PROCENTPUNT_FORMAAT,
  totaalEerder: GETAL_FORMAAT,
  totaalLater: GETAL_FORMAAT,
  verschilBanen: VERSCHIL_FORMAAT,
};

/** Width per column in characters: the ministry as in Tabel 1, room for the wrapped headers. */
const BREEDTE: Readonly<Record<VergelijkingKolom, number>> = {
  ministerie: 20,
  realisatieEerder: 13,
  realisatieLater: 13,
  verschilProcentpunten: 14,
  totaalEerder: 15,
  totaalLater: 15,
  verschilBanen: 12,
};

/** "Vergelijking 2023Q1 2023Q2" (the pane makes it unique). */
export function vergelijkingBladnaam(v: Pick<KwartaalVergelijking, "eerder" | "later">): string {
  return `Vergelijking ${v.eerder.kwartaal} ${v.later.kwartaal}`;
}

/** The comparison as one grid, in the shape of Tabel 1's (title, headers, rows, total row, source line, footnotes). */
export type VergelijkingRaster = Tabel1Vorm;

/** The comparison as one grid: realisatie as a fraction (Excel's "0%"), changes as whole numbers, "" for a missing side. */
export function vergelijkingRaster(v: KwartaalVergelijking): VergelijkingRaster {
  const { eerder, later } = v;
  const voetnoten = [
    `Verschil: ${later.kwartaal} min ${eerder.kwartaal}, realisatie in procentpunten, banen in voltijdswaarden van 25,5 uur. ` +
      "Beide tabellen zijn per cel afgerond, zoals gepubliceerd; een verschil van 1 kan door afronding komen.",
  ];
  const alleen = (namen: string[], kwartaal: string) => {
    if (namen.length === 0) return [];
    voetnoten.push(`Alleen in Tabel 1 ${kwartaal}: ${namen.join(", ")}.`);
    return [voetnoten.length];
  };
  const alleenEerder = alleen(v.alleenEerder, eerder.kwartaal);
  const alleenLater = alleen(v.alleenLater, later.kwartaal);
  const fractie = (p: number | null | undefined): Celwaarde => (p === null || p === undefined ? "" : p / 100);
  const cellen = (r: VergelijkingRij, naam: string): Celwaarde[] => [
    naam,
    fractie(r.eerder?.realisatiePercentage),
    fractie(r.later?.realisatiePercentage),
    r.verschilProcentpunten ?? "",
    r.eerder?.totaal ?? "",
    r.later?.totaal ?? "",
    r.verschilBanen ?? "",
  ];
  const merk = (r: VergelijkingRij) => metVoetnoten(r.naam, !r.later ? alleenEerder : !r.eerder ? alleenLater : []);
  const verschil = voetnootTekens([1]);
  return {
    titel: `Vergelijking Tabel 1 ${eerder.kwartaal} en ${later.kwartaal}: realisatie en gerealiseerde banen per ministerie`,
    koppen: [
      tabel1Kop("naam"),
      `${tabel1Kop("realisatie")} ${eerder.kwartaal}`,
      `${tabel1Kop("realisatie")} ${later.kwartaal}`,
      `Verschil (procentpunt)${verschil}`,
      `${tabel1Kop("totaal")} ${eerder.kwartaal}`,
      `${tabel1Kop("totaal")} ${later.kwartaal}`,
      `Verschil (banen)${verschil}`,
    ],
    rijen: v.rijen.map((r) => cellen(r, merk(r))),
    totaal: cellen(v.totaal, v.totaal.naam),
    bronregel: `Bron: Tabel 1 ${eerder.kwartaal} (${eerder.plaats}) en Tabel 1 ${later.kwartaal} (${later.plaats}).`,
    voetnoten: voetnoten.map((t, i) => `${voetnootTekens([i + 1])} ${t}`),
    formaten: VERGELIJKING_KOLOMMEN.map((k) => FORMAAT[k]),
    breedtes: VERGELIJKING_KOLOMMEN.map((k) => BREEDTE[k]),
  };
}

/** The comparison as a sheet plan, in Tabel 1's layout and house style (with its print setup). */
export function vergelijkingPlan(v: KwartaalVergelijking): BladPlan {
  return planInTabel1Indeling(vergelijkingRaster(v), {
    bladnaam: vergelijkingBladnaam(v),
    tabelnaam: `Vergelijking_${v.eerder.kwartaal}_${v.later.kwartaal}`,
  });
}
