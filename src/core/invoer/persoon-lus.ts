/**
 * The loop of the person-row pass (PersoonRijen.lees, persoon-rijen.ts) over
 * its common rows: a ministry and a soort known by the same cell text as
 * before, a plain number of hours below the plausibility bound (or a text
 * number already read), an id that is a number or a text without spaces
 * around it, and where there are such columns a periode known to be the
 * header's unit and a register cell known to say yes. Such a row needs none
 * of the checks' messages, so the loop only adds its hours: as whole
 * hundredths per ministry and deel in a Float64Array (exact below 2^53), any
 * other plain number kept aside to be added exactly after the loop. Any other
 * row stops the loop; PersoonRijen checks it in full (and learns its texts)
 * and starts the loop again after it.
 *
 * Why a function over plain records, arrays and maps and not a method: the
 * engine optimises this loop for the shapes of the objects it touches, and a
 * run's class instances (with their shapes) are collected after the run, which
 * throws the optimised code away; every run then ran the loop slowly until the
 * engine had optimised it again. Records made by one object literal, arrays,
 * typed arrays and maps (of texts to numbers) keep their shapes from run to run.
 */
import type { MinisterieInvoer } from "../tabel1/tabel1";
import { type Eenheid, UREN } from "../eenheden/eenheden";
import { DELEN } from "./herken";
import { IdTabel, isEigenSleutel, type Oplopend, opvolgend } from "./id-tabel";
import { alsHonderdsten } from "./optelling";
import type { RijRegistratie } from "./rij-registratie";
import { Arrayrijen, type Rijbron } from "./rijbron";

/** What the loop reads and writes (one record per pass, made by `nieuweLus`). */
export interface Lus {
  /** The rows as arrays (row i is arrays[van + i]), or undefined: then read through `bron`. */
  arrays: readonly (readonly unknown[] | undefined)[] | undefined;
  van: number;
  bron: Rijbron;
  eind: number;
  /** 0-based columns of ministerie, soort, uren, id, periode and register (-1: no such column; periode -1 too when the header says banen). */
  kM: number;
  kS: number;
  kU: number;
  kId: number;
  kP: number;
  kR: number;
  /** Per cell text of a known ministry: 3 × its index in `lijst` (its sums per deel are at plek + index in DELEN); -1: not a ministry of the table. */
  plekken: ReadonlyMap<string, number>;
  /** Per cell text of a known soort: the index in DELEN of the deel it counts for; -1: it does not count. */
  delen: ReadonlyMap<string, number>;
  lijst: readonly MinisterieInvoer[];
  /** Per Decimal cell (a text number read in its notation, one object per distinct text): its whole hundredths; -1: not for the loop. */
  getallen: ReadonlyMap<object, number>;
  /** Per periode cell text: its unit; the loop takes a row only in the header's unit (`eenheid`: its sums are in that unit). */
  periodes: ReadonlyMap<string, Eenheid>;
  eenheid: Eenheid;
  /** Per register cell text: registered or not; the loop takes a row only when registered. */
  registers: ReadonlyMap<string, boolean>;
  /** Slightly below the plausibility bound for suspicious hours (plausibiliteit.ts): a value up to it needs no exact test. */
  verdachtSnel: number;
  /** The id table (ids that do not ascend) and its ascending run (see id-tabel.ts). */
  tabel: IdTabel;
  ids: Oplopend;
  /** Rows whose id was seen before, with the first row of that id (PersoonRijen's list). */
  dubbel: Array<[number, number]>;
  /** Hours per plek (ministry plek + deel), as whole hundredths: exact while below 2^53 (a plek stops taking rows at 2^52). */
  honderdsten: Float64Array;
  /** 1 where a row was counted (a sum of zero hours is a sum too). */
  geteld: Uint8Array;
  /** Plain numbers that are no whole number of hundredths, as pairs [plek, waarde]: added exactly after the loop. */
  overig: number[];
  herkomst: RijRegistratie | undefined;
  /** In use by a pass (see LUS). */
  bezig: boolean;
}

/** A record with nothing of a pass in it: the shape of every Lus (see LUS). */
function leegRecord(): Lus {
  return {
    arrays: undefined,
    van: 0,
    bron: GEEN_RIJEN,
    eind: 0,
    kM: -1,
    kS: -1,
    kU: -1,
    kId: -1,
    kP: -1,
    kR: -1,
    plekken: GEEN_TEKSTEN,
    delen: GEEN_TEKSTEN,
    lijst: [],
    getallen: GEEN_GETALLEN,
    periodes: GEEN_PERIODES,
    registers: GEEN_REGISTERS,
    eenheid: UREN.week,
    verdachtSnel: 0.5, // a fraction, as the real bound is: the field keeps one representation
    tabel: GEEN_IDS,
    ids: GEEN_IDS.oplopend,
    dubbel: [],
    honderdsten: new Float64Array(0),
    geteld: new Uint8Array(0),
    overig: [],
    herkomst: undefined,
    bezig: false,
  };
}
const GEEN_RIJEN = new Arrayrijen([]);
const GEEN_TEKSTEN: ReadonlyMap<string, number> = new Map();
const GEEN_GETALLEN: ReadonlyMap<object, number> = new Map();
const GEEN_PERIODES: ReadonlyMap<string, Eenheid> = new Map();
const GEEN_REGISTERS: ReadonlyMap<string, boolean> = new Map();
const GEEN_IDS = new IdTabel(0, () => undefined);

/**
 * The one record the passes fill in turn (a pass runs to its end before
 * another begins: no callbacks, no awaits). Why one: the engine optimises the
 * loop for the shape of this record, and a shape lives as long as some object
 * has it. A record made per pass died with its run, and with its shape went
 * the optimised loop and its type feedback: every run (the bench calls gc()
 * between runs; the task pane collects between uses) ran the loop slowly
 * again until it was optimised anew.
 */
const LUS: Lus = leegRecord();

/** The record for a pass (LUS, or a record of its own for a pass inside a pass): sums for the ministries in `lijst`. */
export function nieuweLus(
  bron: Rijbron,
  rijen: { arrays: Lus["arrays"]; van: number },
  kolommen: { eind: number; kM: number; kS: number; kU: number; kId: number; kP: number; kR: number },
  kennis: Pick<Lus, "plekken" | "delen" | "getallen" | "periodes" | "registers" | "eenheid" | "verdachtSnel">,
  lijst: readonly MinisterieInvoer[],
  ids: { tabel: IdTabel; dubbel: Array<[number, number]> },
  herkomst: RijRegistratie | undefined,
): Lus {
  const s = LUS.bezig ? leegRecord() : LUS;
  // Field by field, not by spreading `kolommen` and `kennis`: an argument with a field more would give the record another shape.
  s.bezig = true;
  s.arrays = rijen.arrays;
  s.van = rijen.van;
  s.bron = bron;
  s.eind = kolommen.eind;
  s.kM = kolommen.kM;
  s.kS = kolommen.kS;
  s.kU = kolommen.kU;
  s.kId = kolommen.kId;
  s.kP = kolommen.kP;
  s.kR = kolommen.kR;
  s.plekken = kennis.plekken;
  s.delen = kennis.delen;
  s.lijst = lijst;
  s.getallen = kennis.getallen;
  s.periodes = kennis.periodes;
  s.registers = kennis.registers;
  s.eenheid = kennis.eenheid;
  s.verdachtSnel = kennis.verdachtSnel;
  s.tabel = ids.tabel;
  s.ids = ids.tabel.oplopend;
  s.dubbel = ids.dubbel;
  s.honderdsten = new Float64Array(lijst.length * DELEN.length);
  s.geteld = new Uint8Array(lijst.length * DELEN.length);
  s.overig = [];
  s.herkomst = herkomst;
  return s;
}

/** After the pass (its sums taken): the record lets go of the pass's rows, maps and sums, and is free for the next pass. */
export function sluitLus(s: Lus): void {
  Object.assign(s, leegRecord()); // the same fields: the record keeps its shape
}

/** Counts the common rows from row `vanaf` on; gives the first row it does not take (`eind` when it took them all). */
export function telGewoneRijen(s: Lus, vanaf: number): number {
  const { arrays, van, bron, eind, kM, kS, kU, kId, kP, kR, plekken, delen, getallen, verdachtSnel, ids, honderdsten, geteld, herkomst } =
    s;
  for (let i = vanaf; i < eind; i++) {
    const rij = arrays !== undefined ? arrays[van + i] : undefined;
    const mCel = rij !== undefined ? rij[kM] : bron.cel(i, kM);
    const mPlek = typeof mCel === "string" ? plekken.get(mCel) : undefined;
    if (mPlek === undefined || mPlek < 0) return i;
    const sCel = rij !== undefined ? rij[kS] : bron.cel(i, kS);
    const deel = typeof sCel === "string" ? delen.get(sCel) : undefined;
    if (deel === undefined || deel < 0) return i;
    if (kP >= 0) {
      const pCel = rij !== undefined ? rij[kP] : bron.cel(i, kP);
      // An empty periode cell is the header's unit (rijEenheid); a text known to give another unit, or not yet known: PersoonRijen.
      if (pCel !== null && pCel !== undefined && (typeof pCel !== "string" || s.periodes.get(pCel) !== s.eenheid)) return i;
    }
    if (kR >= 0) {
      const rCel = rij !== undefined ? rij[kR] : bron.cel(i, kR);
      if (typeof rCel !== "string" || s.registers.get(rCel) !== true) return i; // not (yet known as) registered: PersoonRijen
    }
    const uCel = rij !== undefined ? rij[kU] : bron.cel(i, kU);
    let k: number; // the hours in whole hundredths, or NaN: a plain number that is not (added aside)
    if (typeof uCel === "number") {
      // What leesGetalCel and plausibel let through unchanged (NaN fails both tests).
      if (!(uCel >= 0 && uCel <= verdachtSnel)) return i;
      k = alsHonderdsten(uCel);
    } else {
      const bekend = typeof uCel === "object" && uCel !== null ? getallen.get(uCel) : undefined;
      if (bekend === undefined || bekend < 0) return i;
      k = bekend;
    }
    const plek = mPlek + deel;
    if (honderdsten[plek]! >= 2 ** 52) return i;
    if (kId >= 0) {
      const idCel = rij !== undefined ? rij[kId] : bron.cel(i, kId);
      // A text without surrounding spaces, or a number, is its own key; above the one before (a sorted export) it needs no lookup.
      const tekst = typeof idCel === "string" && isEigenSleutel(idCel);
      if (!tekst || !opvolgend(ids, idCel, i)) {
        if (!tekst && typeof idCel !== "number") return i; // empty, spaces around it, a date: PersoonRijen.idSleutel
        const eerder = s.tabel.voegToe(idCel, i);
        if (eerder >= 0) s.dubbel.push([eerder, i]);
      }
    }
    if (!Number.isNaN(k)) honderdsten[plek]! += k;
    else s.overig.push(plek, uCel as number);
    geteld[plek] = 1;
    if (herkomst !== undefined) herkomst.voegToe(s.lijst[mPlek / DELEN.length]!, DELEN[deel]!, i);
  }
  return eind;
}
