/**
 * Requirement sets: manifest.xml declares the true minimum of what the code
 * uses. scripts/api-vereisten.js resolves every identifier of src/taskpane,
 * src/functions and src/commands with the TypeScript checker and reads
 * Microsoft's "[Api set: ExcelApi 1.7]" remark of its declaration in
 * @types/office-js / @types/custom-functions-runtime. A use inside
 * `if (x)` with `const x = ondersteunt("ExcelApi", "1.9")` is guarded and may
 * need more ("Specify Office applications and API requirements",
 * https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements).
 */
import * as fs from "node:fs";
import * as path from "node:path";

interface Gebruik {
  set: string;
  versie: string;
  naam: string;
  plaats: string;
  bewaakt?: { set: string; versie: string };
}
// Plain JS module without type declarations.
const { apiGebruik, minimumPerSet, vergelijkVersie } = require("../../scripts/api-vereisten") as {
  apiGebruik: () => Gebruik[];
  vergelijkVersie: (a: string, b: string) => number;
  minimumPerSet: (g: Gebruik[]) => Record<string, { versie: string; naam: string; plaats: string }>;
};

const ROOT = path.join(__dirname, "..", "..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** The <Set Name MinVersion> of the base manifest's <Requirements>. */
function gedeclareerd(xml: string): Record<string, string> {
  const blok = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(xml)?.[1] ?? "";
  return Object.fromEntries([...blok.matchAll(/<Set\s+Name="([^"]+)"\s+MinVersion="([^"]+)"/g)].map((m) => [m[1], m[2]]));
}

let gebruik: Gebruik[];
beforeAll(() => {
  gebruik = apiGebruik();
}, 300_000);

test("the scan finds the APIs it should (so an empty result cannot pass)", () => {
  const namen = new Set(gebruik.map((g) => `${g.set} ${g.versie} ${g.naam}`));
  expect(namen).toContain("ExcelApi 1.7 getRangeByIndexes");
  expect(namen).toContain("CustomFunctionsRuntime 1.2 Error");
  expect(namen).toContain("ExcelApi 1.4 getUsedRangeOrNullObject");
});

test("manifest.xml declares exactly the highest unguarded version of each set the code uses, plus SharedRuntime 1.1 for <Runtimes>", () => {
  const minimum = minimumPerSet(gebruik);
  const nodig = Object.fromEntries(Object.entries(minimum).map(([set, m]) => [set, m.versie]));
  expect(gedeclareerd(MANIFEST)).toEqual({ ...nodig, SharedRuntime: "1.1" });
  // Pinned, so a change of the minimum is a visible decision (docs/beheer.md names these versions).
  expect(nodig).toEqual({ ExcelApi: "1.7", CustomFunctionsRuntime: "1.2" });
});

test("what needs more than the manifest declares is guarded with isSetSupported: the print setup (1.9) and the chart (1.8)", () => {
  const bewaakt = gebruik.filter((g) => g.bewaakt).map((g) => `${g.naam} ${g.bewaakt!.set} ${g.bewaakt!.versie}`);
  expect(bewaakt).toEqual(
    expect.arrayContaining([
      "pageLayout ExcelApi 1.9",
      "setPrintArea ExcelApi 1.9",
      "numberFormat ExcelApi 1.8",
      // Toon rijen (excel-selectie.ts): several areas at once only where RangeAreas.select exists.
      "getRanges ExcelApi 1.18",
      "select ExcelApi 1.18",
    ]),
  );
  const boven = gebruik.filter((g) => !g.bewaakt && g.set === "ExcelApi" && vergelijkVersie(g.versie, "1.7") > 0);
  expect(boven).toEqual([]);
});

test("the check can fail: an unguarded 1.9 API or a lower declared version is caught", () => {
  const metOngeboden = [...gebruik, { set: "ExcelApi", versie: "1.9", naam: "pageLayout", plaats: "x.ts:1" }];
  expect(minimumPerSet(metOngeboden).ExcelApi!.versie).toBe("1.9");
  const lager = MANIFEST.replace(
    '<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>',
    '<Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>',
  );
  expect(gedeclareerd(lager).CustomFunctionsRuntime).toBe("1.1");
  expect(gedeclareerd(lager)).not.toEqual({ ExcelApi: "1.7", CustomFunctionsRuntime: "1.2", SharedRuntime: "1.1" });
});
