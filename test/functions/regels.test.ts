/**
 * Issue 18 in the functions: a quotumpercentage recorded in the workbook (the
 * pane writes Office.context.document.settings "banen.regels") is used by
 * BANEN.DOEL and BANEN.QUOTUMPERCENTAGE, and BANEN.QUOTUMBRON names its source;
 * the basis is a named choice.
 */
import { doelFunctie, quotumbronFunctie, quotumpercentageFunctie } from "../../src/functions/functions";

const zetInstelling = (waarde: unknown) => {
  (globalThis as { Office?: unknown }).Office = {
    context: { document: { settings: { get: (n: string) => (n === "banen.regels" ? waarde : null) } } },
  };
};
afterEach(() => delete (globalThis as { Office?: unknown }).Office);

const isFout = (w: unknown) => typeof w === "object" && w !== null;

test("without a recorded percentage, 2025 is #N/B; with one, DOEL and QUOTUMPERCENTAGE use it and QUOTUMBRON names its source", () => {
  expect(isFout(doelFunctie([[1000]], [[2025]])[0]![0])).toBe(true);
  zetInstelling(JSON.stringify({ quotumpercentages: [{ jaar: 2025, percentage: "2,8%", bron: "Kamerbrief (voorbeeld)" }] }));
  expect(quotumpercentageFunctie([[2025]])).toEqual([[0.028]]);
  expect(doelFunctie([[25.5]], [[2025]])[0]![0]).toBeCloseTo(1.008, 10);
  expect(quotumbronFunctie(2025)).toBe(
    "2,8 % (vastgelegd in de instellingen van deze werkmap (taakvenster, tabblad Regels); bron volgens de gebruiker: Kamerbrief (voorbeeld))",
  );
  expect(quotumbronFunctie(2023)).toBe(
    "2,76 % (bron: Kamerstuk 34 352, nr. 309 (brief van 20 december 2023), Tabel 1, voetnoot 2 [seed 003])",
  );
});

test("the basis by name: Rijk (36 uur per fte) by default, fte zonder omrekening as for the Gemeenten (seed 002)", () => {
  expect(doelFunctie([[200750]], [[2024]], [["fte zonder omrekening"]])[0]![0]).toBeCloseTo(5540.7, 8);
  expect(doelFunctie([[10491]], [[2023]], [["Rijk"]])).toEqual(doelFunctie([[10491]], [[2023]]));
  expect(isFout(doelFunctie([[1]], [[2023]], [["gemeente"]])[0]![0])).toBe(true);
});
