/**
 * What every fuzz case must satisfy: a valid Tabel 1 (totals are the exact sums,
 * realisatie is totaal / doel, every shown number finite) or Dutch BanenFouten
 * that name their place and show nothing of other cells; a write plan whose
 * every cell Excel can hold. Plain throws (no expect) so that fast-check shows
 * the first broken rule with its counterexample.
 */
import { BanenFout, Decimal, type Tabel1, ZEKERE_CIJFERS } from "../../src/core";
import { celAdres } from "../../src/core/invoer/cel";
import type { UitvoerPlan } from "../../src/taskpane/uitvoer-plan";

function eis(voorwaarde: boolean, wat: string): void {
  if (!voorwaarde) throw new Error(wat);
}

const som = (d: Decimal[]) => d.reduce((a, b) => a.plus(b), new Decimal(0));

/**
 * Equal as far as 50-digit arithmetic is certain: sums of non-terminating
 * quotients (uren / 25,5) differ in the last digits depending on the order of
 * adding. What is shown is rounded from ZEKERE_CIJFERS digits (afronding.test.ts).
 */
function gelijk(a: Decimal, b: Decimal): boolean {
  return a
    .minus(b)
    .abs()
    .lessThanOrEqualTo(Decimal.max(a.abs(), b.abs(), 1).times(`1e-${ZEKERE_CIJFERS}`));
}

/** A lone surrogate: half of a character, what cutting a string between the two halves of an emoji leaves. */
const HALF_TEKEN = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** How a reader sees a name: without invisible characters, one kind of space, composed letters, no case. */
export function zichtbaar(naam: string): string {
  return naam
    .normalize("NFKC")
    .replace(/[\p{Cf}]/gu, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLocaleLowerCase("nl");
}

/** Longest message we accept: a place, a value cut short and a list of at most 20 short names. */
export const MAX_MELDING = 2000;

/** Tabel 1's invariants, exactly (decimal.js), and its rounded presentation. */
export function controleerTabel(t: Tabel1): void {
  const eindig = (d: Decimal, wat: string) =>
    eis(d.isFinite() && !d.isNegative(), `${wat} is ${d.toString()}, verwacht eindig en niet negatief`);
  for (const r of [...t.rijen, t.totaal]) {
    for (const k of ["doel", "formeel", "binnenwerk", "inleen", "totaal"] as const) eindig(r[k], `${r.naam}.${k}`);
    eis(gelijk(r.totaal, r.formeel.plus(r.binnenwerk).plus(r.inleen)), `${r.naam}: totaal is niet formeel + binnenwerk + inleen`);
    if (r.doel.isZero()) eis(r.realisatieFractie === null, `${r.naam}: doel 0 maar realisatie ${String(r.realisatieFractie)}`);
    else
      eis(
        r.realisatieFractie !== null && gelijk(r.realisatieFractie, r.totaal.dividedBy(r.doel)),
        `${r.naam}: realisatie is niet totaal / doel`,
      );
  }
  eis(gelijk(t.totaal.doel, som([...t.rijen.map((r) => r.doel), ...t.nietToegedeeld.map((n) => n.doel)])), "totaal doel is niet de som");
  for (const k of ["formeel", "binnenwerk", "inleen", "totaal"] as const) {
    eis(gelijk(t.totaal[k], som(t.rijen.map((r) => r[k]))), `totaal ${k} is niet de som van de rijen`);
  }
  eis(t.weergave.rijen.length === t.rijen.length, "weergave heeft een ander aantal rijen");
  for (const w of [...t.weergave.rijen, t.weergave.totaal]) {
    for (const k of ["doel", "formeel", "binnenwerk", "inleen", "totaal"] as const) {
      eis(
        Number.isFinite(w[k]) && Number.isInteger(w[k]) && w[k] >= 0,
        `weergave ${w.naam}.${k} = ${w[k]}, verwacht een eindig geheel getal`,
      );
    }
    eis(
      w.realisatiePercentage === null || Number.isFinite(w.realisatiePercentage),
      `weergave ${w.naam}: realisatie % = ${String(w.realisatiePercentage)}`,
    );
  }
  if (t.afronding === "sluitend") {
    for (const k of ["formeel", "binnenwerk", "inleen", "totaal"] as const) {
      const s = t.weergave.rijen.reduce((a, r) => a + r[k], 0);
      eis(s === t.weergave.totaal[k], `sluitend: ${k} telt op tot ${s}, totaalrij zegt ${t.weergave.totaal[k]}`);
    }
  }
  t.voetnoten.forEach((v, i) => eis(v.nr === i + 1, "voetnoten niet doorgenummerd"));
  const namen = t.rijen.map((r) => r.naam);
  eis(
    namen.every((n) => n.trim() === n && n !== ""),
    "lege of niet opgeschoonde ministerienaam",
  );
  eis(
    new Set(namen.map(zichtbaar)).size === namen.length,
    `ministeries die er hetzelfde uitzien staan apart in de tabel: ${JSON.stringify(namen)}`,
  );
}

const ADRES = /^([A-Z]{1,3})(\d+)(?::[A-Z]{1,3}\d+)?$/;

/** Every problem is a catalogue BanenFout with a readable Dutch message of bounded length at a consistent place, showing no secret. */
export function controleerFouten(fouten: readonly unknown[], geheimen: readonly string[] = []): void {
  eis(fouten.length > 0, "geen tabel en geen fouten");
  for (const f of fouten) {
    eis(f instanceof BanenFout, `geen BanenFout: ${String(f)}`);
    const fout = f as BanenFout;
    for (const tekst of [fout.message, fout.kern]) {
      eis(typeof tekst === "string" && tekst.length > 0, `${fout.code}: lege melding`);
      eis(!/undefined|\[object /.test(tekst), `${fout.code}: melding met "undefined" of "[object": ${tekst.slice(0, 200)}`);
      eis(tekst.length <= MAX_MELDING, `${fout.code}: melding van ${tekst.length} tekens (max ${MAX_MELDING}): ${tekst.slice(0, 120)}…`);
      eis(!HALF_TEKEN.test(tekst), `${fout.code}: melding met een half teken (losse surrogaat): ${JSON.stringify(tekst.slice(-60))}`);
    }
    const p = fout.plaats;
    if (p.cel) {
      const m = ADRES.exec(p.cel);
      eis(m !== null, `${fout.code}: cel "${p.cel}" is geen A1-adres`);
      if (m && p.rij !== undefined && !p.cel.includes(":")) eis(Number(m[2]) === p.rij, `${fout.code}: rij ${p.rij} maar cel ${p.cel}`);
    }
    const alles = `${fout.message}\n${JSON.stringify(fout.plaats)}\n${JSON.stringify(fout.params)}`;
    for (const g of geheimen)
      eis(!alles.includes(g), `${fout.code}: de melding toont "${g}" uit een andere cel: ${fout.message.slice(0, 200)}`);
  }
}

/** The markers of the columns the reader was not told to use (their cells may never appear in a message). */
export function geheimenBuiten(koppen: readonly unknown[], toewijzing: Readonly<Record<string, number | null>>): string[] {
  const gebruikt = new Set(Object.values(toewijzing).filter((k): k is number => k !== null));
  return koppen.flatMap((_, k) => (gebruikt.has(k) ? [] : [`geheim${k}x`]));
}

/** Rows × columns of an A1 range on the new sheet. */
function grootte(adres: string): { rijen: number; kolommen: number; r0: number } {
  const [a, b = a] = adres.split(":");
  const punt = (p: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(p)!;
    let k = 0;
    for (const ch of m[1]!) k = k * 26 + ch.charCodeAt(0) - 64;
    return { r: Number(m[2]), k };
  };
  const p = punt(a!);
  const q = punt(b!);
  return { rijen: q.r - p.r + 1, kolommen: q.k - p.k + 1, r0: p.r };
}

/** A write plan Excel can carry out: shapes match their addresses, every value is a finite number or text. */
export function controleerPlan(plan: UitvoerPlan): void {
  for (const blok of plan.blokken) {
    const g = grootte(blok.adres);
    eis(blok.waarden.length === g.rijen && blok.formaten.length === g.rijen, `blok ${blok.adres}: ${blok.waarden.length} rijen`);
    blok.waarden.forEach((rij, i) => {
      eis(rij.length === g.kolommen && blok.formaten[i]!.length === g.kolommen, `blok ${blok.adres}, rij ${i}: ${rij.length} kolommen`);
      rij.forEach((w, k) => {
        eis(
          (typeof w === "number" && Number.isFinite(w)) || typeof w === "string",
          `blok ${blok.adres}, ${celAdres(g.r0 - 1 + i, k)}: waarde ${String(w)} is geen eindig getal of tekst`,
        );
      });
    });
  }
  const t = grootte(plan.tabel.adres);
  eis(plan.tabel.totaalrij.length === t.kolommen, "totaalrij heeft een andere breedte dan de tabel");
  plan.tabel.totaalrij.forEach((w) =>
    eis((typeof w === "number" && Number.isFinite(w)) || typeof w === "string", `totaalrij: ${String(w)}`),
  );
}
