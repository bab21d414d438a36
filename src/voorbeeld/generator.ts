/**
 * SYNTHETIC sample data for the main job, derived from the published Tabel 1
 * 2023Q2 (seeds/tabel1-2023Q2.json). Nothing here is real personal data.
 *
 * The generator chooses unrounded values that a real data set could have had:
 * whole fte per ministry (Q1 2023) and hours per week per (ministerie, soort
 * dienstverband) in half hours, such that every published cell of Tabel 1 is
 * what you get by rounding our unrounded values the way the publication does
 * (each cell on its own, half up) — including the totals that do not add up
 * and BZ's 70 % (93 / 131 would be 71 %). Then it splits the hours into
 * person rows of 8 to 36 hours. A fixed seed makes the output reproducible.
 *
 * Method: each published value p stands for an unrounded value in
 * [p − 0,5; p + 0,5). We pick values inside those intervals (with a safety
 * margin) that also satisfy the row sums, column sums and percentages, by
 * "water filling" a target sum over intervals and alternating row/column
 * corrections for the cells. The result is checked with the real core
 * (bouwTabel1) and the generator fails loudly if any cell differs.
 */
import { Decimal, doel as berekenDoel, type GedrukteTabel1Rij, type Tabel1Invoer, bouwTabel1, fteVoorDoel } from "../core";

export type GepubliceerdeRij = GedrukteTabel1Rij & { realisatiePercentage: number };
export interface GepubliceerdeTabel1Seed {
  kwartaal: string;
  rijen: GepubliceerdeRij[];
  totaal: GepubliceerdeRij;
  nietToegedeeld: Array<{ omschrijving: string; fte: number; doel: number }>;
  voetnoten: Array<{ nr: number; tekst: string; bij: string }>;
}

export const SOORTEN = ["formeel", "binnenwerk", "inleen"] as const;
export type Soort = (typeof SOORTEN)[number];
/** How the person file writes each soort dienstverband. */
export const SOORT_LABEL: Record<Soort, string> = { formeel: "formeel", binnenwerk: "Binnenwerk", inleen: "inleen" };

export interface MinisterieVoorbeeld {
  ministerie: string;
  fte: number;
  /** Hours per week per soort, multiples of 0,5. */
  uren: Record<Soort, number>;
  voetnoot?: string;
}
export interface Persoon {
  id: string;
  ministerie: string;
  soort: Soort;
  urenPerWeek: number;
}
export interface Voorbeeld {
  kwartaal: string;
  ministeries: MinisterieVoorbeeld[];
  nietToegedeeld: Array<{ omschrijving: string; fte: number; voetnoot: string }>;
  personen: Persoon[];
}

const MARGE = 0.04; // banen kept away from every rounding boundary
const UREN_PER_BAAN = 25.5; // see UREN_PER_BAAN_PER_WEEK in src/core/regels/regels.ts

interface Interval {
  laag: number;
  hoog: number;
}

/** Values inside the intervals, as close to their middles as possible, summing to `doelSom`. */
export function vulWater(intervallen: Interval[], doelSom: number): number[] {
  const laag = intervallen.reduce((s, i) => s + i.laag, 0);
  const hoog = intervallen.reduce((s, i) => s + i.hoog, 0);
  if (doelSom < laag - 1e-9 || doelSom > hoog + 1e-9) {
    throw new Error(`vulWater: ${doelSom} ligt niet tussen ${laag} en ${hoog}`);
  }
  // Bisection on a common offset t from the middles, clamped to each interval.
  const waarde = (t: number) => intervallen.map((i) => Math.min(i.hoog, Math.max(i.laag, (i.laag + i.hoog) / 2 + t)));
  let lo = -1e6;
  let hi = 1e6;
  for (let k = 0; k < 200; k++) {
    const mid = (lo + hi) / 2;
    const s = waarde(mid).reduce((a, b) => a + b, 0);
    if (s < doelSom) lo = mid;
    else hi = mid;
  }
  return waarde((lo + hi) / 2);
}

function rondInterval(p: number): Interval {
  return { laag: Math.max(0, p - 0.5 + MARGE), hoog: p + 0.5 - MARGE };
}

function snijd(a: Interval, b: Interval): Interval {
  const i = { laag: Math.max(a.laag, b.laag), hoog: Math.min(a.hoog, b.hoog) };
  if (i.laag > i.hoog) throw new Error(`lege doorsnede ${JSON.stringify(a)} ∩ ${JSON.stringify(b)}`);
  return i;
}

/** Deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits a number of half hours into person rows of 8 to 36 hours (16 to 72 half hours). */
export function splitsUren(halveUren: number, random: () => number): number[] {
  const delen: number[] = [];
  let rest = halveUren;
  while (rest > 72) {
    let deel = 16 + Math.floor(random() * (72 - 16 + 1));
    if (rest - deel < 16) deel = rest - 16; // leave a valid last person
    delen.push(deel);
    rest -= deel;
  }
  if (rest > 0) delen.push(rest); // may be below 16 only when the whole cell is that small
  return delen.map((d) => d / 2);
}

function voetnootBij(tabel: GepubliceerdeTabel1Seed, bij: string): string | undefined {
  return tabel.voetnoten.find((v) => v.bij === bij)?.tekst;
}

/**
 * Builds the synthetic sample for the published Tabel 1: unrounded values chosen inside the
 * published cells step by step (doel, row totals, column totals, cells), turned into half hours
 * and person rows, then checked against the publication with the real core.
 */
export function genereerVoorbeeld(tabel: GepubliceerdeTabel1Seed, seed = 20230630): Voorbeeld {
  const jaar = Number(tabel.kwartaal.slice(0, 4));
  const { fte, exacteDoelen } = kiesDoelen(tabel, jaar);
  const rijTotalen = kiesRijTotalen(tabel, exacteDoelen);
  const kolomTotalen = kiesKolomTotalen(tabel, rijTotalen);
  const cel = kiesCellen(tabel.rijen, rijTotalen, kolomTotalen);
  const ministeries = alsMinisteries(tabel, fte, cel);
  const nietToegedeeld = tabel.nietToegedeeld.map((n) => ({
    omschrijving: n.omschrijving,
    fte: n.fte,
    voetnoot: (voetnootBij(tabel, `rij ${tabel.totaal.naam}`) ?? "").split(" Hierdoor")[0]!,
  }));
  const personen = alsPersonen(ministeries, prng(seed));
  const voorbeeld: Voorbeeld = { kwartaal: tabel.kwartaal, ministeries, nietToegedeeld, personen };
  controleerTegenGepubliceerd(voorbeeld, tabel);
  return voorbeeld;
}

/** Published realisatie percentage P as a fraction interval [P−0,5; P+0,5) %, kept 0,02 % from its edges. */
function percentageInterval(r: GepubliceerdeRij): Interval {
  return { laag: (r.realisatiePercentage - 0.5 + 0.02) / 100, hoog: (r.realisatiePercentage + 0.5 - 0.02) / 100 };
}

/**
 * Step 1. Whole fte per ministry whose doel lies in the published doel cell and leaves the
 * published percentage reachable, the doelen summing (with the unallocated doel) to the total.
 */
function kiesDoelen(tabel: GepubliceerdeTabel1Seed, jaar: number): { fte: number[]; exacteDoelen: number[] } {
  const nietToegedeeldDoel = tabel.nietToegedeeld.reduce((s, n) => s + berekenDoel(n.fte, jaar).toNumber(), 0);
  const doelIntervallen = tabel.rijen.map((r) => {
    // the percentage must be reachable: R/doel in [P−0,5; P+0,5) % for some R in [T−0,5; T+0,5)
    const rI = rondInterval(r.totaal);
    const p = percentageInterval(r);
    return snijd(rondInterval(r.doel), { laag: rI.laag / p.hoog, hoog: rI.hoog / p.laag });
  });
  const doelen = vulWater(doelIntervallen, tabel.totaal.doel - nietToegedeeldDoel);
  const fte = doelen.map((d) => fteVoorDoel(d, jaar).toDecimalPlaces(0).toNumber()); // whole fte
  return { fte, exacteDoelen: fte.map((f) => berekenDoel(f, jaar).toNumber()) };
}

/** Step 2. Row totals: inside the published cell and the percentage of the exact doel, summing to the published total. */
function kiesRijTotalen(tabel: GepubliceerdeTabel1Seed, exacteDoelen: number[]): number[] {
  const totaalIntervallen = tabel.rijen.map((r, i) => {
    const p = percentageInterval(r);
    return snijd(rondInterval(r.totaal), { laag: exacteDoelen[i]! * p.laag, hoog: exacteDoelen[i]! * p.hoog });
  });
  return vulWater(totaalIntervallen, tabel.totaal.totaal);
}

/** Step 3. Column totals inside the published total cells, summing to the grand total of the rows. */
function kiesKolomTotalen(tabel: GepubliceerdeTabel1Seed, rijTotalen: number[]): number[] {
  return vulWater(
    SOORTEN.map((s) => rondInterval(tabel.totaal[s])),
    rijTotalen.reduce((a, b) => a + b, 0),
  );
}

/**
 * Step 4. Cells (banen per ministry and soort): each row filled to its total inside the cell
 * intervals; then amounts move between two cells of one row (row total unchanged) until every
 * column total is met. A published 0 stays exactly 0.
 */
function kiesCellen(rijen: readonly GepubliceerdeRij[], rijTotalen: number[], kolomTotalen: number[]): number[][] {
  const grenzen = rijen.map((r) => SOORTEN.map((s) => (r[s] === 0 ? { laag: 0, hoog: 0 } : rondInterval(r[s]))));
  const cel = rijen.map((_, m) => vulWater(grenzen[m]!, rijTotalen[m]!));
  const kolomSom = (c: number) => cel.reduce((som, rij) => som + rij[c]!, 0);
  for (let stap = 0; stap < 10_000; stap++) {
    const afwijking = SOORTEN.map((_, c) => kolomSom(c) - kolomTotalen[c]!);
    const van = afwijking.indexOf(Math.max(...afwijking));
    const naar = afwijking.indexOf(Math.min(...afwijking));
    if (afwijking[van]! < 1e-9) break;
    let nodig = Math.min(afwijking[van]!, -afwijking[naar]!);
    for (let m = 0; m < rijen.length && nodig > 1e-12; m++) {
      const ruimte = Math.min(cel[m]![van]! - grenzen[m]![van]!.laag, grenzen[m]![naar]!.hoog - cel[m]![naar]!);
      const verschuif = Math.min(ruimte, nodig);
      if (verschuif <= 0) continue;
      cel[m]![van]! -= verschuif;
      cel[m]![naar]! += verschuif;
      nodig -= verschuif;
    }
    if (nodig > 1e-9) throw new Error("genereerVoorbeeld: kolomtotalen zijn niet te halen binnen de afronding");
  }
  return cel;
}

/** Step 5. Whole half hours per cell (shifts each cell by at most 0,0098 banen, inside the margin), with the row's footnote. */
function alsMinisteries(tabel: GepubliceerdeTabel1Seed, fte: number[], cel: number[][]): MinisterieVoorbeeld[] {
  return tabel.rijen.map((r, m) => {
    const uren = Object.fromEntries(SOORTEN.map((s, c) => [s, Math.round(cel[m]![c]! * UREN_PER_BAAN * 2) / 2])) as Record<Soort, number>;
    const voetnoot = voetnootBij(tabel, `rij ${r.naam}`);
    return { ministerie: r.naam, fte: fte[m]!, uren, ...(voetnoot ? { voetnoot } : {}) };
  });
}

/**
 * Step 6. Person rows: each cell's hours split into persons of 8 to 36 hours, shuffled so the
 * file looks like an export rather than a sorted aggregate, then numbered. `random` is drawn in
 * this order (splits, then shuffle), which fixes the output for a seed.
 */
function alsPersonen(ministeries: readonly MinisterieVoorbeeld[], random: () => number): Persoon[] {
  const personen: Persoon[] = [];
  for (const m of ministeries) {
    for (const s of SOORTEN) {
      for (const u of splitsUren(Math.round(m.uren[s] * 2), random)) {
        personen.push({ id: "", ministerie: m.ministerie, soort: s, urenPerWeek: u });
      }
    }
  }
  for (let i = personen.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [personen[i], personen[j]] = [personen[j]!, personen[i]!];
  }
  personen.forEach((p, i) => (p.id = `SYN-${String(i + 1).padStart(5, "0")}`));
  return personen;
}

/** The sample as core input (aggregated: hours per week per ministry). */
export function alsTabel1Invoer(v: Voorbeeld): Tabel1Invoer {
  return {
    kwartaal: v.kwartaal,
    ministeries: v.ministeries.map((m) => ({
      ministerie: m.ministerie,
      fte: m.fte,
      formeel: { uren: m.uren.formeel, periode: "week" },
      binnenwerk: { uren: m.uren.binnenwerk, periode: "week" },
      inleen: { uren: m.uren.inleen, periode: "week" },
      ...(m.voetnoot ? { voetnoot: m.voetnoot } : {}),
    })),
    nietToegedeeld: v.nietToegedeeld,
  };
}

/** Throws unless every rounded cell equals the published cell. */
export function controleerTegenGepubliceerd(v: Voorbeeld, tabel: GepubliceerdeTabel1Seed): void {
  const model = bouwTabel1(alsTabel1Invoer(v), "per-cel");
  const fouten: string[] = [];
  const vergelijk = (naam: string, ons: Record<string, unknown>, pub: GepubliceerdeRij) => {
    for (const k of ["doel", "formeel", "binnenwerk", "inleen", "totaal", "realisatiePercentage"] as const) {
      if (ons[k] !== pub[k]) fouten.push(`${naam} ${k}: ${String(ons[k])} ≠ gepubliceerd ${pub[k]}`);
    }
  };
  model.weergave.rijen.forEach((r, i) => vergelijk(r.naam, { ...r }, tabel.rijen[i]!));
  vergelijk("Totaal", { ...model.weergave.totaal }, tabel.totaal);
  if (fouten.length) throw new Error(`Voorbeeld wijkt af van de gepubliceerde Tabel 1:\n${fouten.join("\n")}`);
  // the person rows must add up to the same hours
  const som = new Map<string, Decimal>();
  for (const p of v.personen) {
    const k = `${p.ministerie}|${p.soort}`;
    som.set(k, (som.get(k) ?? new Decimal(0)).plus(p.urenPerWeek));
  }
  for (const m of v.ministeries) {
    for (const s of SOORTEN) {
      const uren = som.get(`${m.ministerie}|${s}`) ?? new Decimal(0);
      if (!uren.equals(m.uren[s])) throw new Error(`Personen ${m.ministerie} ${s}: ${uren} ≠ ${m.uren[s]} uur`);
    }
  }
}

/**
 * A larger synthetic data set in the shape of the sample, for benchmarks:
 * `aantal` person rows whose (ministerie, soort) is drawn in proportion to the
 * sample's hours and whose hours per week are 8 to 36 in half hours. The fte
 * per ministry grow with the total hours, so the realisatie percentages stay
 * like the sample's. Per-ministry hours are the exact sums of the person rows.
 * Deterministic for a given seed; it does not reproduce the published table.
 */
export function schaalVoorbeeld(v: Voorbeeld, aantal: number, seed = 20230630): Voorbeeld {
  const random = prng(seed);
  const cellen = v.ministeries.flatMap((m) => SOORTEN.map((s) => ({ ministerie: m.ministerie, soort: s, gewicht: m.uren[s] })));
  const totaalGewicht = cellen.reduce((a, c) => a + c.gewicht, 0);
  const halveUren = new Map<string, number>(); // exact: integers
  const personen: Persoon[] = [];
  const breedte = String(aantal).length;
  for (let i = 0; i < aantal; i++) {
    let r = random() * totaalGewicht;
    let c = 0;
    while (c < cellen.length - 1 && r >= cellen[c]!.gewicht) r -= cellen[c++]!.gewicht;
    const { ministerie, soort } = cellen[c]!;
    const half = 16 + Math.floor(random() * (72 - 16 + 1));
    const sleutel = `${ministerie}|${soort}`;
    halveUren.set(sleutel, (halveUren.get(sleutel) ?? 0) + half);
    personen.push({ id: `SYN-${String(i + 1).padStart(breedte, "0")}`, ministerie, soort, urenPerWeek: half / 2 });
  }
  const ministeries = v.ministeries.map((m) => ({
    ...m,
    uren: Object.fromEntries(SOORTEN.map((s) => [s, (halveUren.get(`${m.ministerie}|${s}`) ?? 0) / 2])) as Record<Soort, number>,
  }));
  const factor = ministeries.reduce((a, m) => a + m.uren.formeel + m.uren.binnenwerk + m.uren.inleen, 0) / totaalGewicht;
  return {
    kwartaal: v.kwartaal,
    ministeries: ministeries.map((m) => ({ ...m, fte: Math.round(m.fte * factor) })),
    nietToegedeeld: v.nietToegedeeld.map((n) => ({ ...n, fte: Math.round(n.fte * factor) })),
    personen,
  };
}
