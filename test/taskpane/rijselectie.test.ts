/**
 * "Toon rijen" (issue 17) without the browser: rows as areas and selections
 * (rijselectie.ts), and the Excel module's selection against the fake host
 * (Worksheet.getRanges, ExcelApi 1.9; RangeAreas.select, ExcelApi 1.18; one
 * area at a time without 1.18; a selection Excel refuses is halved).
 */
import { maakExcelToegang, type ExcelRun } from "../../src/taskpane/excel-toegang";
import { aaneengesloten, gebieden, MAX_TEKENS, rijenIn, SCHEIDING, volgendeSelectie } from "../../src/taskpane/rijselectie";
import { rijenPerVorm } from "../../src/taskpane/weergave-herkomst";
import { Decimal } from "../../src/core";

const nep = require("./fake-excel-host.js");
const excel = () => (globalThis as unknown as { Excel: ExcelRun }).Excel;
const PERSONEN = { blad: "Personen", kolomIndex: 0, breedte: 4 };

beforeEach(() => nep.leegmaken());

describe("rijen als gebieden", () => {
  test("opeenvolgende rijen worden één gebied; volgorde en herhaling doen er niet toe", () => {
    expect(aaneengesloten([7, 2, 3, 9, 8, 3])).toEqual([
      { van: 2, tot: 3 },
      { van: 7, tot: 9 },
    ]);
    const g = gebieden([{ vorm: { blad: "Personen", kolomIndex: 1, breedte: 4 }, rijen: [5, 2, 3] }]);
    expect(g.map((x) => x.adres)).toEqual(["B2:E3", "B5:E5"]);
    expect(rijenIn(g)).toBe(3);
  });

  test("een selectie blijft op één blad en binnen het aantal gebieden en tekens", () => {
    const oneven = Array.from({ length: 1000 }, (_, i) => 2 * i + 2);
    const g = gebieden([
      { vorm: PERSONEN, rijen: oneven },
      { vorm: { blad: "Fte", kolomIndex: 0, breedte: 2 }, rijen: [3] },
    ]);
    expect(g).toHaveLength(1001);
    const delen: number[] = [];
    for (let i = 0; i < g.length;) {
      const n = volgendeSelectie(g, i, { gebieden: 300, tekens: MAX_TEKENS });
      const adres = g
        .slice(i, i + n)
        .map((x) => x.adres)
        .join(SCHEIDING);
      expect(adres.length).toBeLessThanOrEqual(MAX_TEKENS);
      expect(new Set(g.slice(i, i + n).map((x) => x.blad)).size).toBe(1);
      delen.push(n);
      i += n;
    }
    expect(delen.reduce((a, b) => a + b, 0)).toBe(1001);
    expect(delen.at(-1)).toBe(1); // the Fte area on its own
    expect(Math.max(...delen)).toBeLessThanOrEqual(300);
  });

  test("de rijen van het doel komen uit de fte-tabel, de rest uit de hoofdgegevens", () => {
    const fte = { blad: "Fte", kolomIndex: 0, breedte: 2 };
    const r = (rij: number, soort: "fte" | "formeel") => ({ bron: "x", rij, soort, waarde: new Decimal(1), eenheid: "fte" });
    const uit = rijenPerVorm([r(6, "fte"), r(4, "formeel"), r(2, "formeel")], { hoofd: PERSONEN, fte });
    expect(uit).toEqual([
      { vorm: fte, rijen: [6] },
      { vorm: PERSONEN, rijen: [4, 2] },
    ]);
    expect(rijenPerVorm([r(6, "fte")], { hoofd: PERSONEN, fte: null })).toEqual([{ vorm: PERSONEN, rijen: [6] }]);
  });
});

describe("selecteerGebieden (fake host)", () => {
  const blad = () =>
    nep.laadBlad(
      "Personen",
      Array.from({ length: 20 }, (_, i) => [`r${i + 1}`, 1, 2, 3]),
    );

  test("ExcelApi 1.18: alle gebieden in één selectie, op het geactiveerde blad; de gegevens blijven gelijk", async () => {
    blad();
    nep.laadBlad("Ander", [["x"]]);
    nep.zetSelectie("Ander", "A1");
    nep.zetExcelApi("1.18");
    const voor = nep.snapshot();
    const n = await maakExcelToegang(excel()).selecteerGebieden("Personen", ["A2:D2", "A5:D7"]);
    expect(n).toBe(2);
    expect(nep.selecties()).toEqual([{ blad: "Personen", adres: "A2:D2, A5:D7" }]);
    expect(nep.snapshot()).toBe(voor);
  });

  test("zonder ExcelApi 1.18: alleen het eerste gebied (Range.select)", async () => {
    blad();
    nep.zetExcelApi("1.17");
    const toegang = maakExcelToegang(excel());
    expect(toegang.kanMeerdereSelecteren()).toBe(false);
    expect(await toegang.selecteerGebieden("Personen", ["A2:D2", "A5:D7"])).toBe(1);
    expect(nep.selecties()).toEqual([{ blad: "Personen", adres: "A2:D2" }]);
  });

  test("een selectie die Excel weigert (InvalidArgument) wordt gehalveerd tot Excel hem neemt", async () => {
    blad();
    nep.zetExcelApi("1.18");
    // The fake host refuses an invalid part; the first half holds only valid addresses.
    const n = await maakExcelToegang(excel()).selecteerGebieden("Personen", ["A2:D2", "A4:D4", "A6:D6", "ZZZ:!"]);
    expect(n).toBe(2);
    expect(nep.selecties()).toEqual([{ blad: "Personen", adres: "A2:D2, A4:D4" }]);
  });

  test("een blad dat weg is: een melding die het blad noemt", async () => {
    await expect(maakExcelToegang(excel()).selecteerGebieden("Weg", ["A2:D2"])).rejects.toThrow(/blad "Weg"/);
  });
});
