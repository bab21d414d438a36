/**
 * A quarter the user adds to the series from a Tabel 1 of their own (a file
 * for `banen reeks --tabel1`, a sheet in the task pane), read as a centrale-
 * financiering source (ministerie, doel, gerealiseerd; the quarter from the
 * title or the name). Shared by the CLI and the pane so both make the same point.
 */
import { Decimal, som } from "../basis/decimaal";
import { BanenFout } from "../basis/fouten";
import type { FinancieringBron } from "../financiering/bron";
import type { ReeksPunt } from "./reeks";

/**
 * The point of a Tabel 1: its quarter, Totaal Rijk (or, without a total row,
 * the ministries plus the doel of no ministry), every ministry; doelsoort
 * "eigen" and `bron` naming the file or sheet. No quarter: ONGELDIG_KWARTAAL.
 */
export function eigenPunt(bron: FinancieringBron, naam: string): ReeksPunt {
  if (!bron.kwartaal) throw new BanenFout("ONGELDIG_KWARTAAL", { waarde: naam }, { blad: naam });
  const ministeries = bron.ministeries.map((m) => ({
    naam: m.ministerie,
    doelBanen: new Decimal(m.doel),
    realisatieBanen: new Decimal(m.gerealiseerd),
  }));
  const doel = bron.totaal?.doel ?? som([...ministeries.map((m) => m.doelBanen), ...bron.nietToegedeeld.map((n) => n.doel)]);
  const realisatie = bron.totaal?.gerealiseerd ?? som(ministeries.map((m) => m.realisatieBanen));
  return {
    moment: bron.kwartaal,
    omschrijving: `Tabel 1 ${bron.kwartaal}`,
    doelsoort: "eigen",
    doelBanen: doel,
    realisatieBanen: realisatie,
    bron: naam,
    ministeries,
  };
}
