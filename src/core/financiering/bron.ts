/**
 * Where the doel and gerealiseerd of a centrale financiering come from, and
 * what that means for the numbers. Shared by the CLI and the task pane, so
 * both say the same about their source.
 *
 * Three kinds of numbers, and why the difference matters:
 * - "gedrukt": the cells of a printed Tabel 1 (the publication, or a sheet
 *   written by `banen tabel1` or the pane). Every cell is rounded on its own
 *   to whole banen, so doel − gerealiseerd can differ from the exact tekort
 *   by less than 1 baan either way; with "omhoog" that can be one job more
 *   or less per ministry. A printed table has nothing better to offer.
 * - "exact": computed from the input data of Tabel 1 (fte and hours), before
 *   any rounding: the tekort as the quotum defines it.
 * - "cellen": a list of ministerie, doel and gerealiseerd that is not a
 *   Tabel 1: the values as they are in the cells, whatever their precision.
 *
 * Doel that belongs to no ministry (DJI's 409 doelbanen, seed 003 footnote 7)
 * cannot be financed per ministry: it is left out of the rows and named in a
 * note, as is the table's own total row, which includes that doel.
 */
import { Decimal, som } from "../basis/decimaal";
import { BanenFout, type Plaats } from "../basis/fouten";
import { centraleFinanciering, type Financiering, type FinancieringInvoer, type FinancieringOpties } from "./financiering";
import { FINANCIERING_TITEL, type FinancieringRaster, financieringAannames, financieringRaster } from "./opmaak";
import { formatteerGetal } from "../basis/getal";
import type { DoelEnGerealiseerd } from "../invoer/gedrukt";
import { kwartaalUitNaam } from "../invoer/herken";
import { leegVerslag, type Leesverslag } from "../invoer/leesverslag";
import type { Tabel1 } from "../tabel1/tabel1";

export type FinancieringGetallen = "gedrukt" | "exact" | "cellen";

export interface FinancieringBron {
  /** What was read: a table's title ("Tabel 1 Aantal … 2023Q2"), or null for a plain list. */
  naam: string | null;
  /** Where it was read: a file or sheet name ("blad Tabel 1 2023Q2", "tabel1-2023Q2.json"). */
  plaats: string;
  /** Quarter of the realisatie, from the title or the name of the sheet or file ("2023Q2"), or null. */
  kwartaal: string | null;
  getallen: FinancieringGetallen;
  /** One per ministry, in the source's order; rij is the row in the sheet or file. */
  ministeries: FinancieringInvoer[];
  /** Doel that belongs to no ministry: left out of the financing, named in a note. */
  nietToegedeeld: Array<{ omschrijving: string; doel: Decimal }>;
  /** The source's own total row, if any (not used: it may include doel of no ministry). */
  totaal: { naam: string; doel: Decimal; gerealiseerd: Decimal } | null;
  /**
   * How the source was read (leesverslag): one report per input read, in the
   * order read. Every output shows it: the CLI (text and --json), the pane.
   */
  verslagen: Leesverslag[];
  /**
   * The user's header per field ("gevraagd" → "Gevraagde banen"), so an error
   * in a row names the column as the user sees it; absent: the field's name.
   */
  koppen?: Partial<Record<string, string>>;
  /** The sheet (or file) whose rows `rij` counts, for messages; absent: `plaats`. */
  blad?: string;
}

/** The fields of FinancieringInvoer as the core's messages name their column (centraleFinanciering). */
const KOLOM_VAN_VELD: Readonly<Record<string, string>> = {
  doel: "doel",
  gerealiseerd: "totaal",
  gevraagd: "gevraagd",
  budget: "budget",
  "kosten per baan": "kostenPerBaan",
  ministerie: "naam",
};

/**
 * The centrale financiering of a source: `centraleFinanciering` over its
 * ministries, with every error placed where the user sees it (the sheet or
 * file of the source, and the column under the user's own header). The one
 * call for the CLI and the pane.
 */
export function financieringUitBron(bron: FinancieringBron, opties: FinancieringOpties = {}): Financiering {
  try {
    return centraleFinanciering(bron.ministeries, opties);
  } catch (e) {
    if (!(e instanceof BanenFout)) throw e;
    const plaats = (f: BanenFout): BanenFout => (f.plaats.rij === undefined ? f : f.op(bronPlaats(bron, f.plaats)));
    if (e.code === "ONGELDIGE_INVOER") throw new BanenFout(e.code, e.params, e.plaats, e.fouten.map(plaats));
    throw plaats(e);
  }
}

function bronPlaats(bron: FinancieringBron, p: Plaats): Plaats {
  const sleutel = p.kolom !== undefined ? KOLOM_VAN_VELD[p.kolom] : undefined;
  const kop = sleutel !== undefined ? bron.koppen?.[sleutel] : undefined;
  return { blad: bron.blad ?? bron.plaats, ...(kop ? { kolom: kop } : {}) };
}

/** The source from a grid read by `leesDoelEnGerealiseerd` (a printed Tabel 1 or a plain list). */
export function financieringBronUitRaster(g: DoelEnGerealiseerd, plaats: string): FinancieringBron {
  return {
    naam: g.titel,
    plaats,
    kwartaal: kwartaalUitNaam(g.titel ?? "") ?? kwartaalUitNaam(plaats),
    getallen: g.isTabel1 ? "gedrukt" : "cellen",
    ministeries: g.rijen.map((r) => ({
      ministerie: r.naam,
      doel: r.doel,
      gerealiseerd: r.gerealiseerd,
      rij: r.rij,
      ...(r.gevraagd !== undefined ? { gevraagd: r.gevraagd } : {}),
      ...(r.budget !== undefined ? { budget: r.budget } : {}),
    })),
    nietToegedeeld: g.nietToegedeeld.map((n) => ({ omschrijving: n.omschrijving, doel: new Decimal(n.doel) })),
    totaal: g.totaal ? { naam: g.totaal.naam, doel: g.totaal.doel, gerealiseerd: g.totaal.gerealiseerd } : null,
    verslagen: [g.verslag],
    koppen: g.koppen,
    blad: g.blad,
  };
}

/**
 * The source from a Tabel 1 we computed from input data: its exact values,
 * or (to match the printed table) its rounded cells.
 */
export function financieringBronUitTabel1(
  tabel: Tabel1,
  getallen: "exact" | "gedrukt",
  plaats: string,
  verslagen: Leesverslag[] = [leegVerslag(plaats)],
): FinancieringBron {
  const exact = getallen === "exact";
  return {
    verslagen,
    naam: `Tabel 1 ${tabel.titel}`,
    plaats,
    kwartaal: tabel.kwartaal,
    getallen,
    ministeries: tabel.rijen.map((r, i) => {
      const w = tabel.weergave.rijen[i]!;
      return {
        ministerie: r.naam,
        doel: exact ? r.doel : new Decimal(w.doel),
        gerealiseerd: exact ? r.totaal : new Decimal(w.totaal),
        rij: i + 1,
      };
    }),
    nietToegedeeld: tabel.nietToegedeeld.map((n, i) => ({
      omschrijving: n.omschrijving,
      doel: exact ? n.doel : new Decimal(tabel.weergave.nietToegedeeld[i]!),
    })),
    totaal: {
      naam: tabel.totaal.naam,
      doel: exact ? tabel.totaal.doel : new Decimal(tabel.weergave.totaal.doel),
      gerealiseerd: exact ? tabel.totaal.totaal : new Decimal(tabel.weergave.totaal.totaal),
    },
  };
}

/** The year of the realisatie (2023 from "2023Q2"), for the sheet name; null when unknown. */
export function financieringJaar(bron: Pick<FinancieringBron, "kwartaal">): number | null {
  const m = /^(\d{4})Q[1-4]$/.exec(bron.kwartaal ?? "");
  return m ? Number(m[1]) : null;
}

/** Which numbers were used, in one short phrase (CLI header, pane summary). */
export const GETALLEN_TEKST: Readonly<Record<FinancieringGetallen, string>> = {
  gedrukt: "gedrukte (per cel afgeronde) doel en gerealiseerd",
  exact: "exacte (onafgeronde) doel en gerealiseerd, berekend uit de invoer",
  cellen: "doel en gerealiseerd zoals ze in de cellen staan",
};

/** Banen as a note shows them: whole as 409, otherwise with two decimals (408,78). */
function banenTekst(d: Decimal): string {
  return d.isInteger() ? formatteerGetal(d) : formatteerGetal(d, 2);
}

/**
 * Notes on the source, under the financing's own footnotes: which numbers
 * were used and what that means, the doel that belongs to no ministry, and
 * the source's total row.
 */
export function herkomstNotities(bron: FinancieringBron, f: Pick<Financiering, "totaal">): string[] {
  const wat = bron.naam ? `${bron.naam} (${bron.plaats})` : bron.plaats;
  const notities: string[] = [];
  if (bron.getallen === "gedrukt") {
    notities.push(
      `Bron: de gedrukte cellen doel en totaal banen gerealiseerd van ${wat}. Die zijn per cel afgerond op hele banen, ` +
        "zoals de publicatie; het exacte tekort van een ministerie kan daardoor minder dan 1 baan verschillen van doel − gerealiseerd hier.",
    );
  } else if (bron.getallen === "exact") {
    notities.push(
      `Bron: doel en totaal banen gerealiseerd exact (onafgerond) berekend uit ${bron.plaats}, met de rekenregels van ${bron.naam ?? "Tabel 1"}; ` +
        "de gedrukte Tabel 1 toont ze per cel afgerond.",
    );
  } else {
    notities.push(`Bron: doel en gerealiseerd zoals ze in de cellen van ${wat} staan.`);
  }
  for (const n of bron.nietToegedeeld) {
    notities.push(
      `Niet toegedeeld: ${n.omschrijving}, doel ${banenTekst(n.doel)} banen. Dit doel hoort bij geen ministerie en is niet per ` +
        "ministerie te financieren; het telt niet mee in de tabel hierboven.",
    );
  }
  if (bron.totaal) {
    const t = bron.totaal;
    const zelfde = t.doel.equals(f.totaal.doel) && t.gerealiseerd.equals(f.totaal.gerealiseerd);
    notities.push(
      `De totaalrij van de bron ("${t.naam}": doel ${banenTekst(t.doel)}, gerealiseerd ${banenTekst(t.gerealiseerd)}) is niet gebruikt` +
        (zelfde
          ? "; het totaal hierboven is de som van de ministeries en komt ermee overeen."
          : `: het totaal hierboven is de som van de ministeries (doel ${banenTekst(f.totaal.doel)}, gerealiseerd ${banenTekst(f.totaal.gerealiseerd)})` +
            (bron.nietToegedeeld.length > 0 ? "; de totaalrij telt ook het niet toegedeelde doel mee." : ".")),
    );
  }
  return notities;
}

/** Sum of the doel that belongs to no ministry. */
export function nietToegedeeldDoel(bron: FinancieringBron): Decimal {
  return som(bron.nietToegedeeld.map((n) => n.doel));
}

/**
 * The financing as one grid with its source: the layout of
 * financiering-opmaak, the quarter in the title, and the notes on the source
 * after the numbered footnotes. The CLI (text and xlsx) and the pane use it.
 */
export function financieringBlad(f: Financiering, bron: FinancieringBron): FinancieringRaster {
  const raster = financieringRaster(f);
  return {
    ...raster,
    titel: bron.kwartaal ? `${FINANCIERING_TITEL} (realisatie ${bron.kwartaal})` : raster.titel,
    voetnoten: [...raster.voetnoten, ...aannameNotities(f), ...herkomstNotities(bron, f)],
  };
}

/**
 * The assumptions the numbered footnotes do not state already (those name the
 * division and the cost per baan at their column): the plafond, the ministries
 * without their own ask, one budget for all. So the sheet, the pane and the
 * terminal list every assumption (financieringAannames) once.
 */
export function aannameNotities(f: Financiering): string[] {
  return financieringAannames(f)
    .filter((a) => a.onderwerp !== "verdeling" && a.onderwerp !== "kosten per baan")
    .map((a) => `Aanname (${a.onderwerp}): ${a.tekst}`);
}
