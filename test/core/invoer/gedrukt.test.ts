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
