/**
 * The source of `banen financiering` from a file: doel and gerealiseerd per
 * ministry, and which numbers they are (core/financiering/bron.ts).
 *
 * - A printed Tabel 1 or any list with ministerie, doel and gerealiseerd
 *   (.csv, .xlsx: whole sheets, read by the shared printed-table reader
 *   core/invoer/gedrukt.ts), or such a table as JSON (seeds/tabel1-2023Q2.json,
 *   or `banen tabel1 --json`, which also carries the exact values).
 * - The input of `banen tabel1` (one row per ministry or per employee, or its
 *   JSON): Tabel 1 is built first with the same reader and model, so its
 *   exact values are known.
 */
import * as path from "node:path";
import {
  BanenFout,
  besluitNotatie,
  bouwTabel1,
  type Decimaalteken,
  Decimal,
  type Getal,
  herkenHoofd,
  leegVerslag,
  leesDoelEnGerealiseerd,
  leesGetalIn,
  type Leesverslag,
  metKopRij,
  type NotatieKolom,
  type Raster,
  zonderBedragtekens,
} from "../core";
import { FINANCIERING_VELDEN } from "../core/invoer/herken";
import {
  type FinancieringBron,
  type FinancieringGetallen,
  financieringBronUitRaster,
  financieringBronUitTabel1,
} from "../core/financiering/bron";
import { binnenwerkUitGedrukt, type ProjectieBinnenwerk } from "../core/financiering/projectie-opmaak";
import { leesJson, leesRasters, type Soort } from "./bestanden";
import type { Leeskeuzes } from "./leesopties";
import { leesTabel1Bron } from "./tabel1-invoer";

export type Waarden = "exact" | "gedrukt";

export interface FinancieringBronOpties {
  blad?: string;
  fte?: string;
  kwartaal?: string;
  /** --codering, --scheidingsteken, --decimaalteken. */
  lezen?: Leeskeuzes;
  /** Which numbers; default: exact when the source has them, else the printed ones. */
  waarden?: Waarden;
}

const JSON_VORM =
  'een gedrukte Tabel 1 ({ "titel", "rijen": [ { "naam", "doel", "totaal" } ], "totaal": {...} } zoals seeds/tabel1-2023Q2.json of banen tabel1 --json) ' +
  'of de invoer van banen tabel1 ({ "kwartaal", "ministeries": [...] })';

/**
 * The source of a financing; from a printed Tabel 1 sheet (.xlsx, CSV) also its Binnenwerk column,
 * for the projection sheet (null: none, as for a plain list, JSON and the input of Tabel 1).
 */
export type FinancieringBronMetBinnenwerk = FinancieringBron & { binnenwerk: ProjectieBinnenwerk | null };

export async function leesFinancieringBron(
  pad: string,
  soort: Soort,
  opties: FinancieringBronOpties,
): Promise<FinancieringBronMetBinnenwerk> {
  const bestand = path.basename(pad);
  if (soort === "json") {
    const data = leesJson(pad, opties.lezen?.codering);
    if (isObject(data) && Array.isArray(data.ministeries)) return { ...(await uitTabel1Invoer(pad, soort, opties)), binnenwerk: null };
    if (isObject(data) && Array.isArray(data.rijen))
      return { ...uitGedruktJson(data, bestand, opties.waarden, opties.lezen?.decimaalteken), binnenwerk: null };
    throw new BanenFout("ONBEKENDE_VORM", { verwacht: JSON_VORM }, { blad: bestand });
  }

  // A printed table lies partly outside its Excel table (title, total row, footnotes): read whole sheets.
  const bladen = await leesRasters(pad, soort, {
    ...opties.lezen,
    heelBlad: true,
    ...(opties.blad !== undefined && soort === "xlsx" ? { blad: opties.blad } : {}),
  });
  let eersteFout: BanenFout | null = null;
  for (const blad of bladen) {
    try {
      const bron = financieringBronUitRaster(
        leesDoelEnGerealiseerd(blad, opties.lezen?.decimaalteken),
        soort === "csv" ? bestand : `${bestand}, blad ${blad.blad}`,
      );
      const gekozen = metWaarden(bron, opties.waarden);
      return { ...gekozen, binnenwerk: binnenwerkUitGedrukt(blad, gekozen.getallen, opties.lezen?.decimaalteken) };
    } catch (e) {
      const geenKop = e instanceof BanenFout && e.fouten.length === 1 && e.fouten[0]!.code === "GEEN_KOPRIJ";
      if (!geenKop) throw e;
      eersteFout ??= e;
    }
  }
  // No doel and gerealiseerd: perhaps the input of Tabel 1 itself (fte and hours).
  if (bladen.some(isTabel1Invoer)) return { ...(await uitTabel1Invoer(pad, soort, opties)), binnenwerk: null };
  throw eersteFout ?? new BanenFout("GEEN_RIJEN", {}, { blad: bestand });
}

function isTabel1Invoer(r: Raster): boolean {
  return herkenHoofd(metKopRij(r)).vorm !== null;
}

async function uitTabel1Invoer(pad: string, soort: Soort, opties: FinancieringBronOpties): Promise<FinancieringBron> {
  const bron = await leesTabel1Bron(pad, soort, opties);
  const waarden = opties.waarden ?? "exact";
  const verslagen = bron.verslagen.length > 0 ? [...bron.verslagen] : [leegVerslag(path.basename(pad))];
  verslagen[0] = {
    ...verslagen[0]!,
    beslissingen: [
      ...verslagen[0]!.beslissingen,
      {
        vraag: "getallen",
        antwoord: waarden === "exact" ? "exact (onafgerond)" : "gedrukt (per cel afgerond)",
        besluitbron: opties.waarden === undefined ? "standaard" : "optie",
        grond:
          "de invoer van Tabel 1 (fte en uren): doel en gerealiseerd berekend met de rekenregels van Tabel 1" +
          (opties.waarden === undefined ? "; exact tenzij --waarden gedrukt" : ""),
      },
    ],
  };
  return financieringBronUitTabel1(bouwTabel1(bron.invoer), waarden, path.basename(pad), verslagen);
}

/** The printed source's numbers, or an error when the user asks for numbers a printed table does not have. */
function metWaarden(bron: FinancieringBron, waarden: Waarden | undefined): FinancieringBron {
  if (waarden === undefined || waarden === bron.getallen) return bron;
  const uitleg: Record<FinancieringGetallen, string> = {
    gedrukt: "gedrukt: een gedrukte Tabel 1 heeft alleen per cel afgeronde cellen (de exacte waarden komen uit de invoer van banen tabel1)",
    cellen: "geen --waarden: een lijst met doel en gerealiseerd wordt gelezen zoals de cellen zijn",
    exact: "exact",
  };
  throw new BanenFout("ONGELDIGE_KEUZE", { waarde: waarden, verwacht: uitleg[bron.getallen] }, { veld: "--waarden" });
}

type Json = Record<string, unknown>;
const isObject = (w: unknown): w is Json => w !== null && typeof w === "object" && !Array.isArray(w);
const isGetal = (w: unknown) => typeof w === "number" && Number.isFinite(w);
const isExactTekst = (w: unknown) => typeof w === "string" && /^-?\d+(\.\d+)?$/.test(w);

/**
 * A printed Tabel 1 as JSON: the seed (printed cells only) or `banen tabel1
 * --json` (printed cells and, under "exact", the unrounded values).
 */
function uitGedruktJson(data: Json, bestand: string, waarden: Waarden | undefined, decimaalteken?: Decimaalteken): FinancieringBron {
  const rijen = data.rijen as unknown[];
  const heeftExact = [...rijen, data.totaal].every(
    (r) => r === undefined || (isObject(r) && isObject(r.exact) && isExactTekst(r.exact.doel) && isExactTekst(r.exact.totaal)),
  );
  const gekozen: Waarden = waarden ?? (heeftExact ? "exact" : "gedrukt");
  if (gekozen === "exact" && !heeftExact) {
    throw new BanenFout(
      "ONGELDIGE_KEUZE",
      {
        waarde: "exact",
        verwacht: "gedrukt: deze tabel heeft alleen per cel afgeronde cellen (de exacte waarden staan in banen tabel1 --json)",
      },
      { veld: "--waarden" },
    );
  }
  const rij = (r: unknown, waar: string) => {
    const gerealiseerd = isObject(r) ? (r.totaal ?? r.gerealiseerd) : undefined;
    if (!isObject(r) || typeof r.naam !== "string" || !isGetal(r.doel) || !isGetal(gerealiseerd)) {
      throw new BanenFout(
        "ONBEKENDE_VORM",
        { verwacht: `bij ${waar} een rij met "naam", "doel" en "totaal" als getal` },
        { blad: bestand },
      );
    }
    const exact = gekozen === "exact" ? (r.exact as Json) : null;
    return {
      naam: r.naam,
      doel: new Decimal(exact ? (exact.doel as string) : (r.doel as number)),
      gerealiseerd: new Decimal(exact ? (exact.totaal as string) : (gerealiseerd as number)),
    };
  };
  const niet = Array.isArray(data.nietToegedeeld) ? data.nietToegedeeld : [];
  const eigen = eigenKolommenUitJson(rijen, bestand, decimaalteken);
  const titel = typeof data.titel === "string" ? data.titel : null;
  const kwartaal = typeof data.kwartaal === "string" && /^\d{4}Q[1-4]$/.test(data.kwartaal) ? data.kwartaal : null;
  return {
    naam: titel && !/^tabel 1\b/i.test(titel) ? `Tabel 1 ${titel}` : titel,
    plaats: bestand,
    kwartaal: kwartaal ?? (titel ? (/(20\d\d)Q([1-4])/.exec(titel)?.[0] ?? null) : null),
    getallen: gekozen,
    ministeries: rijen.map((r, i) => {
      const g = rij(r, `rijen[${i}]`);
      return { ministerie: g.naam, doel: g.doel, gerealiseerd: g.gerealiseerd, rij: i + 1, ...eigen.waarden[i] };
    }),
    nietToegedeeld: niet.map((n: unknown, i: number) => {
      const doel = isObject(n) ? (gekozen === "exact" && isExactTekst(n.doel) ? n.doel : (n.doelAfgerond ?? n.doel)) : undefined;
      if (!isObject(n) || !(isGetal(doel) || isExactTekst(doel))) {
        throw new BanenFout("ONBEKENDE_VORM", { verwacht: `bij nietToegedeeld[${i}] { "omschrijving", "doel" }` }, { blad: bestand });
      }
      return { omschrijving: String(n.omschrijving ?? `niet toegedeeld ${i + 1}`), doel: new Decimal(doel as number | string) };
    }),
    totaal: isObject(data.totaal) && data.totaal.naam !== undefined ? totaalRij(rij(data.totaal, "totaal")) : null,
    verslagen: [jsonVerslag(bestand, rijen, gekozen, waarden !== undefined, eigen.beslissingen, isObject(data.totaal))],
    koppen: { doel: "doel", totaal: "totaal", gevraagd: "gevraagd", budget: "budget", naam: "naam" },
  };
}

/**
 * The ministries' own columns of a JSON table: "gevraagd" (whole banen) and
 * "budget" (euro), numbers or Dutch/English text. Text is read in the
 * notation decided once per field from all its values (core/invoer/getalnotatie.ts),
 * never per value; "€" and a closing ",-" are marks of an amount, not of the number.
 * Values go to the core as they are otherwise: it checks them, naming the row.
 */
function eigenKolommenUitJson(
  rijen: readonly unknown[],
  bestand: string,
  decimaalteken: Decimaalteken | undefined,
): { waarden: Array<{ gevraagd?: Getal; budget?: Getal }>; beslissingen: Leesverslag["beslissingen"] } {
  const tekst = zonderBedragtekens;
  const ruw = rijen.map((r) => (isObject(r) ? { gevraagd: r.gevraagd, budget: r.budget } : {}));
  const kolommen: NotatieKolom[] = FINANCIERING_VELDEN.map((v, index) => ({
    index,
    kop: v.sleutel,
    heel: v.eenheid === "banen",
    cellen: ruw.flatMap((r, i) => {
      const w = tekst((r as Record<string, unknown>)[v.sleutel]);
      return typeof w === "string" && w !== "" ? [{ tekst: w, rij: i + 1 }] : [];
    }),
  }));
  const besluit = besluitNotatie(bestand, kolommen, decimaalteken);
  const waarden = ruw.map((r) => {
    const uit: { gevraagd?: Getal; budget?: Getal } = {};
    FINANCIERING_VELDEN.forEach((v, index) => {
      const w = tekst((r as Record<string, unknown>)[v.sleutel]);
      if (w === undefined || w === null || w === "") return;
      const teken = besluit.perKolom.get(index);
      // Not a number or text (true, an object): as text, which the core refuses with its row and column.
      const getal: Getal = typeof w === "number" || typeof w === "string" ? w : JSON.stringify(w);
      uit[v.sleutel as "gevraagd" | "budget"] = typeof getal === "string" && teken ? leesGetalOfTekst(getal, teken) : getal;
    });
    return uit;
  });
  return { waarden, beslissingen: besluit.beslissingen };
}

/** Text read in the decided notation; text that is no number in it goes on as it is, for the core to name. */
function leesGetalOfTekst(tekst: string, teken: Decimaalteken): Decimal | string {
  try {
    return leesGetalIn(tekst, teken);
  } catch {
    return tekst;
  }
}

/** The reading report of a printed Tabel 1 as JSON: its shape, which numbers, the fields used, the rows. */
function jsonVerslag(
  bestand: string,
  rijen: readonly unknown[],
  getallen: Waarden,
  opgegeven: boolean,
  notatie: Leesverslag["beslissingen"],
  metTotaal: boolean,
): Leesverslag {
  const verslag = leegVerslag(bestand);
  const heeft = (veld: string) => rijen.some((r) => isObject(r) && r[veld] !== undefined && r[veld] !== null && r[veld] !== "");
  verslag.beslissingen.push(
    {
      vraag: "vorm",
      antwoord: "gedrukte Tabel 1 als JSON",
      besluitbron: "automatisch",
      grond: 'het bestand heeft "rijen" met "naam", "doel" en "totaal"',
    },
    {
      vraag: "getallen",
      antwoord: getallen === "exact" ? "exact (onafgerond)" : "gedrukt (per cel afgerond)",
      besluitbron: opgegeven ? "optie" : "automatisch",
      grond: opgegeven
        ? "opgegeven met --waarden"
        : getallen === "exact"
          ? 'elke rij heeft "exact" met de onafgeronde waarden (banen tabel1 --json)'
          : 'de rijen hebben geen "exact": alleen de per cel afgeronde cellen',
    },
    ...notatie,
  );
  verslag.kolommen.push(
    { kop: "naam", positie: "rijen[].naam", veld: "naam", eenheid: null },
    { kop: "doel", positie: `rijen[].${getallen === "exact" ? "exact.doel" : "doel"}`, veld: "doel", eenheid: "banen" },
    { kop: "totaal", positie: `rijen[].${getallen === "exact" ? "exact.totaal" : "totaal"}`, veld: "totaal", eenheid: "banen" },
    ...FINANCIERING_VELDEN.filter((v) => heeft(v.sleutel)).map((v) => ({
      kop: v.sleutel,
      positie: `rijen[].${v.sleutel}`,
      veld: v.sleutel,
      eenheid: v.eenheid === "euro" ? "euro" : "hele banen",
    })),
  );
  verslag.rijenGelezen = rijen.length;
  verslag.beslissingen.push({
    vraag: "rijen",
    antwoord: `${rijen.length} ministeries uit "rijen"`,
    besluitbron: "automatisch",
    grond: metTotaal
      ? '"totaal" is niet als ministerie gelezen; het totaal is de som van de ministeries'
      : 'elke rij van "rijen" is een ministerie',
  });
  return verslag;
}

function totaalRij(r: { naam: string; doel: Decimal; gerealiseerd: Decimal }): FinancieringBron["totaal"] {
  return { naam: r.naam, doel: r.doel, gerealiseerd: r.gerealiseerd };
}
