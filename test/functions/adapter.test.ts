/**
 * The shared adapter: Excel error values from core errors (with a mock of the
 * CustomFunctions global, as Excel provides it), element-wise ranges, and the
 * promise that no BANEN.* function throws, whatever Excel hands it.
 */
import * as fc from "fast-check";
import { BanenFout, doel, FOUT_CODES, type FoutCode } from "../../src/core";
import {
  alsBereik,
  ExcelFoutWaarde,
  excelFout,
  excelFoutSoort,
  gebruikCustomFunctions,
  isExcelFout,
  isLeeg,
  maakExcelFout,
  naarExcelFout,
  optioneel,
  perCel,
} from "../../src/functions/adapter";
import * as functies from "../../src/functions/functions";

/** What Excel's runtime looks like to the adapter: a CustomFunctions.Error class and ErrorCode table. */
class MockError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const mockCustomFunctions = {
  Error: MockError,
  ErrorCode: { invalidValue: "#VALUE!", invalidNumber: "#NUM!", notAvailable: "#N/A", divisionByZero: "#DIV/0!" },
};
const globaal = globalThis as { CustomFunctions?: unknown };

beforeEach(() => {
  gebruikCustomFunctions(undefined);
  globaal.CustomFunctions = mockCustomFunctions;
});
afterEach(() => {
  delete globaal.CustomFunctions;
});

describe("core error → Excel error", () => {
  test.each<[FoutCode, string]>([
    ["GEEN_GETAL", "invalidValue"],
    ["ONBEKENDE_PERIODE", "invalidValue"],
    ["ONGELDIG_JAAR", "invalidValue"],
    ["NEGATIEF", "invalidValue"],
    ["ONGELDIG_PERCENTAGE", "invalidValue"],
    ["GEEN_GEHEEL_GETAL", "invalidValue"],
    ["GEWICHTEN_NUL", "invalidValue"],
    ["TE_GROOT_GETAL", "invalidValue"],
    ["LEEG", "notAvailable"],
    ["ONBEKEND_JAAR", "notAvailable"],
    ["ONBEKEND_INLEENMOMENT", "notAvailable"],
    ["DOEL_NUL", "divisionByZero"],
    ["NIET_EINDIG", "invalidNumber"],
  ])("%s becomes %s", (code, soort) => {
    expect(excelFoutSoort(code)).toBe(soort);
  });

  test("every code of the catalogue has an Excel error, and a message goes only with #WAARDE! and #N/B (what Excel shows)", () => {
    expect(FOUT_CODES.length).toBeGreaterThan(50);
    for (const code of FOUT_CODES) {
      const { soort, metBericht } = excelFout(code);
      expect([code, metBericht]).toEqual([code, soort === "invalidValue" || soort === "notAvailable"]);
    }
  });

  test("a code the switch does not know is a bug that says so (the never branch)", () => {
    expect(() => excelFout("BESTAAT_NIET" as FoutCode)).toThrow(/foutcode zonder Excel-fout: BESTAAT_NIET/);
  });

  test("a BanenFout becomes new CustomFunctions.Error(code, Dutch message of the core)", () => {
    const fout = new BanenFout("NEGATIEF", { waarde: "-1" }, { veld: "fte" });
    const excel = naarExcelFout(fout);
    expect(excel).toBeInstanceOf(MockError);
    expect(excel).toEqual(new MockError("#VALUE!", "Fte: -1 is negatief; verwacht 0 of meer."));
  });

  test("#N/B keeps its message; #DEEL/0! and #GETAL! carry none (Excel would not show it)", () => {
    expect(naarExcelFout(new BanenFout("LEEG", {}, { veld: "uren" }))).toEqual(new MockError("#N/A", "Uren: is leeg; verwacht een getal."));
    expect(naarExcelFout(new BanenFout("ONBEKEND_JAAR", { jaar: 1990, bekend: "2023" }))).toEqual(
      new MockError(
        "#N/A",
        "Voor 1990 is geen quotumpercentage bekend uit een openbare bron (bekend: 2023). Geef het quotumpercentage zelf op, bijvoorbeeld 2,76%, of leg het eenmaal vast met zijn bron (CLI: --regels met een regelsbestand; Excel: taakvenster, tabblad Regels).",
      ),
    );
    expect(naarExcelFout(new BanenFout("DOEL_NUL", {}, { veld: "doel" }))).toEqual(new MockError("#DIV/0!", undefined));
    expect(naarExcelFout(new BanenFout("NIET_EINDIG", { waarde: "1e+600" }))).toEqual(new MockError("#NUM!", undefined));
  });

  test("anything that is not a BanenFout (a bug) becomes a plain #WAARDE!, returned, not thrown", () => {
    expect(naarExcelFout(new TypeError("x is undefined"))).toEqual(new MockError("#VALUE!", undefined));
  });

  test("an injected runtime wins over the global", () => {
    class Ander extends MockError {}
    gebruikCustomFunctions({ Error: Ander, ErrorCode: mockCustomFunctions.ErrorCode } as never);
    expect(maakExcelFout("invalidNumber", "x")).toBeInstanceOf(Ander);
  });

  test("without any CustomFunctions runtime the adapter still returns an error value with Excel's code", () => {
    delete globaal.CustomFunctions;
    const excel = maakExcelFout("notAvailable", "geen bron");
    expect(excel).toEqual(new ExcelFoutWaarde("#N/A", "geen bron"));
    expect(isExcelFout(excel)).toBe(true);
  });

  test("importing the functions does not touch the CustomFunctions global", () => {
    const getter = jest.fn(() => mockCustomFunctions);
    delete globaal.CustomFunctions;
    Object.defineProperty(globalThis, "CustomFunctions", { get: getter, configurable: true });
    jest.isolateModules(() => {
      require("../../src/functions/functions");
    });
    expect(getter).not.toHaveBeenCalled();
    delete globaal.CustomFunctions;
  });
});

describe("input", () => {
  test("empty is undefined, null, or blank text; optional arguments then take the default", () => {
    expect([undefined, null, "", "  "].every(isLeeg)).toBe(true);
    expect([0, "0", false].some(isLeeg)).toBe(false);
    expect(optioneel("", Number)).toBeUndefined();
    expect(optioneel("36", Number)).toBe(36);
  });

  test("a single value is a 1×1 range, as Excel passes it for a matrix parameter", () => {
    expect(alsBereik(5)).toEqual([[5]]);
    expect(alsBereik([[1, 2]])).toEqual([[1, 2]]);
  });
});

describe("perCel: element-wise over ranges", () => {
  const som = (...c: unknown[]) => c.reduce((a: number, b) => a + Number(b), 0);

  test("the largest argument sets the shape; a single row or column is repeated", () => {
    expect(perCel([[[1], [2], [3]], [[10, 20]]], som)).toEqual([
      [11, 21],
      [12, 22],
      [13, 23],
    ]);
  });

  test("where a range runs out the cell is #N/B", () => {
    const uit = perCel(
      [
        [[1], [2], [3]],
        [[10], [20]],
      ],
      som,
    );
    expect(uit[2]![0]).toEqual(new MockError("#N/A", undefined));
  });

  test("an error value in an input cell is passed on; a thrown core error becomes that cell's error", () => {
    const invoerFout = new MockError("#DIV/0!");
    const uit = perCel([[[invoerFout], [-1], [4]]], (c) => doel(c as number, 2023));
    expect(uit[0]![0]).toBe(invoerFout);
    expect(uit[1]![0]).toEqual(new MockError("#VALUE!", "Fte: -1 is negatief; verwacht 0 of meer."));
    expect(uit[2]![0]).toBe(doel(4, 2023).toNumber());
  });
});

describe("the functions as Excel calls them", () => {
  test("BANEN.DOEL with [[10491]] and [[2023]] and the optional arguments omitted", () => {
    expect(functies.doelFunctie([[10491]], [[2023]])).toEqual([[doel(10491, 2023).toNumber()]]);
  });

  test("a result beyond what a double holds is #GETAL! (Excel's own error for a number too large), not Infinity", () => {
    expect(functies.realisatiePercentageFunctie([[1e300]], [[1e-300]])).toEqual([[new MockError("#NUM!", undefined)]]);
  });

  const excelCel = fc.oneof(
    fc.double(),
    fc.integer({ min: -3000, max: 3000 }),
    fc.string(),
    fc.constantFrom("1.399", "2,76%", "nulmeting", "kwartaal", "", " ", "2023", "-0"),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constant(new MockError("#N/A")),
  );
  const bereik = fc.array(fc.array(excelCel, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 });

  test("property: no function throws; every cell is a finite number or an Excel error value", () => {
    const alle = [
      (a: unknown[][], b: unknown[][]) => functies.doelFunctie(a, b, a, b),
      (a: unknown[][], b: unknown[][]) => functies.urenNaarBanenFunctie(a, b),
      (a: unknown[][], b: unknown[][]) => functies.banenNaarUrenFunctie(a, b),
      (a: unknown[][]) => functies.quotumpercentageFunctie(a),
      (a: unknown[][], b: unknown[][]) => functies.realisatieFunctie(a, b, a),
      (a: unknown[][], b: unknown[][]) => functies.realisatiePercentageFunctie(a, b),
      (a: unknown[][], b: unknown[][]) => functies.tekortFunctie(a, b),
      (a: unknown[][], b: unknown[][]) => functies.inleenFunctie(a, b),
      (a: unknown[][], b: unknown[][]) => functies.verdeelFunctie(a[0]![0], b),
    ];
    fc.assert(
      fc.property(bereik, bereik, (a, b) => {
        for (const functie of alle) {
          const uit: unknown = functie(a, b);
          const cellen = Array.isArray(uit) ? (uit as unknown[][]).flat() : [uit];
          for (const cel of cellen) {
            const goed = (typeof cel === "number" && Number.isFinite(cel)) || cel instanceof MockError;
            if (!goed) throw new Error(`onverwachte uitkomst ${String(cel)}`);
          }
        }
      }),
      { seed: 4, numRuns: 300 },
    );
  });
});
