/**
 * Herkomst (issue 17): for every cell of Tabel 1 (per ministry and the total
 * row; doel, formeel, Binnenwerk, inleen, totaal, realisatie %) where it comes
 * from: the input rows (sheet or file, row number, id), their value with its
 * unit, the exact sum per unit, the conversion to banen with its rule, the doel
 * from fte with its rule, and the rounding. Computed on demand for the cell
 * asked: person rows come from the reader's compact record (invoer/rij-registratie.ts)
 * and are read again from the grid; a ministry row is its one row.
 */
import { Decimal, NUL, som } from "../basis/decimaal";
import { BanenFout } from "../basis/fouten";
import { formatteerGetal } from "../basis/getal";
import { type Eenheid, eenheidTekst, leesPeriode, UREN, urenPerBaan } from "../eenheden/eenheden";
import type { InvoerHerkomst } from "../invoer/invoer";
import { DELEN, type Deel } from "../invoer/herken";
import { ExacteSom } from "../invoer/optelling";
import type { RijRegistratie } from "../invoer/rij-registratie";
import { ministerieNaam } from "../invoer/cel";
import { ministerieSleutel } from "../tabel1/ministeries";
import { type Hoeveelheid, type Kolom, KOLOMKOPPEN, type MinisterieInvoer, type Tabel1, type Tabel1Invoer } from "../tabel1/tabel1";
import { doelRegel, omrekenRegel } from "./regelteksten";

/** One input row behind a cell. */
export interface HerkomstRij {
  /** Sheet or file. */
  bron: string;
  /** 1-based row in that sheet or file (JSON: position in the list). */
  rij: number;
  id?: string;
  /** What the row gives: a dienstverband (hours or banen), fte or a given doel. */
  soort: Deel | "fte" | "doel";
  waarde: Decimal;
  /** "uren per week", "banen", "fte". */
  eenheid: string;
}

/** The exact sum of one ministry's rows of one dienstverband in one unit, and its conversion to banen. */
export interface Omrekening {
  ministerie: string;
  soort: Deel;
  eenheid: string;
  rijen: number;
  som: Decimal;
  deler: Decimal;
  regel: string;
  banen: Decimal;
}

export interface CelHerkomst {
  ministerie: string;
  kolom: Kolom;
  kop: string;
  /** The unrounded value (realisatie: a fraction); null when it has none (realisatie without doel). */
  exact: Decimal | null;
  /** The printed value (realisatie: whole percent). */
  gedrukt: number | null;
  /** Every step from rows to the printed figure, in Dutch. */
  stappen: string[];
  /** The rules the steps use, each once, with its source (core/regels/regels.ts). */
  regels: string[];
  omrekeningen: Omrekening[];
  aantalRijen: number;
  /** The rows (all, or rows van..tot-1), read on demand. */
  rijen(van?: number, tot?: number): HerkomstRij[];
}

/** The model's input and the reader's record, with the table built from them. */
export interface HerkomstBron {
  tabel: Tabel1;
  invoer: Tabel1Invoer;
  /** From the reader (maakInvoer with herkomst: true); absent for JSON input. */
  herkomst?: InvoerHerkomst;
}

const sleutel = (naam: string) => ministerieSleutel(ministerieNaam(naam));

/** The input row of each model row, by the one name key. */
function invoerVan(bron: HerkomstBron, naam: string): MinisterieInvoer {
  const m = bron.invoer.ministeries.find((x) => sleutel(x.ministerie) === sleutel(naam));
  if (!m)
    throw new BanenFout("ONBEKEND_MINISTERIE", { naam, bekend: bron.tabel.rijen.map((r) => r.naam).join(", ") }, { veld: "--ministerie" });
  return m;
}

/** A given quantity (one row per ministry, JSON) as value and unit. */
function gegeven(h: Hoeveelheid | undefined): { waarde: Decimal; eenheid: Eenheid } {
  if (h !== null && typeof h === "object" && !(h instanceof Decimal))
    return { waarde: new Decimal(h.uren), eenheid: UREN[leesPeriode(h.periode)] };
  return { waarde: h === undefined || h === null || h === "" ? NUL : new Decimal(h), eenheid: { soort: "banen" } };
}

interface Deelherkomst {
  omrekeningen: Omrekening[];
  exact: Decimal;
  aantal: number;
  rijen: (van: number, tot: number) => HerkomstRij[];
}

/** One ministry's dienstverband: its rows, sums per unit and banen, as the model computed it (optelling.ts). */
function deelHerkomst(bron: HerkomstBron, naam: string, deel: Deel): Deelherkomst {
  const m = invoerVan(bron, naam);
  const registratie = bron.herkomst?.personen;
  const blad = bron.herkomst?.hoofd ?? "JSON-invoer";
  if (!registratie) {
    const { waarde, eenheid } = gegeven(m[deel]);
    const rij: HerkomstRij = { bron: blad, rij: m.rij ?? 0, soort: deel, waarde, eenheid: eenheidTekst(eenheid) };
    const o = omrekening(naam, deel, eenheid, 1, waarde);
    return { omrekeningen: [o], exact: o.banen, aantal: 1, rijen: (van, tot) => [rij].slice(van, tot) };
  }
  const indexen = registratie.rijen(m, deel);
  const sommen = sommenPerEenheid(registratie, indexen);
  const omrekeningen = [...sommen].map(([e, s]) => omrekening(naam, deel, e, s.rijen, s.som));
  // As the model: one unit is converted on its own; mixed units become hours per year first (optelling.ts).
  const exact =
    omrekeningen.length === 1
      ? omrekeningen[0]!.banen
      : [...sommen]
          .reduce((a, [e, s]) => a.plus(s.som.times(urenPerBaan("jaar")).dividedBy(omrekenRegel(e).deler)), NUL)
          .dividedBy(urenPerBaan("jaar"));
  const teksten = new Map<Eenheid, string>();
  const rij = (i: number): HerkomstRij => {
    const r = registratie.lees(i);
    let eenheid = teksten.get(r.eenheid);
    if (eenheid === undefined) teksten.set(r.eenheid, (eenheid = eenheidTekst(r.eenheid)));
    return r.id !== undefined
      ? { bron: blad, rij: registratie.rijNr(i), id: r.id, soort: deel, waarde: r.waarde, eenheid }
      : { bron: blad, rij: registratie.rijNr(i), soort: deel, waarde: r.waarde, eenheid };
  };
  const rijen = (van: number, tot: number) => Array.from(indexen.subarray(van, tot), rij);
  return { omrekeningen, exact: omrekeningen.length === 0 ? NUL : exact, aantal: indexen.length, rijen };
}

/**
 * The exact sum per unit of the rows, as the reader's pass added them (ExacteSom: a plain number
 * without a Decimal, so Totaal Rijk's 250.000 rows cost one pass, not 250.000 Decimal additions).
 */
function sommenPerEenheid(registratie: RijRegistratie, indexen: Int32Array): Map<Eenheid, { som: Decimal; rijen: number }> {
  const per = new Map<Eenheid, { som: ExacteSom; rijen: number }>();
  for (let j = 0; j < indexen.length; j++) {
    const r = registratie.waarde(indexen[j]!);
    let s = per.get(r.eenheid);
    if (!s) per.set(r.eenheid, (s = { som: new ExacteSom(), rijen: 0 }));
    s.som.tel(r.waarde);
    s.rijen++;
  }
  return new Map([...per].map(([e, s]) => [e, { som: s.som.waarde(), rijen: s.rijen }]));
}

function omrekening(ministerie: string, soort: Deel, e: Eenheid, rijen: number, s: Decimal): Omrekening {
  const { deler, regel } = omrekenRegel(e);
  return { ministerie, soort, eenheid: eenheidTekst(e), rijen, som: s, deler, regel, banen: s.dividedBy(deler) };
}

/** Several parts after one another as one list of rows (for totaal and Totaal Rijk). */
function achterElkaar(delen: Array<{ aantal: number; rijen: (van: number, tot: number) => HerkomstRij[] }>) {
  return (van = 0, tot = Infinity): HerkomstRij[] => {
    const uit: HerkomstRij[] = [];
    let begin = 0;
    for (const d of delen) {
      const a = Math.max(van - begin, 0);
      const b = Math.min(tot - begin, d.aantal);
      if (b > a) uit.push(...d.rijen(a, b));
      begin += d.aantal;
    }
    return uit;
  };
}

/** The doel of one ministry or niet-toegedeeld line: its fte (or given doel) and the rule. */
function doelDelen(
  bron: HerkomstBron,
  naam: string | null,
): Array<{ aantal: number; rijen: (van: number, tot: number) => HerkomstRij[]; stap: string; exact: Decimal; regel: string | null }> {
  const t = bron.tabel;
  const blad = bron.herkomst ? (bron.herkomst.fte ?? bron.herkomst.hoofd) : "JSON-invoer";
  type Bronrij = { rij?: number; urenPerFte?: unknown };
  const ministeries = t.rijen.filter((r) => naam === null || sleutel(r.naam) === sleutel(naam));
  const regels: Array<{ r: { fte: Decimal | null; doel: Decimal; naam?: string; omschrijving?: string }; m: Bronrij }> = [
    ...ministeries.map((r) => ({ r, m: invoerVan(bron, r.naam) as Bronrij })),
    ...(naam === null ? t.nietToegedeeld.map((n, i) => ({ r: n, m: (bron.invoer.nietToegedeeld?.[i] ?? {}) as Bronrij })) : []),
  ];
  return regels.map(({ r, m }) => {
    const label = r.naam ?? r.omschrijving ?? "";
    const rij: HerkomstRij =
      r.fte !== null
        ? { bron: blad, rij: m.rij ?? 0, soort: "fte", waarde: r.fte, eenheid: "fte" }
        : { bron: blad, rij: m.rij ?? 0, soort: "doel", waarde: r.doel, eenheid: "banen" };
    const uren = m.urenPerFte !== undefined ? new Decimal(m.urenPerFte as string) : t.urenPerFte;
    const stap =
      r.fte !== null
        ? `${label}: ${formatteerGetal(r.fte)} fte (${blad} rij ${rij.rij}) × ${formatteerGetal(uren)} ÷ 25,5 × ${formatteerGetal(t.quotumpercentage.times(100))} % = ${formatteerGetal(r.doel.toDecimalPlaces(6))} doelbanen`
        : `${label}: doel ${formatteerGetal(r.doel)} banen opgegeven (${blad} rij ${rij.rij}), niet berekend uit fte`;
    const regel = r.fte !== null ? doelRegel(t.quotumjaar, uren, t.quotumpercentage) : null;
    return { aantal: 1, rijen: (van: number, tot: number) => [rij].slice(van, tot), stap, exact: r.doel, regel };
  });
}

const ROND_PER_CEL = "afgerond op een heel getal, half naar boven (ROUND_HALF_UP), elke cel apart (voetnoot 1)";
const ROND_SLUITEND = "afgerond zodat de tabel sluit: grootsterestmethode per kolom (voetnoot 1)";

/** Whether `naam` is the total row ("Totaal Rijk", or the table's own total name). */
function isTotaal(t: Tabel1, naam: string): boolean {
  return sleutel(naam) === sleutel(t.totaal.naam) || /^totaal\b/i.test(naam.trim());
}

/**
 * The herkomst of one cell: `ministerie` is a row name (any alias) or the
 * total row's name; `kolom` one of KOLOMMEN. Throws ONBEKEND_MINISTERIE for a name not in the table.
 */
export function celHerkomst(bron: HerkomstBron, ministerie: string, kolom: Kolom): CelHerkomst {
  const t = bron.tabel;
  const totaal = isTotaal(t, ministerie);
  const index = totaal ? -1 : t.rijen.findIndex((r) => sleutel(r.naam) === sleutel(ministerie));
  if (!totaal && index < 0) invoerVan(bron, ministerie);
  const rij = totaal ? t.totaal : t.rijen[index]!;
  const weergave = totaal ? t.weergave.totaal : t.weergave.rijen[index]!;
  const namen = totaal ? t.rijen.map((r) => r.naam) : [rij.naam];
  const afronding = t.afronding === "sluitend" ? ROND_SLUITEND : ROND_PER_CEL;
  const kop = KOLOMKOPPEN[kolom];
  const basis = { ministerie: rij.naam, kolom, kop };
  if (kolom === "realisatie") {
    const gedrukt = weergave.realisatiePercentage;
    const stappen = [
      `${kop} van ${rij.naam} = totaal gerealiseerd ÷ doel = ${formatteerGetal(rij.totaal.toDecimalPlaces(4))} ÷ ${formatteerGetal(rij.doel.toDecimalPlaces(4))}` +
        (rij.realisatieFractie
          ? ` = ${formatteerGetal(rij.realisatieFractie.times(100).toDecimalPlaces(4))} %`
          : " (geen doel: geen percentage)"),
      t.afronding === "sluitend"
        ? `gedrukt: ${weergave.totaal} ÷ ${weergave.doel} (de gedrukte cellen), half naar boven op een heel procent = ${gedrukt ?? "–"} %`
        : `gedrukt: half naar boven op een heel procent = ${gedrukt ?? "–"} %`,
    ];
    const regels = ["realisatie % = totaal gerealiseerd ÷ doel × 100, half naar boven op een heel procent (Tabel 1, seed 003)"];
    return { ...basis, exact: rij.realisatieFractie, gedrukt, stappen, regels, omrekeningen: [], aantalRijen: 0, rijen: () => [] };
  }
  if (kolom === "doel") {
    const delen = doelDelen(bron, totaal ? null : rij.naam);
    const exact = som(delen.map((d) => d.exact));
    const stappen = [
      ...delen.map((d) => d.stap),
      ...(delen.length > 1 ? [`som: ${formatteerGetal(exact.toDecimalPlaces(6))} doelbanen`] : []),
      `${afronding}: ${formatteerGetal(weergave.doel)}`,
    ];
    const regels = [...new Set(delen.flatMap((d) => (d.regel ? [d.regel] : [])))];
    return {
      ...basis,
      exact,
      gedrukt: weergave.doel,
      stappen,
      regels,
      omrekeningen: [],
      aantalRijen: delen.length,
      rijen: achterElkaar(delen),
    };
  }
  const soorten: readonly Deel[] = kolom === "totaal" ? DELEN : [kolom];
  const delen = namen.flatMap((n) => soorten.map((d) => deelHerkomst(bron, n, d)));
  // In the model's order (tabel1.ts): per dienstverband the sum over the ministries, then formeel + Binnenwerk + inleen.
  const exact = som(soorten.map((_, j) => som(delen.filter((_, i) => i % soorten.length === j).map((d) => d.exact))));
  const omrekeningen = delen.flatMap((d) => d.omrekeningen);
  const stappen = [
    ...omrekeningen.map(
      (o) =>
        `${o.ministerie}, ${o.soort}: ${formatteerGetal(o.rijen)} rij(en), som ${formatteerGetal(o.som)} ${o.eenheid} ÷ ${formatteerGetal(o.deler)} = ${formatteerGetal(o.banen.toDecimalPlaces(6))} banen`,
    ),
    ...(omrekeningen.length > 1 ? [`som: ${formatteerGetal(exact.toDecimalPlaces(6))} banen`] : []),
    kolom === "totaal" && t.afronding === "sluitend"
      ? `gedrukt: de som van de gedrukte cellen formeel + Binnenwerk + inleen = ${formatteerGetal(weergave.totaal)}`
      : `${afronding}: ${formatteerGetal(weergave[kolom])}`,
  ];
  return {
    ...basis,
    regels: [...new Set(omrekeningen.map((o) => o.regel))],
    exact,
    gedrukt: weergave[kolom],
    stappen,
    omrekeningen,
    aantalRijen: delen.reduce((a, d) => a + d.aantal, 0),
    rijen: achterElkaar(delen),
  };
}
