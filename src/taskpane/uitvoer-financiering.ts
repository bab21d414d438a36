/**
 * The write plan of a centrale financiering (same shape as Tabel 1's,
 * uitvoer-plan.ts), laid out from the one definition the CLI's workbook also
 * uses (core/financiering-opmaak: financieringIndeling, formats, widths,
 * names; core/financiering-bron: title with the quarter, notes on the
 * source): title; an Excel table of the ministries with a bold total row;
 * the summary, label in A and value in B; the verdict; the footnotes.
 */
import {
  FINANCIERING_TABELSTIJL,
  FINANCIERING_TITELGROOTTE,
  type FinancieringRaster,
  financieringBladnaam,
  financieringIndeling,
  financieringTabelnaam,
} from "../core/financiering-opmaak";
import { TEKST_FORMAAT, tekensNaarPunten } from "../core/tabel1-opmaak";
import { bereik, kolomLetters } from "./adres";
import type { Blok, UitvoerPlan } from "./uitvoer-plan";

export function maakFinancieringPlan(raster: FinancieringRaster, opties: { jaar: number | null; kwartaal: string | null }): UitvoerPlan {
  const ind = financieringIndeling(raster);
  const n = raster.koppen.length;
  const tekstKolom = (rij: number, regels: readonly string[]): Blok => ({
    adres: bereik(rij, 0, regels.length, 1),
    waarden: regels.map((r) => [r]),
    formaten: regels.map(() => [TEKST_FORMAAT]),
  });

  const blokken: Blok[] = [
    tekstKolom(ind.titelRij, [raster.titel]),
    {
      adres: bereik(ind.kopRij, 0, 1 + raster.rijen.length, n),
      waarden: [raster.koppen, ...raster.rijen],
      formaten: [raster.koppen.map(() => TEKST_FORMAAT), ...raster.rijen.map(() => [...raster.formaten])],
    },
    {
      adres: bereik(ind.eersteSamenvattingRij, 0, raster.samenvatting.length, 2),
      waarden: raster.samenvatting.map((s) => [s.label, s.waarde]),
      formaten: raster.samenvatting.map((s) => [TEKST_FORMAAT, s.formaat]),
    },
    tekstKolom(ind.eersteOordeelRij, raster.oordeel),
  ];
  if (raster.voetnoten.length > 0) blokken.push(tekstKolom(ind.eersteVoetnootRij, raster.voetnoten));

  return {
    bladnaam: financieringBladnaam(opties.jaar),
    tabelnaam: financieringTabelnaam(opties.jaar),
    blokken,
    tabel: {
      adres: bereik(ind.kopRij, 0, 1 + raster.rijen.length, n),
      totaalrij: raster.totaal,
      totaalFormaten: [...raster.formaten],
      stijl: FINANCIERING_TABELSTIJL,
    },
    vet: [bereik(ind.titelRij, 0, 1, 1), bereik(ind.kopRij, 0, 1, n)],
    // Headers wrap; so do the summary labels in column A, whose values sit in B and would cut them off.
    omloop: [bereik(ind.kopRij, 0, 1, n), bereik(ind.eersteSamenvattingRij, 0, raster.samenvatting.length, 1)],
    titelCel: bereik(ind.titelRij, 0, 1, 1),
    titelGrootte: FINANCIERING_TITELGROOTTE,
    kolombreedtes: raster.breedtes.map((b, i) => ({ kolom: kolomLetters(i), punten: tekensNaarPunten(b) })),
    grafiek: null,
    samenvatting: { rijen: raster.rijen.length, voetnoten: raster.voetnoten.length, kwartaal: opties.kwartaal },
  };
}
