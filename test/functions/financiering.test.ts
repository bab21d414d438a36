/**
 * BANEN.FINANCIERING, BANEN.BANEN_UIT_BUDGET, BANEN.BUDGET_SALDO and
 * BANEN.VERDEEL_PLAFOND as a Dutch Excel user types them, evaluated by
 * HyperFormula with the function table from the generated functions.json (see
 * hyperformula-brug.ts). Tekorten: Tabel 1 2023Q2 (seed 003); plafond 400:
 * 2022 (seed 004, regel 524). Costs and budgets are synthetic: the sources
 * give none.
 */
import * as fc from "fast-check";
import { verdeelPlafond } from "../../src/core";
import { excelFoutSoort } from "../../src/functions/adapter";
import * as financiering from "../../src/functions/financiering";
import { DetailedCellError, NepExcelFout, reken, registreer, waarde, werkblad } from "./hyperformula-brug";

beforeAll(async () => {
  await registreer();
});

function fout(waardeInCel: unknown): { fout: string; bericht: string } {
  if (!(waardeInCel instanceof DetailedCellError)) throw new Error(`geen foutwaarde: ${String(waardeInCel)}`);
  return { fout: waardeInCel.value, bericht: waardeInCel.message };
}

/** Tekort per ministry, Tabel 1 2023Q2: doel − totaal gerealiseerd, SZW above its doel → 0. Sum 1.035. */
const TEKORTEN = [10, 38, 30, 63, 180, 235, 199, 1, 25, 0, 64, 19, 171];

describe("BANEN.FINANCIERING", () => {
  test("=BANEN.FINANCIERING(12;45000): 12 × 45.000 = 540.000 euro", () => {
    expect(reken("=BANEN.FINANCIERING(12;45000)")).toBe(540000);
  });

  test('a thousands separator cannot be typed in a formula (Excel refuses it too); "45.000" as text or in a cell works', () => {
    expect(fout(reken("=BANEN.FINANCIERING(12;45.000)")).fout).toBe("#ERROR!"); // parse error, as Excel rejects the formula
    expect(reken('=BANEN.FINANCIERING(12;"45.000")')).toBe(540000);
    expect(reken('=BANEN.FINANCIERING(12;"€ 45.000,00")')).toBe(540000);
    expect(reken("=BANEN.FINANCIERING(12;A1)", [["45.000"]])).toBe(540000);
  });

  test("a fractional tekort: 12,3 is 13 whole jobs (585.000), or 12 with omlaag (540.000)", () => {
    expect(reken("=BANEN.FINANCIERING(12,3;45000)")).toBe(585000);
    expect(reken('=BANEN.FINANCIERING(12,3;45000;"omlaag")')).toBe(540000);
    expect(reken('=BANEN.FINANCIERING(12,3;45000;"Omhoog")')).toBe(585000);
    // doel 20,3 − gerealiseerd 8 = 12,3 → 13 × 45.000,50 = 585.006,50
    expect(reken("=BANEN.FINANCIERING(BANEN.TEKORT(20,3;8);45000,5)")).toBe(585006.5);
  });

  test("a column of tekorten gives a column of amounts; one bad cell gives one error cell", () => {
    const hf = werkblad([[10, "=BANEN.FINANCIERING(A1:A3;45000)"], [-1], ["2,5"]]);
    expect(waarde(hf, "B1")).toBe(450000);
    expect(fout(waarde(hf, "B2"))).toEqual({ fout: "#WAARDE!", bericht: "Tekort: -1 is negatief; verwacht 0 of meer." });
    expect(waarde(hf, "B3")).toBe(135000); // 2,5 → 3 jobs
  });

  test("cost per baan: negative, 0, a fraction of a cent, text, empty, and an unknown afronding", () => {
    expect(fout(reken("=BANEN.FINANCIERING(12;-45000)"))).toEqual({
      fout: "#WAARDE!",
      bericht: "Kosten per baan: -45.000 is negatief; verwacht kosten per baan in euro groter dan 0.",
    });
    // budget / kosten per baan with kosten 0: Excel's own #DEEL/0!, which shows no custom message.
    expect(fout(reken("=BANEN.FINANCIERING(12;0)"))).toEqual({ fout: "#DELING.DOOR.0!", bericht: "" });
    expect(fout(reken("=BANEN.FINANCIERING(12;45000,001)"))).toEqual({
      fout: "#WAARDE!",
      bericht: "Kosten per baan: 45.000,001 heeft meer dan 2 decimalen; verwacht een bedrag in hele centen (rond zelf af op 2 decimalen).",
    });
    expect(fout(reken('=BANEN.FINANCIERING(12;"duur")'))).toEqual({
      fout: "#WAARDE!",
      bericht: 'Kosten per baan: "duur" is geen bedrag; verwacht een bedrag in euro zoals 1.250.000 of 45.000,50.',
    });
    expect(fout(reken("=BANEN.FINANCIERING(12;A1)", [[null]]))).toEqual({
      fout: "#N/B",
      bericht: "Kosten per baan: is leeg; verwacht een getal.",
    });
    expect(fout(reken('=BANEN.FINANCIERING(12;45000;"half")'))).toEqual({
      fout: "#WAARDE!",
      bericht: 'Afronding: afronding "half" is onbekend; verwacht omhoog of omlaag.',
    });
  });

  test("Excel's binary dust in a computed cost is read as Excel shows it: 45000 × 1,1 is 49.500,00", () => {
    expect(reken("=BANEN.FINANCIERING(2;45000*1,1)")).toBe(99000);
  });
});

describe("BANEN.BANEN_UIT_BUDGET and BANEN.BUDGET_SALDO", () => {
  test("15.000.000 / 45.000 = 333,3 → 333 jobs; for 400 jobs the saldo is −3.000.000", () => {
    expect(reken("=BANEN.BANEN_UIT_BUDGET(15000000;45000)")).toBe(333);
    expect(reken("=BANEN.BUDGET_SALDO(15000000;400;45000)")).toBe(-3000000);
    expect(reken("=BANEN.BUDGET_SALDO(20000000;400;45000)")).toBe(2000000);
    expect(reken('=BANEN.BUDGET_SALDO("18.000.000";400;"45.000")')).toBe(0); // exactly enough
  });

  test("ranges: a column of budgets gives a column of jobs", () => {
    const hf = werkblad([[44999.99, "=BANEN.BANEN_UIT_BUDGET(A1:A3;45000)"], [45000], [0]]);
    expect([waarde(hf, "B1"), waarde(hf, "B2"), waarde(hf, "B3")]).toEqual([0, 1, 0]);
  });

  test("budget as text, negative budget, a fractional number of jobs", () => {
    expect(fout(reken('=BANEN.BANEN_UIT_BUDGET("ruim voldoende";45000)'))).toEqual({
      fout: "#WAARDE!",
      bericht: 'Budget: "ruim voldoende" is geen bedrag; verwacht een bedrag in euro zoals 1.250.000 of 45.000,50.',
    });
    expect(fout(reken("=BANEN.BUDGET_SALDO(-1;1;45000)"))).toEqual({
      fout: "#WAARDE!",
      bericht: "Budget: -1 is negatief; verwacht 0 of meer.",
    });
    expect(fout(reken("=BANEN.BUDGET_SALDO(1000000;12,3;45000)"))).toEqual({
      fout: "#WAARDE!",
      bericht: "Banen: 12,3 is geen geheel getal; verwacht een geheel aantal.",
    });
  });
});

describe("BANEN.VERDEEL_PLAFOND", () => {
  const kolom = (plafond: string | number, tekorten: number[], extra = "") => {
    const n = tekorten.length;
    const hf = werkblad(
      tekorten.map((t, i) => (i === 0 ? [t, `=BANEN.VERDEEL_PLAFOND(${plafond};A1:A${n}${extra})`, `=SOM(B1:B${n})`] : [t])),
    );
    return { banen: tekorten.map((_, i) => waarde(hf, `B${i + 1}`)), som: waarde(hf, "C1") };
  };

  test("=BANEN.VERDEEL_PLAFOND(400;A1:A13): Tabel 1 2023Q2 tekorten (1.035) over the 400 places of 2022", () => {
    // 400 × t / 1.035, floors add to 393, 7 remainder units to the largest remainders (see test/core/financiering/financiering.test.ts).
    expect(kolom(400, TEKORTEN)).toEqual({ banen: [4, 15, 12, 24, 69, 91, 77, 0, 10, 0, 25, 7, 66], som: 400 });
  });

  test("a plafond above the tekort gives every ministry its whole tekort", () => {
    expect(kolom(2000, TEKORTEN)).toEqual({ banen: TEKORTEN, som: 1035 });
    // 12,3 → 13 (omhoog) or 12 (omlaag)
    const hf = werkblad([["12,3", 0.4, "=BANEN.VERDEEL_PLAFOND(100;A1:B1)", null, '=BANEN.VERDEEL_PLAFOND(100;A1:B1;"omlaag")']]);
    expect([waarde(hf, "C1"), waarde(hf, "D1")]).toEqual([13, 1]);
    expect([waarde(hf, "E1"), waarde(hf, "F1")]).toEqual([12, 0]);
  });

  test("plafond below zero, not whole, an empty tekort: one error for the call", () => {
    expect(fout(reken("=BANEN.VERDEEL_PLAFOND(-1;A1:A2)", [[1], [2]]))).toEqual({
      fout: "#WAARDE!",
      bericht: "Plafond: -1 is negatief; verwacht een plafond van 0 of meer hele banen (bijvoorbeeld 400 in 2022).",
    });
    expect(fout(reken("=BANEN.VERDEEL_PLAFOND(400,5;A1:A2)", [[1], [2]]))).toEqual({
      fout: "#WAARDE!",
      bericht: "Plafond: 400,5 is geen geheel aantal banen; verwacht een plafond in hele banen (bijvoorbeeld 400 in 2022).",
    });
    const leeg = werkblad([[5, "=BANEN.VERDEEL_PLAFOND(3;A1:A3)"], [null], [5]]);
    expect(fout(waarde(leeg, "B1"))).toEqual({ fout: "#N/B", bericht: "Tekort 2: is leeg; verwacht een getal." });
    expect(fout(reken("=BANEN.VERDEEL_PLAFOND(A1;A2:A3)", [["=1/0"], [1], [2]])).fout).toBe("#DELING.DOOR.0!");
  });

  test("property: the spilled column equals the core, never exceeds a whole tekort, and adds up to min(plafond, Σ whole tekort)", () => {
    fc.assert(
      fc.property(
        fc.nat(3000),
        fc.array(
          fc.integer({ min: 0, max: 50000 }).map((c) => c / 100),
          { minLength: 1, maxLength: 13 },
        ),
        (plafond, tekorten) => {
          const { banen, som } = kolom(plafond, tekorten);
          const heel = tekorten.map((t) => Math.ceil(t));
          expect(banen).toEqual(verdeelPlafond(plafond, tekorten).banen);
          (banen as number[]).forEach((b, i) => expect(b).toBeLessThanOrEqual(heel[i]!));
          expect(som).toBe(
            Math.min(
              plafond,
              heel.reduce((a, b) => a + b, 0),
            ),
          );
        },
      ),
      { seed: 20221104, numRuns: 40 },
    );
  });
});

/**
 * Issue 19: the user chooses how Binnenwerk's capacity is divided (no default:
 * the sources give no division key); each ministry asks its own number.
 * Tekorten: Tabel 1 2023Q2 (seed 003). Plafond 400: 2022 (seed 004, regel 524).
 * The asks (gevraagd) are SYNTHETIC.
 */
describe("BANEN.VERDEEL_CAPACITEIT", () => {
  /** Tekorten in A, asks in B, the formula in C1 (spills down C). */
  const verdeel = (formule: string, gevraagd: unknown[], tekorten: unknown[] = TEKORTEN) => {
    const hf = werkblad(gevraagd.map((g, i) => [tekorten[i] ?? null, g, i === 0 ? formule : null]) as never);
    return gevraagd.map((_, i) => waarde(hf, `C${i + 1}`));
  };
  const n = TEKORTEN.length;

  test("every ministry asking its whole tekort: naar-tekort and naar-vraag both give VERDEEL_PLAFOND's 400", () => {
    const plafond400 = [4, 15, 12, 24, 69, 91, 77, 0, 10, 0, 25, 7, 66];
    expect(verdeel(`=BANEN.VERDEEL_CAPACITEIT(400;B1:B${n};"naar-tekort";A1:A${n})`, TEKORTEN)).toEqual(plafond400);
    expect(verdeel(`=BANEN.VERDEEL_CAPACITEIT(400;B1:B${n};"naar-vraag")`, TEKORTEN)).toEqual(plafond400);
  });

  test("asks below the tekort: the methods differ, nobody gets more than it asks, the sum is the plafond", () => {
    // JenV (7th) asks 10 of its 199, IenW (6th) 235: naar-tekort would give JenV 77, it is capped at its ask of 10.
    const gevraagd = [10, 38, 30, 63, 180, 235, 10, 1, 25, 0, 64, 19, 171];
    const naarTekort = verdeel(`=BANEN.VERDEEL_CAPACITEIT(400;B1:B${n};"naar-tekort";A1:A${n})`, gevraagd) as number[];
    const naarVraag = verdeel(`=BANEN.VERDEEL_CAPACITEIT(400;B1:B${n};"naar-vraag")`, gevraagd) as number[];
    for (const uit of [naarTekort, naarVraag]) {
      expect(uit.reduce((a, b) => a + b, 0)).toBe(400);
      uit.forEach((b, i) => expect(b).toBeLessThanOrEqual(gevraagd[i]!));
    }
    expect(naarTekort[6]).toBe(10);
    expect(naarTekort).not.toEqual(naarVraag);
  });

  test("when the asks fit, everyone gets its ask and no method is needed; when not, the choice is asked for (#N/B), never implied", () => {
    expect(verdeel('=BANEN.VERDEEL_CAPACITEIT(400;B1:B3;"")', [100, 200, 50])).toEqual([100, 200, 50]);
    expect(fout(verdeel('=BANEN.VERDEEL_CAPACITEIT(400;B1:B3;"")', [100, 300, 50])[0])).toEqual({
      fout: "#N/B",
      bericht: expect.stringMatching(
        /^Verdeling: de ministeries vragen 450 banen en het plafond \(de capaciteit van Binnenwerk\) is 400; de bronnen geven geen verdeelsleutel/,
      ),
    });
    expect(fout(verdeel('=BANEN.VERDEEL_CAPACITEIT(400;B1:B3;"naar-tekort")', [100, 300, 50])[0])).toEqual({
      fout: "#N/B",
      bericht: expect.stringMatching(
        /^Tekorten: de verdeling naar-tekort verdeelt naar rato van het tekort per ministerie; geef ook de tekorten op/,
      ),
    });
    expect(fout(verdeel('=BANEN.VERDEEL_CAPACITEIT(400;B1:B3;"pro rata")', [100, 300, 50])[0])).toEqual({
      fout: "#WAARDE!",
      bericht: 'Verdeling: "pro rata" is geen geldige keuze; verwacht naar-tekort of naar-vraag.',
    });
  });

  test("an ask above the whole tekort, an ask that is not whole, ranges of different length: #WAARDE! with the reason", () => {
    expect(fout(verdeel('=BANEN.VERDEEL_CAPACITEIT(400;B1:B2;"naar-tekort";A1:A2)', [11, 5], [10, 38])[0])).toEqual({
      fout: "#WAARDE!",
      bericht: "Gevraagd 1: 11 gevraagde banen is meer dan het tekort van 10 hele banen; verwacht hoogstens het tekort.",
    });
    expect(fout(verdeel('=BANEN.VERDEEL_CAPACITEIT(400;B1:B2;"naar-vraag")', [2.5, 5])[0]).fout).toBe("#WAARDE!");
    const ongelijk = werkblad([[10, 1, '=BANEN.VERDEEL_CAPACITEIT(400;B1:B2;"naar-tekort";A1:A3)'], [38, 5], [30]]);
    expect(fout(waarde(ongelijk, "C1"))).toEqual({
      fout: "#WAARDE!",
      bericht: "Gevraagd heeft 2 cellen en tekorten 3; verwacht evenveel (één per ministerie, in dezelfde volgorde).",
    });
  });
});

describe("BANEN.PROJECTIE_REALISATIE", () => {
  test("Tabel 1 2023Q2: AZ 9 of 19 plus 4 financed is 68,4 %; Totaal Rijk 4.175 + 400 of 5.591 is 81,8 %", () => {
    expect(reken("=BANEN.PROJECTIE_REALISATIE(9;19;4)")).toBeCloseTo(13 / 19, 12);
    expect(reken("=BANEN.PROJECTIE_REALISATIE(4175;5591;400)")).toBeCloseTo(4575 / 5591, 12);
    expect(reken('=BANEN.PROJECTIE_REALISATIE("4.175";"5.591";"400")')).toBeCloseTo(4575 / 5591, 12);
  });

  test("ranges per ministry, with VERDEEL_CAPACITEIT's column as gefinancierd; doel 0, a fraction of a job, empty", () => {
    const hf = werkblad([
      [9, 19, 4, "=BANEN.PROJECTIE_REALISATIE(A1:A2;B1:B2;C1:C2)"],
      [93, 131, 15],
    ]);
    expect(waarde(hf, "D1")).toBeCloseTo(13 / 19, 12);
    expect(waarde(hf, "D2")).toBeCloseTo(108 / 131, 12);
    expect(fout(reken("=BANEN.PROJECTIE_REALISATIE(9;0;4)")).fout).toBe("#DELING.DOOR.0!");
    expect(fout(reken("=BANEN.PROJECTIE_REALISATIE(9;19;2,5)"))).toEqual({
      fout: "#WAARDE!",
      bericht: "Gefinancierd: 2,5 is geen geheel getal; verwacht een geheel aantal.",
    });
    expect(fout(reken("=BANEN.PROJECTIE_REALISATIE(9;19;A1)", [[null]])).fout).toBe("#N/B");
  });
});

test("the worked sheet of docs/excel-addin.md: tekorten in B2:B14, cost in F1, budget in F2", () => {
  const rijen: (string | number | null)[][] = [["Ministerie", "Tekort", "Te financieren", "Euro", null, 45000]];
  TEKORTEN.forEach((t, i) => rijen.push([`M${i + 1}`, t, null, null, null, null]));
  rijen[1]![2] = "=BANEN.VERDEEL_PLAFOND(400;B2:B14)";
  rijen[1]![3] = "=BANEN.FINANCIERING(C2:C14;$F$1)";
  rijen[1]![5] = 15000000;
  rijen[2]![5] = "=BANEN.BUDGET_SALDO(F2;SOM(C2:C14);F1)";
  rijen[3]![5] = "=BANEN.BANEN_UIT_BUDGET(F2;F1)";
  const hf = werkblad(rijen);
  const banen = TEKORTEN.map((_, i) => waarde(hf, `C${i + 2}`));
  expect(banen).toEqual([4, 15, 12, 24, 69, 91, 77, 0, 10, 0, 25, 7, 66]);
  expect(TEKORTEN.map((_, i) => waarde(hf, `D${i + 2}`))).toEqual((banen as number[]).map((b) => b * 45000));
  expect(waarde(hf, "F3")).toBe(-3000000);
  expect(waarde(hf, "F4")).toBe(333);
});

describe("errors of the financing codes as Excel errors", () => {
  test.each([
    ["GEEN_BEDRAG", "invalidValue"],
    ["ONBEKENDE_AFRONDING", "invalidValue"],
    ["TE_VEEL_DECIMALEN", "invalidValue"],
    ["KOSTEN_NEGATIEF", "invalidValue"],
    ["KOSTEN_NUL", "divisionByZero"],
    ["PLAFOND_NEGATIEF", "invalidValue"],
    ["PLAFOND_GEEN_GEHEEL_GETAL", "invalidValue"],
    ["GEEN_KOSTEN", "notAvailable"],
  ] as const)("%s becomes %s", (code, soort) => {
    expect(excelFoutSoort(code)).toBe(soort);
  });

  const excelCel = fc.oneof(
    fc.double(),
    fc.integer({ min: -3000, max: 3000 }),
    fc.string(),
    fc.constantFrom("45.000", "€ 1.250.000,50", "12,3", "omlaag", "omhoog", "", " ", "0,001", "-0"),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constant(new NepExcelFout("#N/A")),
  );
  const bereik = fc.array(fc.array(excelCel, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 });

  test("property: no financing function throws; every cell is a finite number or an Excel error value", () => {
    const alle = [
      (a: unknown[][], b: unknown[][]) => financiering.financieringFunctie(a, b, b),
      (a: unknown[][], b: unknown[][]) => financiering.banenUitBudgetFunctie(a, b),
      (a: unknown[][], b: unknown[][]) => financiering.budgetSaldoFunctie(a, b, a),
      (a: unknown[][], b: unknown[][]) => financiering.verdeelPlafondFunctie(a[0]![0], b, b[0]![0]),
    ];
    fc.assert(
      fc.property(bereik, bereik, (a, b) => {
        for (const functie of alle) {
          const uit: unknown = functie(a, b);
          const cellen = Array.isArray(uit) ? (uit as unknown[][]).flat() : [uit];
          for (const cel of cellen) {
            const goed = (typeof cel === "number" && Number.isFinite(cel)) || cel instanceof NepExcelFout;
            if (!goed) throw new Error(`onverwachte uitkomst ${String(cel)}`);
          }
        }
      }),
      { seed: 5, numRuns: 300 },
    );
  });
});
