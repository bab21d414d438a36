/**
 * A Tabel 1 input from JSON, checked field by field before the core sees it.
 * JSON can hold any type anywhere; the core's Tabel1Invoer promises strings
 * and numbers. A voetnoot of 5, a nietToegedeeld that is no list or a row
 * that is null made bouwTabel1 throw a TypeError (exit 70, "a bug"); now
 * each gives ONBEKENDE_VORM naming the field, like a wrong cell does.
 * A key we do not read is an error (ONBEKENDE_SLEUTEL), never ignored.
 */
import { BanenFout, type Hoeveelheid, type MinisterieInvoer, type NietToegedeeldInvoer, type Tabel1Invoer } from "../core";

type Object_ = Record<string, unknown>;

function vorm(bestand: string, waar: string, verwacht: string): BanenFout {
  return new BanenFout("ONBEKENDE_VORM", { verwacht: `bij ${waar} ${verwacht}` }, { blad: bestand });
}

const isObject = (w: unknown): w is Object_ => typeof w === "object" && w !== null && !Array.isArray(w);

/** "ministeries[0].voetnoot", or "totaalNaam" for a field of the file itself (waar ""). */
const pad = (waar: string, sleutel: string) => (waar ? `${waar}.${sleutel}` : sleutel);

const SLEUTELS = {
  bestand: [
    "kwartaal",
    "ministeries",
    "nietToegedeeld",
    "quotumjaar",
    "quotumpercentage",
    "urenPerFte",
    "basis",
    "doelstatus",
    "ftePeildatum",
    "fteBron",
    "totaalNaam",
  ],
  ministerie: ["ministerie", "fte", "doel", "urenPerFte", "formeel", "binnenwerk", "inleen", "voetnoot", "rij"],
  nietToegedeeld: ["omschrijving", "fte", "doel", "urenPerFte", "voetnoot", "rij"],
  uren: ["uren", "periode"],
} as const;

/**
 * Every key of `o` must be one we read: an unknown key is an error naming
 * it, its place (JSON path) and the known keys. Ignoring it could change the
 * meaning: { "uren": 116, "eenheid": "kwartaal" } read as hours per week.
 */
function alleenBekend(o: Object_, bekend: readonly string[], bestand: string, waar: string): void {
  const onbekend = Object.keys(o).find((k) => !bekend.includes(k));
  if (onbekend === undefined) return;
  throw new BanenFout(
    "ONBEKENDE_SLEUTEL",
    { sleutel: onbekend, waar: waar || "het hoofdniveau", bekend: bekend.join(", ") },
    { blad: bestand },
  );
}

/** A number as JSON gives it: a number or a text ("1.399", "2,76%"); the core reads and checks it. Absent: undefined. */
function getal(o: Object_, sleutel: string, bestand: string, waar: string): number | string | undefined {
  const w = o[sleutel];
  if (w === undefined || w === null) return undefined;
  if (typeof w === "number" || typeof w === "string") return w;
  throw vorm(bestand, pad(waar, sleutel), "een getal of een tekst met een getal");
}

function tekst(o: Object_, sleutel: string, bestand: string, waar: string): string | undefined {
  const w = o[sleutel];
  if (w === undefined || w === null) return undefined;
  if (typeof w === "string") return w;
  throw vorm(bestand, pad(waar, sleutel), "een tekst");
}

/** formeel, binnenwerk, inleen: banen (a number or text), or { "uren": …, "periode": "week" | "kwartaal" | "jaar" }. */
function hoeveelheid(o: Object_, sleutel: string, bestand: string, waar: string): Hoeveelheid {
  const w = o[sleutel];
  if (isObject(w)) {
    alleenBekend(w, SLEUTELS.uren, bestand, pad(waar, sleutel));
    const uren = getal(w, "uren", bestand, `${waar}.${sleutel}`);
    const periode = tekst(w, "periode", bestand, `${waar}.${sleutel}`);
    // Missing hours are the core's LEEG at the row and column, like an empty cell.
    return periode === undefined ? { uren: uren ?? "" } : { uren: uren ?? "", periode };
  }
  return getal(o, sleutel, bestand, waar) ?? "";
}

function rij(o: Object_, bestand: string, waar: string): number | undefined {
  const w = o.rij;
  if (w === undefined || w === null) return undefined;
  if (typeof w === "number" && Number.isSafeInteger(w) && w > 0) return w;
  throw vorm(bestand, `${waar}.rij`, "een rijnummer (een geheel getal vanaf 1)");
}

function ministerie(w: unknown, i: number, bestand: string): MinisterieInvoer {
  const waar = `ministeries[${i}]`;
  if (!isObject(w) || typeof w.ministerie !== "string") throw vorm(bestand, waar, 'een object met "ministerie" als tekst');
  alleenBekend(w, SLEUTELS.ministerie, bestand, waar);
  return {
    ministerie: w.ministerie,
    ...doelVelden(w, bestand, waar),
    formeel: hoeveelheid(w, "formeel", bestand, waar),
    binnenwerk: hoeveelheid(w, "binnenwerk", bestand, waar),
    inleen: hoeveelheid(w, "inleen", bestand, waar),
  };
}

/** The fields a ministry and a niet-toegedeeld row share (where the doel comes from, footnote, row), only those present. */
function doelVelden(
  w: Object_,
  bestand: string,
  waar: string,
): Pick<NietToegedeeldInvoer, "fte" | "doel" | "urenPerFte" | "voetnoot" | "rij"> {
  const velden = {
    fte: getal(w, "fte", bestand, waar),
    doel: getal(w, "doel", bestand, waar),
    urenPerFte: getal(w, "urenPerFte", bestand, waar),
    voetnoot: tekst(w, "voetnoot", bestand, waar),
    rij: rij(w, bestand, waar),
  };
  return Object.fromEntries(Object.entries(velden).filter(([, v]) => v !== undefined));
}

function nietToegedeeld(w: unknown, i: number, bestand: string): NietToegedeeldInvoer {
  const waar = `nietToegedeeld[${i}]`;
  if (!isObject(w) || typeof w.omschrijving !== "string") throw vorm(bestand, waar, 'een object met "omschrijving" als tekst');
  alleenBekend(w, SLEUTELS.nietToegedeeld, bestand, waar);
  return { omschrijving: w.omschrijving, ...doelVelden(w, bestand, waar) };
}

/**
 * The Tabel1Invoer in `data` (parsed JSON), every field of the right type, or
 * ONBEKENDE_VORM naming the first field that is not. `kwartaal` (option or
 * file name) wins over the file's own. `verwacht` describes the whole shape.
 */
export function tabel1UitJson(data: unknown, bestand: string, kwartaal: string | null, verwacht: string): Tabel1Invoer {
  if (!isObject(data) || !Array.isArray(data.ministeries)) throw new BanenFout("ONBEKENDE_VORM", { verwacht }, { blad: bestand });
  alleenBekend(data, SLEUTELS.bestand, bestand, "");
  const ministeries = data.ministeries.map((m, i) => ministerie(m, i, bestand));
  let niet: NietToegedeeldInvoer[] | undefined;
  if (data.nietToegedeeld !== undefined && data.nietToegedeeld !== null) {
    if (!Array.isArray(data.nietToegedeeld)) throw vorm(bestand, "nietToegedeeld", "een lijst");
    niet = data.nietToegedeeld.map((n, i) => nietToegedeeld(n, i, bestand));
  }
  const k = kwartaal ?? tekst(data, "kwartaal", bestand, "") ?? null;
  if (!k) throw new BanenFout("GEEN_KWARTAAL", { bestand });
  const quotumjaar = getal(data, "quotumjaar", bestand, "");
  if (quotumjaar !== undefined && (typeof quotumjaar !== "number" || !Number.isInteger(quotumjaar))) {
    throw vorm(bestand, "quotumjaar", "een jaartal zoals 2023");
  }
  const quotumpercentage = getal(data, "quotumpercentage", bestand, "");
  const urenPerFte = getal(data, "urenPerFte", bestand, "");
  const totaalNaam = tekst(data, "totaalNaam", bestand, "");
  // The doel record (issue 18): basis by name, status, the fte's quarter and source.
  const doel = Object.fromEntries(
    (["basis", "doelstatus", "ftePeildatum", "fteBron"] as const).flatMap((k) => {
      const w = tekst(data, k, bestand, "");
      return w === undefined ? [] : [[k, w]];
    }),
  );
  return {
    kwartaal: k,
    ministeries,
    ...(niet !== undefined ? { nietToegedeeld: niet } : {}),
    ...(quotumjaar !== undefined ? { quotumjaar: quotumjaar as number } : {}),
    ...(quotumpercentage !== undefined ? { quotumpercentage } : {}),
    ...(urenPerFte !== undefined ? { urenPerFte } : {}),
    ...(totaalNaam !== undefined ? { totaalNaam } : {}),
    ...doel,
  };
}
