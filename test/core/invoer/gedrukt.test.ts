/**
 * The printed-table reader on footnotes that run over several rows, as our
 * writers print them (lines no wider than the table): the doel that belongs
 * to no ministry ("Hierdoor missen er nog 409 doelbanen", seed 003 note 7)
 * is found wherever the lines break, with its footnote number.
 */
import { leesDoelEnGerealiseerd, leesGedrukteTabel1 } from "../../../src/core/invoer/gedrukt";
import type { Raster } from "../../../src/core/invoer/invoer";
import { tabel1Indeling, tabel1Raster } from "../../../src/core/tabel1/opmaak";
import { brekRegels } from "../../../src/core/blad/tekstregels";
import { voorbeeldTabel } from "../../taskpane/hulp";

/** Tabel 1 2023Q2 as a sheet whose footnotes are broken at `breedte` characters (a blank row between parts, as written). */
function blad(breedte: number, opties: { leegTussenNoten?: boolean } = {}): Raster {
  const r = tabel1Raster(voorbeeldTabel());
  const ind = tabel1Indeling(r);
  const cellen: unknown[][] = Array.from({ length: ind.eersteVoetnootRij }, () => []);
  cellen[ind.titelRij] = [r.titel];
  cellen[ind.kopRij] = r.koppen;
  r.rijen.forEach((rij, i) => (cellen[ind.eersteDataRij + i] = rij));
  cellen[ind.totaalRij] = r.totaal;
  cellen[ind.bronRij] = [r.bronregel];
  for (const v of r.voetnoten) {
    for (const regel of brekRegels(v, breedte)) cellen.push([regel]);
    if (opties.leegTussenNoten) cellen.push([]);
  }
  const [koppen = [], ...rijen] = cellen;
  return { blad: "Tabel 1 2023Q2", rijIndex: 0, kolomIndex: 0, koppen, rijen };
}

const NIET_TOEGEDEELD = [{ omschrijving: "Niet toegedeeld doel (voetnoot 7)", doel: 409 }];

test("footnote 7 broken at every width from 10 to 130 characters (and wider): 409 doelbanen, voetnoot 7", () => {
  for (const breedte of [...Array.from({ length: 121 }, (_, i) => 10 + i), 200, 320]) {
    expect([breedte, leesGedrukteTabel1(blad(breedte)).nietToegedeeld]).toEqual([breedte, NIET_TOEGEDEELD]);
    expect([breedte, leesDoelEnGerealiseerd(blad(breedte)).nietToegedeeld]).toEqual([breedte, NIET_TOEGEDEELD]);
  }
});

/** The sheet with footnote 7 cut before "409 doelbanen", and `tussen` rows put in between. */
function geknipt(tussen: unknown[][]): Raster {
  const raster = blad(10_000);
  const alle = [raster.koppen, ...raster.rijen];
  const i = alle.findIndex((r) => String(r[0]).startsWith("⁷"));
  const noot = String(alle[i]![0]);
  const knip = noot.indexOf("409 doelbanen");
  alle.splice(i, 1, [noot.slice(0, knip).trim()], ...tussen, [noot.slice(knip)]);
  const [koppen = [], ...rijen] = alle;
  return { ...raster, koppen, rijen };
}

test("a line that starts with the number itself ('409 doelbanen …') is no footnote of its own", () => {
  expect(leesGedrukteTabel1(geknipt([])).nietToegedeeld).toEqual(NIET_TOEGEDEELD);
});

test("an empty row ends a footnote: text across it is not joined", () => {
  expect(leesGedrukteTabel1(blad(60, { leegTussenNoten: true })).nietToegedeeld).toEqual(NIET_TOEGEDEELD);
  expect(leesGedrukteTabel1(geknipt([[]])).nietToegedeeld).toEqual([]);
  expect(leesGedrukteTabel1(geknipt([[null, ""]])).nietToegedeeld).toEqual([]);
});

test("one footnote per row, as published (plain digits as markers), still reads", () => {
  const raster = blad(10_000);
  const rijen = raster.rijen.map((r) => (typeof r[0] === "string" && /^[¹²³⁴⁵⁶⁷]/u.test(r[0]) ? [r[0].replace(/^⁷/u, "7")] : r));
  expect(leesGedrukteTabel1({ ...raster, rijen }).nietToegedeeld).toEqual(NIET_TOEGEDEELD);
});

/**
 * Where the cells do not settle the decimal mark (ONBESLIST), the cells whose value depends on it
 * are not read in a guessed notation as well: one message per cell, the one that names the choice.
 */
describe("an undecided decimal mark gives one error, not a second one per cell", () => {
  const codes = (f: () => unknown): string[] => {
    try {
      f();
    } catch (e) {
      return ((e as { fouten?: Array<{ code: string }> }).fouten ?? []).map((x) => x.code);
    }
    throw new Error("verwacht een fout");
  };
  const lijst = (rijen: unknown[][]): Raster => ({
    blad: "Lijst",
    rijIndex: 0,
    kolomIndex: 0,
    koppen: ["Ministerie", "Doel", "Gerealiseerd", "Budget"],
    rijen,
  });

  test("a Dutch and an English budget in one column: only ONBESLIST (not also GEEN_GETAL for 1,250.50)", () => {
    const raster = lijst([
      ["AZ", 19, 9, "1.250,50"],
      ["BZ", 131, 93, "1,250.50"],
    ]);
    expect(codes(() => leesDoelEnGerealiseerd(raster))).toEqual(["ONBESLIST"]);
    // Settled by the option, the English one is the error that names the cell.
    expect(codes(() => leesDoelEnGerealiseerd(raster, ","))).toEqual(["GEEN_GETAL_IN_NOTATIE"]);
  });

  test("a cell that is no number in either notation is still named beside ONBESLIST", () => {
    const raster = lijst([
      ["AZ", 19, 9, "1.250,50"],
      ["BZ", 131, 93, "1,250.50"],
      ["EZK", "veel", 40, null],
    ]);
    expect(codes(() => leesDoelEnGerealiseerd(raster)).sort()).toEqual(["GEEN_GETAL", "ONBESLIST"]);
  });

  test("the printed Tabel 1 reader too: a realisatie of 75,5 beside one of 1,234.5 gives ONBESLIST alone", () => {
    const r = blad(200);
    const alle = [r.koppen, ...r.rijen].map((rij) => [...rij]);
    const kop = alle.findIndex((rij) => rij.some((c) => String(c).startsWith("Realisatie")));
    const pct = alle[kop]!.findIndex((c) => String(c).startsWith("Realisatie"));
    alle[kop + 1]![pct] = "75,5";
    alle[kop + 2]![pct] = "1,234.5";
    const [koppen = [], ...rijen] = alle;
    expect(codes(() => leesGedrukteTabel1({ ...r, koppen, rijen }))).toEqual(["ONBESLIST"]);
  });
});
