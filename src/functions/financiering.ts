/**
 * Excel custom functions for centrale financiering (BANEN.FINANCIERING,
 * BANEN.BANEN_UIT_BUDGET, BANEN.BUDGET_SALDO, BANEN.VERDEEL_PLAFOND,
 * BANEN.VERDEEL_CAPACITEIT) and its effect on Tabel 1
 * (BANEN.PROJECTIE_REALISATIE). Same
 * form as ./functions: the JSDoc is the only declaration (the build and the
 * tests pick up every src/functions/*.ts with @customfunction, see
 * scripts/functiebestanden.js), each body a call into src/core/financiering/financiering
 * through the shared adapter (./adapter): no parsing or try/catch here.
 *
 * Amounts are euro in whole cents (the core refuses a fraction of a cent);
 * cost per baan and plafond are always arguments, never a default. Budget and
 * saldo are separate functions rather than one "toereikend" flag: the saldo
 * says by how much, and BANEN_UIT_BUDGET says in jobs.
 */
import {
  banenUitBudget,
  realisatieNaFinanciering,
  verdeelCapaciteit,
  type Decimal,
  type Getal,
  budgetSaldo,
  financieringVoorTekort,
  leesAantalBanen,
  leesBedrag,
  leesHeleBanen,
  leesKostenPerBaan,
  leesPlafond,
  leesTekortAfronding,
  verdeelPlafond,
} from "../core";
import { alsBereik, type Cel, cellen, geheel, isExcelFout, isLeeg, perCel } from "./adapter";

/**
 * Benodigd budget in euro voor een tekort in hele banen: hele banen × kosten per baan. Een tekort van 12,3 is 13 banen (of 12 met "omlaag").
 * @customfunction FINANCIERING
 * @param tekort Tekort in banen (getal of bereik), bijvoorbeeld uit BANEN.TEKORT.
 * @param kosten_per_baan Kosten van één baan in euro, groter dan 0, hoogstens 2 decimalen (zelf opgeven; de bronnen geven geen bedrag).
 * @param [afronding] Hele banen uit het tekort: "omhoog" (leeg; 12,3 wordt 13, genoeg om het quotum te halen) of "omlaag" (12,3 wordt 12).
 * @returns Benodigd budget in euro.
 */
export function financieringFunctie(tekort: any[][], kosten_per_baan: any[][], afronding?: any[][]): number[][] {
  return perCel([tekort, kosten_per_baan, afronding], (t, k, a) =>
    financieringVoorTekort(leesAantalBanen(t, { veld: "tekort" }), kosten(k), leesTekortAfronding(a)),
  );
}

/**
 * Aantal hele banen dat een budget betaalt: budget / kosten per baan, naar beneden afgerond.
 * @customfunction BANEN_UIT_BUDGET
 * @param budget Beschikbaar budget in euro (getal of bereik), hoogstens 2 decimalen.
 * @param kosten_per_baan Kosten van één baan in euro, groter dan 0 (zelf opgeven; de bronnen geven geen bedrag).
 * @returns Hele banen die het budget dekt.
 */
export function banenUitBudgetFunctie(budget: any[][], kosten_per_baan: any[][]): number[][] {
  return perCel([budget, kosten_per_baan], (b, k) => banenUitBudget(leesBudget(b), kosten(k)));
}

/**
 * Saldo in euro: budget − banen × kosten per baan. Positief is een overschot, negatief een tekort; 0 of meer = het budget is toereikend.
 * @customfunction BUDGET_SALDO
 * @param budget Beschikbaar budget in euro (getal of bereik), hoogstens 2 decimalen.
 * @param banen Geheel aantal te financieren banen, bijvoorbeeld uit BANEN.VERDEEL_PLAFOND.
 * @param kosten_per_baan Kosten van één baan in euro, groter dan 0 (zelf opgeven; de bronnen geven geen bedrag).
 * @returns Overschot (+) of tekort (−) in euro.
 */
export function budgetSaldoFunctie(budget: any[][], banen: any[][], kosten_per_baan: any[][]): number[][] {
  return perCel([budget, banen, kosten_per_baan], (b, n, k) => budgetSaldo(leesBudget(b), leesHeleBanen(n), kosten(k)));
}

/**
 * Hele banen per ministerie: het hele tekort, of bij een te klein plafond naar rato van het tekort (een aanname; zelf kiezen: BANEN.VERDEEL_CAPACITEIT).
 * @customfunction VERDEEL_PLAFOND
 * @param plafond Beschikbare plaatsen in hele banen, bijvoorbeeld 400 (2022) of ongeveer 500 (2023).
 * @param tekorten Tekort in banen per ministerie (bereik); de uitkomst heeft dezelfde vorm.
 * @param [afronding] Hele banen uit elk tekort: "omhoog" (leeg; 12,3 wordt 13) of "omlaag" (12,3 wordt 12).
 * @returns Hele banen per ministerie; de som is het plafond, of het hele tekort als dat kleiner is.
 */
export function verdeelPlafondFunctie(plafond: any, tekorten: any[][], afronding?: any): number[][] {
  const bereik = alsBereik(tekorten);
  const alleTekorten = cellen(bereik);
  const fout = [plafond, afronding, ...alleTekorten].find(isExcelFout);
  if (fout !== undefined) return fout as number[][];
  return geheel(() => {
    const { banen } = verdeelPlafond(
      leesPlafond(plafond),
      alleTekorten.map((t, i) => leesAantalBanen(t, { veld: `tekort ${i + 1}` })),
      leesTekortAfronding(afronding),
    );
    let volgende = 0;
    return bereik.map((rij) => rij.map(() => banen[volgende++]!));
  });
}

/**
 * Plaatsen van Binnenwerk (het plafond) over wat elk ministerie vraagt, op de verdeling die u kiest; nooit meer dan een ministerie vraagt.
 * @customfunction VERDEEL_CAPACITEIT
 * @param plafond Beschikbare plaatsen in hele banen: zelf opgeven (2022: maximaal 400; 2023: ongeveer 500 erbij, samen ongeveer 900).
 * @param gevraagd Hele banen die elk ministerie wil financieren (bereik); de uitkomst heeft dezelfde vorm.
 * @param verdeling Als er meer gevraagd wordt dan het plafond: "naar-vraag" of "naar-tekort". Geen standaard: de bronnen geven geen verdeelsleutel.
 * @param [tekorten] Tekort per ministerie (bereik, zelfde volgorde); nodig bij "naar-tekort"; dan mag niemand meer vragen dan zijn tekort.
 * @param [afronding] Hele banen uit elk tekort: "omhoog" (leeg; 12,3 wordt 13) of "omlaag" (12,3 wordt 12).
 * @returns Hele banen per ministerie; de som is het plafond, of alles wat gevraagd is als dat past.
 */
export function verdeelCapaciteitFunctie(plafond: any, gevraagd: any[][], verdeling: any, tekorten?: any[][], afronding?: any): number[][] {
  const bereik = alsBereik(gevraagd);
  const vraag = cellen(bereik);
  const tekortCellen = tekorten === undefined || tekorten === null ? null : cellen(alsBereik(tekorten));
  const metTekorten = tekortCellen !== null && !tekortCellen.every(isLeeg);
  const fout = [plafond, verdeling, afronding, ...vraag, ...(metTekorten ? tekortCellen : [])].find(isExcelFout);
  if (fout !== undefined) return fout as number[][];
  return geheel(() => {
    const { banen } = verdeelCapaciteit(
      plafond,
      vraag,
      verdeling,
      metTekorten ? tekortCellen.map((t, i) => leesAantalBanen(t, { veld: `tekort ${i + 1}` })) : null,
      leesTekortAfronding(afronding),
    );
    let volgende = 0;
    return bereik.map((rij) => rij.map(() => banen[volgende++]!));
  });
}

/**
 * Realisatie na financiering als fractie van het doel: (gerealiseerd + gefinancierde banen) / doel. Maak de cel op als percentage.
 * @customfunction PROJECTIE_REALISATIE
 * @param gerealiseerd Totaal banen gerealiseerd nu (getal of bereik), bijvoorbeeld uit Tabel 1.
 * @param doel Doel in banen (niet 0).
 * @param gefinancierd Hele banen die erbij komen in de kolom Binnenwerk, bijvoorbeeld uit BANEN.VERDEEL_CAPACITEIT.
 * @returns Realisatiepercentage na financiering als fractie (een projectie, geen meting).
 */
export function projectieRealisatieFunctie(gerealiseerd: any[][], doel: any[][], gefinancierd: any[][]): number[][] {
  return perCel([gerealiseerd, doel, gefinancierd], (r, d, f) => realisatieNaFinanciering(r as Getal, d as Getal, f as Getal));
}

/** Cost per baan from a cell, named as the argument in messages. */
function kosten(cel: Cel): Decimal {
  return leesKostenPerBaan(cel, { veld: "kosten per baan" });
}

/** An available budget from a cell. */
function leesBudget(cel: Cel): Decimal {
  return leesBedrag(cel, { veld: "budget" });
}
