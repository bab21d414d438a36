/**
 * Excel custom functions BANEN.* (namespace BANEN in manifest.xml). The JSDoc
 * of each function is its only declaration: webpack's
 * custom-functions-metadata-plugin turns it into dist/functions.json and adds
 * the CustomFunctions.associate calls. What Excel's formula autocomplete shows
 * is the first line of the comment and the @param texts, so they are Dutch.
 *
 * Each function is a few lines over src/core; reading Excel input, ranges and
 * errors is done once, in ./adapter.
 *
 * Centrale financiering (BANEN.FINANCIERING, BANEN.BANEN_UIT_BUDGET,
 * BANEN.BUDGET_SALDO, BANEN.VERDEEL_PLAFOND) lives in ./financiering.ts. The
 * build (webpack.config.js), the metadata and the tests pick up every
 * src/functions/*.ts that declares a custom function.
 */
import {
  banenNaarUren,
  type Decimal,
  doel,
  inleenAandeel,
  leesFractie,
  leesGetal,
  leesJaar,
  leesPeriode,
  leesDoelBasis,
  quotumTekst,
  quotumVoor,
  realisatie,
  realisatiePercentage,
  tekort,
  urenNaarBanen,
  verdeel,
} from "../core";
import { alsBereik, cellen, type Cel, geheel, isExcelFout, isLeeg, optioneel, perCel } from "./adapter";
import { doelSnel } from "./doel-snel";
import { documentRegels } from "./documentregels";

/**
 * Doel in banen volgens de quotumcalculator: fte × uren per fte / 25,5 × quotumpercentage. Exact, niet afgerond. Basis standaard Rijk (36 uur per fte): afgeleid, geen bron noemt 36 uur; het past bij 10.491 fte → 409 doelbanen (Tabel 1 2023Q2, voetnoot 7).
 * @customfunction DOEL
 * @param fte Aantal fte (getal of bereik; een kolom fte geeft een kolom doelen).
 * @param jaar Jaar van het quotumpercentage, bijvoorbeeld 2023 (2025 e.v.: leg het percentage met bron vast in het taakvenster, tabblad Regels).
 * @param [uren_per_fte] Basis: leeg of "Rijk" = Rijk (36 uur per fte, afgeleid); "fte zonder omrekening" (= 25,5 uur) zoals de gemeenten (200.750 fte × 2,76% ≈ 5.540); of een eigen aantal uren.
 * @param [quotumpercentage] Eigen quotumpercentage, bijvoorbeeld 2,76%; leeg = het gepubliceerde of in de werkmap vastgelegde percentage (zie BANEN.QUOTUMBRON).
 * @returns Doel in banen van 25,5 uur.
 */
export function doelFunctie(fte: any[][], jaar: any[][], uren_per_fte?: any[][], quotumpercentage?: any[][]): number[][] {
  // The common calls, exact without Decimal (doel-snel.ts: published years only, whose percentage a workbook
  // cannot replace): one cell, or a column of fte with one year; everything else, and every error, below.
  if (weggelaten(uren_per_fte) && weggelaten(quotumpercentage)) {
    const j = enkel(jaar);
    const snel = j === NIETS ? undefined : doelSnel(enkel(fte), j);
    if (snel !== undefined) return [[snel]];
    const bereik = j === NIETS ? undefined : bereikSnel(fte, j, jaar);
    if (bereik !== undefined) return bereik;
  }
  return perCel([fte, jaar, uren_per_fte, quotumpercentage], doelVanCel);
}

/** One cell of BANEN.DOEL on the general path: every argument read and checked by the core. */
function doelVanCel(f: Cel, j: Cel, basis: Cel, pct: Cel): Decimal {
  const j2 = leesJaar(j, { veld: "jaar" });
  const opgegeven = optioneel(pct, (c) => getal(c, "quotumpercentage"));
  return doel(getal(f, "fte"), j2, {
    urenPerFte: leesDoelBasis(typeof basis === "string" ? basis : optioneel(basis, (c) => getal(c, "uren per fte")), {
      veld: "uren per fte",
    }).urenPerFte,
    quotumpercentage: opgegeven ?? quotumVoor(j2, documentRegels()).waarde,
  });
}

const NIETS = Symbol("geen enkele cel");
/** The one value of a single cell or literal ([[x]] or x); NIETS for a larger range. */
const enkel = (a: unknown) => (Array.isArray(a) ? (a.length === 1 && Array.isArray(a[0]) && a[0].length === 1 ? a[0][0] : NIETS) : a);
/** An optional argument left out or empty. */
const weggelaten = (a: unknown) => a === undefined || a === null || isLeeg(enkel(a) as Cel);

/**
 * =BANEN.DOEL(A1:A100000;2023): a rectangular range of fte with one year, as Excel's one call over
 * a column. Each cell through the fast path; a cell it does not take (text, empty, an error, a
 * negative number…) through the general path on its own, so the result is perCel's, cell for cell.
 * Undefined for anything else than a rectangular range.
 */
function bereikSnel(fte: unknown, j: unknown, jaar: unknown): number[][] | undefined {
  if (!Array.isArray(fte) || fte.length === 0 || !Array.isArray(fte[0])) return undefined;
  const breedte = (fte[0] as unknown[]).length;
  if (breedte === 0 || !fte.every((rij) => Array.isArray(rij) && rij.length === breedte)) return undefined;
  return (fte as unknown[][]).map((rij) =>
    rij.map((cel) => doelSnel(cel, j) ?? perCel([[[cel]], jaar], (f, jr) => doelVanCel(f, jr, undefined, undefined))[0]![0]!),
  );
}

/**
 * Rekent verloonde uren om naar banen van 25,5 uur per week (13 weken per kwartaal, 52 per jaar). Exact.
 * @customfunction UREN_NAAR_BANEN
 * @param uren Verloonde uren (getal of bereik).
 * @param [periode] Periode van de uren: "week" (leeg), "kwartaal" of "jaar".
 * @returns Aantal banen.
 */
export function urenNaarBanenFunctie(uren: any[][], periode?: any[][]): number[][] {
  return perCel([uren, periode], (u, p) => urenNaarBanen(getal(u, "uren"), leesPeriode(p, { veld: "periode" })));
}

/**
 * Rekent banen van 25,5 uur per week om naar verloonde uren in een week, kwartaal of jaar. Exact.
 * @customfunction BANEN_NAAR_UREN
 * @param banen Aantal banen (getal of bereik).
 * @param [periode] Periode van de uren: "week" (leeg), "kwartaal" of "jaar".
 * @returns Verloonde uren.
 */
export function banenNaarUrenFunctie(banen: any[][], periode?: any[][]): number[][] {
  return perCel([banen, periode], (b, p) => banenNaarUren(getal(b, "banen"), leesPeriode(p, { veld: "periode" })));
}

/**
 * Quotumpercentage van een jaar, als fractie (0,0276): gepubliceerd, of in deze werkmap vastgelegd met bron (taakvenster, tabblad Regels). Maak de cel op als percentage; BANEN.QUOTUMBRON noemt de bron.
 * @customfunction QUOTUMPERCENTAGE
 * @param jaar Jaar, bijvoorbeeld 2023.
 * @returns Quotumpercentage als fractie; #N/B voor een jaar zonder openbare bron en zonder vastgelegd percentage.
 */
export function quotumpercentageFunctie(jaar: any[][]): number[][] {
  return perCel([jaar], (j) => quotumVoor(leesJaar(j, { veld: "jaar" }), documentRegels()).waarde);
}

/**
 * Het quotumpercentage van een jaar met zijn bron, als tekst: het brondocument, of waar en met welke bron het in deze werkmap is vastgelegd.
 * @customfunction QUOTUMBRON
 * @param jaar Jaar, bijvoorbeeld 2023.
 * @returns Bijvoorbeeld "2,76 % (bron: 003_…, Tabel 1, voetnoot 2)"; #N/B voor een jaar zonder bron.
 */
export function quotumbronFunctie(jaar: any): string {
  const fout = [jaar].find(isExcelFout);
  if (fout !== undefined) return fout as string;
  return geheel(() => quotumTekst(quotumVoor(leesJaar(jaar, { veld: "jaar" }), documentRegels())));
}

/**
 * Totaal banen gerealiseerd: formele dienstverbanden + Binnenwerk + inleenverbanden.
 * @customfunction REALISATIE
 * @param formeel Banen in formele dienstverbanden, zonder Binnenwerk.
 * @param binnenwerk Banen via Binnenwerk (toegerekend aan het betalende ministerie).
 * @param inleen Banen via inleenverbanden.
 * @returns Totaal banen gerealiseerd.
 */
export function realisatieFunctie(formeel: any[][], binnenwerk: any[][], inleen: any[][]): number[][] {
  return perCel([formeel, binnenwerk, inleen], (f, b, i) =>
    realisatie({ formeel: getal(f, "formeel"), binnenwerk: getal(b, "binnenwerk"), inleen: getal(i, "inleen") }),
  );
}

/**
 * Realisatie als fractie van het doel (0,747 = 74,7%): maak de cel op als percentage.
 * @customfunction REALISATIE_PERCENTAGE
 * @param gerealiseerd Totaal banen gerealiseerd.
 * @param doel Doel in banen (niet 0).
 * @returns Realisatiepercentage als fractie.
 */
export function realisatiePercentageFunctie(gerealiseerd: any[][], doel: any[][]): number[][] {
  return perCel([gerealiseerd, doel], (r, d) => realisatiePercentage(getal(r, "gerealiseerd"), getal(d, "doel")));
}

/**
 * Tekort in banen: doel − gerealiseerd, nooit onder 0.
 * @customfunction TEKORT
 * @param doel Doel in banen.
 * @param gerealiseerd Totaal banen gerealiseerd.
 * @returns Tekort in banen (0 als het doel gehaald is).
 */
export function tekortFunctie(doel: any[][], gerealiseerd: any[][]): number[][] {
  return perCel([doel, gerealiseerd], (d, r) => tekort(getal(d, "doel"), getal(r, "gerealiseerd")));
}

/**
 * Overheidsdeel van inleenverbanden volgens de landelijke verdeelsleutel markt/overheid; de eenheid blijft gelijk. Niet voor de eigen inleen van een ministerie: die telt in Tabel 1 volledig mee.
 * @customfunction INLEEN
 * @param uren_of_banen Uren of banen via inleenverbanden (getal of bereik).
 * @param jaar_of_verdeelsleutel Gepubliceerde sleutel: 2020, 2021 of "nulmeting"; of een eigen overheidsaandeel zoals 32%.
 * @returns Het deel dat voor de overheid telt.
 */
export function inleenFunctie(uren_of_banen: any[][], jaar_of_verdeelsleutel: any[][]): number[][] {
  return perCel([uren_of_banen, jaar_of_verdeelsleutel], (h, s) => inleenAandeel(getal(h, "uren of banen"), leesSleutel(s)));
}

/**
 * Verdeelt een geheel aantal banen naar rato van gewichten in hele banen die precies optellen (grootste rest).
 * @customfunction VERDEEL
 * @param totaal Geheel aantal banen om te verdelen, bijvoorbeeld 100.
 * @param gewichten Gewichten per partij (bereik, bijvoorbeeld fte per ministerie); de uitkomst heeft dezelfde vorm.
 * @returns Hele banen per partij, in de vorm van de gewichten; de som is precies het totaal.
 */
export function verdeelFunctie(totaal: any, gewichten: any[][]): number[][] {
  const bereik = alsBereik(gewichten);
  const alleGewichten = cellen(bereik);
  const fout = [totaal, ...alleGewichten].find(isExcelFout);
  if (fout !== undefined) return fout as number[][];
  return geheel(() => {
    const { aandelen } = verdeel(
      getal(totaal, "totaal"),
      alleGewichten.map((g, i) => getal(g, `gewicht ${i + 1}`)),
    );
    let volgende = 0;
    return bereik.map((rij) => rij.map(() => aandelen[volgende++]!));
  });
}

/** A number as a Dutch user may type it, named after the argument in error messages. */
function getal(cel: Cel, veld: string): Decimal {
  return leesGetal(cel, { veld });
}

/**
 * The second argument of INLEEN: text without digits names a published
 * moment ("nulmeting"); a whole number above 1 is a year (2020, 2021; the core
 * says which years are known); any other number is the government share
 * itself (32% = 0,32).
 */
function leesSleutel(cel: Cel): string | number | { overheid: Decimal } {
  const plaats = { veld: "jaar of verdeelsleutel" };
  if (typeof cel === "string" && cel.trim() !== "" && !/\d/.test(cel)) return cel;
  const waarde = leesGetal(cel, plaats);
  if (waarde.isInteger() && waarde.greaterThan(1)) return waarde.toNumber();
  return { overheid: leesFractie(waarde, plaats) };
}
