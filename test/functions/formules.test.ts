/**
 * BANEN.* as a Dutch Excel user types them, evaluated by HyperFormula with
 * the function table derived from the generated functions.json (see
 * hyperformula-brug.ts). Expected values come from the core (exact) or from
 * the seeds named in each test.
 */
import * as fc from "fast-check";
import { doel, verdeel } from "../../src/core";
import { DetailedCellError, reken, registreer, waarde, werkblad } from "./hyperformula-brug";

beforeAll(async () => {
  await registreer();
});

/** The Excel error shown in Dutch Excel, with its message. */
function fout(waardeInCel: unknown): { fout: string; bericht: string } {
  if (!(waardeInCel instanceof DetailedCellError)) throw new Error(`geen foutwaarde: ${String(waardeInCel)}`);
  return { fout: waardeInCel.value, bericht: waardeInCel.message };
}

describe("BANEN.DOEL", () => {
  test("=BANEN.DOEL(10491;2023): the DJI check value ≈ 408,78, rounding to 409 doelbanen (seed 003, Tabel 1 footnote 7)", () => {
    const uitkomst = reken("=BANEN.DOEL(10491;2023)");
    expect(uitkomst).toBe(doel(10491, 2023).toNumber());
    expect(uitkomst).toBeCloseTo(408.7787294118, 10);
    expect(reken("=AFRONDEN(BANEN.DOEL(10491;2023);0)")).toBe(409);
  });

  test("no conversion with 25,5 hours per fte: Gemeenten 2024, 200.750 fte → 5.540,7 (seed 002)", () => {
    expect(reken("=BANEN.DOEL(200750;2024;25,5)")).toBe(5540.7);
  });

  test("an own quotumpercentage (2,76%) for a year without a published one; the default hours stay 36", () => {
    expect(reken("=BANEN.DOEL(1000;2025;;2,76%)")).toBe(doel(1000, 2023).toNumber());
  });

  test('Dutch numbers as text and as typed: "10.491" and 10.491 in a cell both mean 10491', () => {
    expect(reken('=BANEN.DOEL("10.491";2023)')).toBe(doel(10491, 2023).toNumber());
    expect(reken("=BANEN.DOEL(A1;2023)", [["10.491"]])).toBe(doel(10491, 2023).toNumber());
    expect(reken('=BANEN.DOEL(A1;2023;"25,5")', [['="1.399,5"']])).toBe(doel("1399.5", 2023, { urenPerFte: "25.5" }).toNumber());
  });

  test("a column of fte gives a column of doelen (spill)", () => {
    const hf = werkblad([[100, "=BANEN.DOEL(A1:A3;2023)"], [200], [10491]]);
    expect([waarde(hf, "B1"), waarde(hf, "B2"), waarde(hf, "B3")]).toEqual([100, 200, 10491].map((f) => doel(f, 2023).toNumber()));
  });

  test("one bad cell in a column gives one error cell; the rest is computed", () => {
    const hf = werkblad([[100, "=BANEN.DOEL(A1:A3;2023)"], [-5], [300]]);
    expect(waarde(hf, "B1")).toBe(doel(100, 2023).toNumber());
    expect(fout(waarde(hf, "B2"))).toEqual({ fout: "#WAARDE!", bericht: "Fte: -5 is negatief; verwacht 0 of meer." });
    expect(waarde(hf, "B3")).toBe(doel(300, 2023).toNumber());
  });

  test("=BANEN.DOEL(-1;2023) gives #WAARDE! with the core's Dutch message (Excel shows a message only on #WAARDE! and #N/B)", () => {
    expect(fout(reken("=BANEN.DOEL(-1;2023)"))).toEqual({ fout: "#WAARDE!", bericht: "Fte: -1 is negatief; verwacht 0 of meer." });
  });

  test("=BANEN.DOEL(100;1990) gives #N/B: no published quotumpercentage, and says how to supply one", () => {
    expect(fout(reken("=BANEN.DOEL(100;1990)"))).toEqual({
      fout: "#N/B",
      bericht:
        "Jaar: voor 1990 is geen quotumpercentage bekend uit een openbare bron (bekend: 2023, 2024). Geef het quotumpercentage zelf op, bijvoorbeeld 2,76%, of leg het eenmaal vast met zijn bron (CLI: --regels met een regelsbestand; Excel: taakvenster, tabblad Regels).",
    });
  });

  test("text, an empty cell, a wrong year and a percentage above 100% each give their own error", () => {
    expect(fout(reken('=BANEN.DOEL("veel";2023)'))).toEqual({
      fout: "#WAARDE!",
      bericht: 'Fte: "veel" is geen getal; verwacht een getal zoals 1.399 of 2,76.',
    });
    expect(fout(reken("=BANEN.DOEL(A1;2023)", [[null]]))).toEqual({ fout: "#N/B", bericht: "Fte: is leeg; verwacht een getal." });
    expect(fout(reken('=BANEN.DOEL(100;"twintig")'))).toEqual({
      fout: "#WAARDE!",
      bericht: 'Jaar: "twintig" is geen jaartal; verwacht een jaar zoals 2023.',
    });
    expect(fout(reken("=BANEN.DOEL(100;2023;;300%)"))).toEqual({
      fout: "#WAARDE!",
      bericht: "Quotumpercentage: 300% is geen geldig percentage; verwacht een percentage tussen 0% en 100%, bijvoorbeeld 2,76%.",
    });
  });

  test("an error in an input cell is passed on unchanged, as Excel does", () => {
    expect(fout(reken("=BANEN.DOEL(A1;2023)", [["=1/0"]])).fout).toBe("#DELING.DOOR.0!");
  });
});

describe("uren en banen", () => {
  test("=BANEN.UREN_NAAR_BANEN: 25,5 h a week, 331,5 a quarter, 1.326 a year are one baan (seed 004, footnote 8)", () => {
    expect(reken("=BANEN.UREN_NAAR_BANEN(25,5)")).toBe(1);
    expect(reken('=BANEN.UREN_NAAR_BANEN(331,5;"kwartaal")')).toBe(1);
    expect(reken('=BANEN.UREN_NAAR_BANEN(1326;"Jaar")')).toBe(1);
    expect(reken('=BANEN.UREN_NAAR_BANEN(51;"")')).toBe(2);
  });

  test("=BANEN.BANEN_NAAR_UREN is the inverse", () => {
    expect(reken('=BANEN.BANEN_NAAR_UREN(1;"jaar")')).toBe(1326);
    expect(reken("=BANEN.BANEN_NAAR_UREN(2)")).toBe(51);
  });

  test("an unknown period gives #WAARDE!", () => {
    expect(fout(reken('=BANEN.UREN_NAAR_BANEN(10;"maand")'))).toEqual({
      fout: "#WAARDE!",
      bericht: 'Periode: periode "maand" is onbekend; verwacht week, kwartaal of jaar.',
    });
  });
});

describe("quotumpercentage, realisatie, tekort", () => {
  test("=BANEN.QUOTUMPERCENTAGE(2023) is the fraction 0,0276 (seed 003, Tabel 1 footnote 2); 2025 has no source: #N/B", () => {
    expect(reken("=BANEN.QUOTUMPERCENTAGE(2023)")).toBe(0.0276);
    expect(fout(reken("=BANEN.QUOTUMPERCENTAGE(2025)")).fout).toBe("#N/B");
  });

  test("=BANEN.REALISATIE adds formeel, Binnenwerk and inleen, also row by row over ranges", () => {
    expect(reken("=BANEN.REALISATIE(3000;100;200,5)")).toBe(3300.5);
    const hf = werkblad([
      [10, 1, 2, "=BANEN.REALISATIE(A1:A2;B1:B2;C1:C2)"],
      [20, 3, 4],
    ]);
    expect([waarde(hf, "D1"), waarde(hf, "D2")]).toEqual([13, 27]);
  });

  test("a single value is repeated along a range; ranges of unequal length give #N/B where one runs out", () => {
    const hf = werkblad([[10, 1, "=BANEN.REALISATIE(A1:A3;B1:B2;0)"], [20, 2], [30]]);
    expect([waarde(hf, "C1"), waarde(hf, "C2")]).toEqual([11, 22]);
    expect(fout(waarde(hf, "C3")).fout).toBe("#N/B");
  });

  test("=BANEN.REALISATIE_PERCENTAGE is a fraction; a doel of 0 gives #DEEL/0! as =A1/B1 would, without a message (Excel shows none)", () => {
    expect(reken("=BANEN.REALISATIE_PERCENTAGE(3300;4000)")).toBe(0.825);
    expect(fout(reken("=BANEN.REALISATIE_PERCENTAGE(10;0)"))).toEqual({ fout: "#DELING.DOOR.0!", bericht: "" });
  });

  test("=BANEN.TEKORT is doel − gerealiseerd and never below 0", () => {
    expect(reken("=BANEN.TEKORT(5591;5000)")).toBe(591);
    expect(reken("=BANEN.TEKORT(100;200)")).toBe(0);
  });
});

describe("BANEN.INLEEN and BANEN.VERDEEL", () => {
  test("=BANEN.INLEEN with a published key: 2021 32%, nulmeting 24%, 2020 33,7% (seed 004)", () => {
    expect(reken("=BANEN.INLEEN(1000;2021)")).toBe(320);
    expect(reken('=BANEN.INLEEN(1000;"nulmeting")')).toBe(240);
    expect(reken('=BANEN.INLEEN(1000;"2020")')).toBe(337);
  });

  test("=BANEN.INLEEN with an own key as a fraction (32% or 0,32)", () => {
    expect(reken("=BANEN.INLEEN(1000;32%)")).toBe(320);
    expect(reken("=BANEN.INLEEN(1000;0,32)")).toBe(320);
    expect(reken('=BANEN.INLEEN(1000;"32%")')).toBe(320);
  });

  test("=BANEN.INLEEN: a year or word without a published key gives #N/B; other text and a share above 100% #WAARDE!", () => {
    expect(fout(reken("=BANEN.INLEEN(1000;2019)")).fout).toBe("#N/B");
    expect(fout(reken('=BANEN.INLEEN(1000;"eind 2022")')).fout).toBe("#WAARDE!");
    expect(fout(reken('=BANEN.INLEEN(1000;"middenmeting")'))).toEqual({
      fout: "#N/B",
      bericht:
        'Jaar: voor "middenmeting" is geen verdeelsleutel inleenverbanden bekend (bekend: 2020, 2021, nulmeting). Geef het overheidsaandeel zelf op, bijvoorbeeld 32%.',
    });
    expect(fout(reken("=BANEN.INLEEN(1000;1,5)")).fout).toBe("#WAARDE!");
  });

  // Synthetic weights (fte per ministry, 13 rows like Tabel 1); not published figures.
  const GEWICHTEN = [1250, 2980, 3810, 2760, 30500, 8200, 31000, 5120, 3000, 2540, 4410, 900, 9000];

  test("=BANEN.VERDEEL(409;A1:A13) spills a column of whole numbers that adds up to 409, as the core allocates", () => {
    const hf = werkblad([...GEWICHTEN.map((g, i) => (i === 0 ? [g, "=BANEN.VERDEEL(409;A1:A13)", "=SOM(B1:B13)"] : [g]))]);
    const kolom = GEWICHTEN.map((_, i) => waarde(hf, `B${i + 1}`));
    expect(kolom).toEqual(verdeel(409, GEWICHTEN).aandelen);
    expect(kolom.every((a) => Number.isInteger(a))).toBe(true);
    expect(waarde(hf, "C1")).toBe(409);
  });

  test("=BANEN.VERDEEL over a row spills a row (same shape as the weights)", () => {
    const hf = werkblad([[1, 2, 3], ["=BANEN.VERDEEL(10;A1:C1)"]]);
    expect([waarde(hf, "A2"), waarde(hf, "B2"), waarde(hf, "C2")]).toEqual([2, 3, 5]);
  });

  test("=BANEN.VERDEEL: an empty weight, a fractional total or all-zero weights give one error for the call", () => {
    const leeg = werkblad([[5, "=BANEN.VERDEEL(10;A1:A3)"], [null], [5]]);
    expect(fout(waarde(leeg, "B1"))).toEqual({ fout: "#N/B", bericht: "Gewicht 2: is leeg; verwacht een getal." });
    expect(fout(reken("=BANEN.VERDEEL(409,5;A1:A2)", [[1], [2]])).fout).toBe("#WAARDE!");
    expect(fout(reken("=BANEN.VERDEEL(3;A1:A2)", [[0], [0]]))).toEqual({
      fout: "#WAARDE!",
      bericht: "Gewichten: alle gewichten zijn 0; verwacht minstens één gewicht groter dan 0.",
    });
  });

  test("property: for any whole total and weights, the spilled column adds up exactly and equals the core", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.array(fc.integer({ min: 1, max: 100000 }), { minLength: 1, maxLength: 15 }),
        (totaal, gewichten) => {
          const hf = werkblad(gewichten.map((g, i) => (i === 0 ? [g, `=BANEN.VERDEEL(${totaal};A1:A${gewichten.length})`] : [g])));
          const kolom = gewichten.map((_, i) => waarde(hf, `B${i + 1}`));
          hf.destroy();
          expect(kolom).toEqual(verdeel(totaal, gewichten).aandelen);
          expect((kolom as number[]).reduce((a, b) => a + b, 0)).toBe(totaal);
        },
      ),
      { seed: 20230402, numRuns: 40 },
    );
  });
});
