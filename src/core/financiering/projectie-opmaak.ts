/**
 * The projection of a centrale financiering onto Tabel 1 (./projectie) as a
 * sheet in Tabel 1's layout (title, table with Totaal Rijk as the bold total
 * row, source line, footnotes): per ministry the doel, what is gerealiseerd
 * now, the Binnenwerk column now (when the source is a printed Tabel 1), the
 * financed banen that land in it, and the realisatie before and after. The
 * doel of no ministry stays uncovered in Totaal Rijk, and a footnote says so.
 * Pure; the task pane writes the plan, and the numbers are `projecteer`'s.
 */
import type { BladPlan, Celwaarde } from "../blad/blad-plan";
import { formatteerGetal } from "../basis/getal";
import { GETAL_FORMAAT, metVoetnoten, PROCENT_FORMAAT, planInTabel1Indeling, type Tabel1Vorm, voetnootTekens } from "../tabel1/opmaak";
import { ministerieSleutel } from "../tabel1/ministeries";
import { type Financiering, VERDEELMETHODE_TEKST } from "./financiering";
import type { Projectie, ProjectieRij } from "./projectie";
import type { FinancieringGetallen } from "./bron";
import { leesGedrukteTabel1 } from "../invoer/gedrukt";
import type { Raster } from "../invoer/raster";
import type { Decimaalteken } from "../invoer/getalnotatie";

/** The Binnenwerk column of the source (a printed Tabel 1), per ministry and in its total row; null for a plain list. */
export interface ProjectieBinnenwerk {
  perMinisterie: ReadonlyArray<{ naam: string; banen: number }>;
  totaal: number | null;
}

export interface ProjectieContext {
  /** Quarter of the realisatie ("2023Q2"), or null. */
  kwartaal: string | null;
  /** Where the source was read ("blad Tabel 1 2023Q2"). */
  plaats: string;
  binnenwerk: ProjectieBinnenwerk | null;
}

/** "Projectie Tabel 1 2023Q2" (the pane makes it unique). */
export function projectieBladnaam(kwartaal: string | null): string {
  return kwartaal === null ? "Projectie Tabel 1" : `Projectie Tabel 1 ${kwartaal}`;
}

/**
 * The Binnenwerk column of a printed Tabel 1 read from `raster` (for the projection), or null when
 * the numbers are not the printed ones or the sheet is no complete printed Tabel 1 (a plain list of
 * doel and gerealiseerd): the projection then goes without Binnenwerk now. Pane and CLI alike.
 */
export function binnenwerkUitGedrukt(
  raster: Raster,
  getallen: FinancieringGetallen,
  decimaalteken?: Decimaalteken,
): ProjectieBinnenwerk | null {
  if (getallen !== "gedrukt") return null;
  try {
    const t = leesGedrukteTabel1(raster, decimaalteken);
    return { perMinisterie: t.rijen.map((r) => ({ naam: r.naam, banen: r.binnenwerk })), totaal: t.totaal.binnenwerk };
  } catch {
    return null;
  }
}

/** The Binnenwerk now of a ministry (by the one name key), or null when the source has no such column. */
function binnenwerkVan(b: ProjectieBinnenwerk | null, naam: string): number | null {
  if (!b) return null;
  const sleutel = ministerieSleutel(naam);
  return b.perMinisterie.find((r) => ministerieSleutel(r.naam) === sleutel)?.banen ?? null;
}

/** The projection as one grid; realisatie as a fraction (Excel's "0%"), banen as printed (whole, #,##0). */
export function projectieRaster(
  p: Projectie,
  f: Pick<Financiering, "verdeling" | "afronding" | "plafond">,
  c: ProjectieContext,
): Tabel1Vorm {
  const metBinnenwerk = c.binnenwerk !== null;
  const voetnoten = [
    "Een projectie, geen meting: de gefinancierde banen komen in de kolom Binnenwerk van het ministerie dat ze betaalt " +
      "(seed 003, voetnoot 3: de ministeries betalen de banen van deze medewerkers); ze tellen pas mee als ze ingevuld zijn.",
  ];
  if (f.verdeling !== null)
    voetnoten.push(
      `Het plafond van ${formatteerGetal(f.plafond ?? 0)} banen is verdeeld ${VERDEELMETHODE_TEKST[f.verdeling]} ` +
        "(aanname van de gebruiker: de bronnen geven geen verdeelsleutel).",
    );
  const nietToegedeeld = p.nietToegedeeld.map((n) => `${n.omschrijving}: doel ${formatteerGetal(n.doel)} banen`);
  if (nietToegedeeld.length > 0)
    voetnoten.push(
      `Doel van geen ministerie, dat geen financiering per ministerie dekt en dat in ${p.totaal.ministerie} blijft: ${nietToegedeeld.join("; ")}.`,
    );
  const totaalNoot = nietToegedeeld.length > 0 ? [voetnoten.length] : [];
  const fractie = (x: ProjectieRij["voorFractie"]): Celwaarde => (x === null ? "" : x.toNumber());
  const cellen = (r: ProjectieRij, naam: string, binnenwerk: number | null): Celwaarde[] => [
    naam,
    r.doelBanen.toNumber(),
    r.gerealiseerdBanen.toNumber(),
    ...(metBinnenwerk ? [binnenwerk ?? ""] : []),
    r.gefinancierdBanen,
    ...(metBinnenwerk ? [binnenwerk === null ? "" : binnenwerk + r.gefinancierdBanen] : []),
    r.naBanen.toNumber(),
    fractie(r.voorFractie),
    fractie(r.naFractie),
  ];
  const k = c.kwartaal ? ` ${c.kwartaal}` : "";
  const projectie = voetnootTekens([1]);
  const koppen = [
    "Ministerie",
    `Doel${k}`,
    `Totaal banen gerealiseerd${k}`,
    ...(metBinnenwerk ? [`Binnenwerk${k}`] : []),
    `Binnenwerk erbij (gefinancierd)${projectie}`,
    ...(metBinnenwerk ? ["Binnenwerk na financiering"] : []),
    "Totaal banen na financiering",
    `Realisatie %${k}`,
    "Realisatie % na financiering",
  ];
  const formaten = koppen.map((_, i) => (i === 0 ? "General" : i >= koppen.length - 2 ? PROCENT_FORMAAT : GETAL_FORMAAT));
  return {
    titel: `Projectie Tabel 1${k}: realisatie per ministerie na centrale financiering via Binnenwerk`,
    koppen,
    rijen: p.rijen.map((r) => cellen(r, r.ministerie, binnenwerkVan(c.binnenwerk, r.ministerie))),
    totaal: cellen(p.totaal, metVoetnoten(p.totaal.ministerie, totaalNoot), c.binnenwerk?.totaal ?? null),
    bronregel: `Bron: Tabel 1${k} (${c.plaats}) en de centrale financiering daarop; realisatie % na financiering = (totaal banen + gefinancierd) / doel.`,
    voetnoten: voetnoten.map((t, i) => `${voetnootTekens([i + 1])} ${t}`),
    formaten,
    breedtes: koppen.map((_, i) => (i === 0 ? 20 : 14)),
  };
}

/** The projection as a sheet plan in Tabel 1's layout. */
export function projectiePlan(raster: Tabel1Vorm, kwartaal: string | null): BladPlan {
  return planInTabel1Indeling(raster, {
    bladnaam: projectieBladnaam(kwartaal),
    tabelnaam: kwartaal === null ? "Projectie" : `Projectie_${kwartaal}`,
  });
}
