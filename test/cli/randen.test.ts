/**
 * CLI edges of issue 12 that the corpus format (one input file through
 * `banen tabel1`) cannot hold: output over input by another spelling or a
 * link, options of the other commands, the self-check's exit code.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { bouwTabel1, type Tabel1Invoer } from "../../src/core";
import { type Controle, zelfcontrole } from "../../src/cli/tabel1-controle";
import { banen, tijdelijkeMap, VOORBEELD } from "./hulp";

const tmp = tijdelijkeMap();
const bron = fs.readFileSync(path.join(VOORBEELD, "ministeries-2023Q2.csv"));

describe("-o never names an input, by any spelling, even with --overschrijf", () => {
  const invoer = tmp.schrijf("ministeries-2023Q2.csv", bron);
  const fte = tmp.schrijf("fte-2023Q1.csv", fs.readFileSync(path.join(VOORBEELD, "fte-2023Q1.csv")));
  const personen = tmp.schrijf("personen-2023Q2.csv", fs.readFileSync(path.join(VOORBEELD, "personen-2023Q2.csv")));
  fs.symlinkSync(invoer, tmp.pad("link.csv"));
  fs.linkSync(invoer, tmp.pad("harde-link.csv"));

  test.each([
    ["the same path", invoer],
    ["another spelling (./, ..)", path.join(tmp.map, ".", "..", path.basename(tmp.map), "ministeries-2023Q2.csv")],
    ["a symbolic link to it", tmp.pad("link.csv")],
    ["a hard link to it", tmp.pad("harde-link.csv")],
  ])("%s", async (_, uit) => {
    const r = await banen("tabel1", invoer, "-o", uit, "--overschrijf");
    expect(r.code).toBe(2);
    expect(r.fout).toBe(
      `fout: -o "${uit}" is hetzelfde bestand als het invoerbestand "${invoer}"; banen schrijft nooit over zijn invoer, ook niet met --overschrijf. Kies een andere naam.\n`,
    );
    expect(fs.readFileSync(invoer)).toEqual(bron);
  });

  test("the --fte file, and --problemen", async () => {
    const r = await banen("tabel1", personen, "--fte", fte, "-o", fte, "--overschrijf");
    expect(r.fout).toMatch(/^fout: -o ".*fte-2023Q1\.csv" is hetzelfde bestand als --fte /);
    const p = await banen("tabel1", invoer, "--problemen", invoer, "--overschrijf");
    expect(p.fout).toMatch(/^fout: --problemen ".*" is hetzelfde bestand als het invoerbestand /);
    expect(fs.readFileSync(invoer)).toEqual(bron);
  });
});

describe("options: '%' only where a percentage is meant, negative values read as values", () => {
  test.each([
    [
      ["doel", "10491", "2023", "--uren-per-fte", "36%"],
      'fout: --uren-per-fte: "36%" heeft een %-teken, maar dit is geen percentage; verwacht uren in één fte, bijvoorbeeld 36.\n',
    ],
    [["doel", "10491", "2023", "--uren-per-fte", "-3,5"], "fout: --uren-per-fte: -3,5 is negatief; verwacht 0 of meer.\n"],
    [
      ["doel", "10491", "2023", "--quotumpercentage", "0,0276"],
      'fout: --quotumpercentage: "0,0276" zonder %-teken is dubbelzinnig: bedoelt u 0,0276 % (schrijf 0,0276%) of de fractie 0,0276, dus 2,76 % (schrijf 2,76%)? Schrijf het percentage met %-teken.\n',
    ],
    [["uren-naar-banen", "-3,5"], "fout: Uren: -3,5 is negatief; verwacht 0 of meer.\n"],
    [
      ["uren-naar-banen", "-5%"],
      'fout: Uren: "-5%" heeft een %-teken, maar dit is geen percentage; verwacht verloonde uren, bijvoorbeeld 331,5.\n',
    ],
    [
      ["inleen", "1.000", "-5%"],
      "fout: Jaar of sleutel: -5% is geen geldig percentage; verwacht een percentage tussen 0% en 100%, bijvoorbeeld 2,76%.\n",
    ],
    [["verdeel", "10", "3", "-2,5", "1"], "fout: Gewicht 2: -2,5 is negatief; verwacht 0 of meer.\n"],
    [
      ["verdeel", "10%", "3", "2"],
      'fout: Totaal: "10%" heeft een %-teken, maar dit is geen percentage; verwacht een heel aantal banen, bijvoorbeeld 409.\n',
    ],
  ])("banen %j", async (argv, fout) => {
    const r = await banen(...argv);
    expect([r.code, r.fout]).toEqual([2, fout]);
  });

  test("--quotumpercentage 2,76% and 2,76 are the published 2,76 %: doel 409", async () => {
    for (const p of ["2,76%", "2,76"]) expect((await banen("doel", "10491", "2023", "--quotumpercentage", p)).uit).toMatch(/afgerond 409/);
  });
});

test("with --json a usage error is a JSON error on stdout too", async () => {
  const r = await banen("doel", "10491", "--json");
  expect(r.code).toBe(2);
  expect(JSON.parse(r.uit)).toEqual({
    fout: {
      code: "ONGELDIG_GEBRUIK",
      commander: "commander.missingArgument",
      melding: "Het argument <jaar> ontbreekt.",
      kern: "het argument <jaar> ontbreekt.",
      plaats: {},
      waar: "",
      fouten: [],
    },
  });
});

describe("a table that fails its own check: exit 1, nothing written", () => {
  const invoer: Tabel1Invoer = { kwartaal: "2023Q2", ministeries: [{ ministerie: "AZ", fte: 485, formeel: 4, binnenwerk: 4, inleen: 0 }] };
  const tabel = bouwTabel1(invoer);
  const afwijking = { tabel: "t", cel: "AZ / realisatie %", regel: "r", gepubliceerd: 47, berekend: 42, verschil: 5 };
  const controle = (verklaarbaar: boolean): Controle => ({
    eigen: [{ ...afwijking, verklaarbaarDoorAfronding: verklaarbaar }],
    gepubliceerd: null,
  });

  test("per cel: a difference rounding explains passes, one it does not explain stops", () => {
    expect(() => zelfcontrole(tabel, controle(true))).not.toThrow();
    expect(() => zelfcontrole(tabel, controle(false))).toThrow(
      "De eigen controle vindt 1 cel(len) die niet volgen uit de andere cellen van de tabel (AZ / realisatie %); er is niets geschreven. Dit is een fout in banen; meld hem met de opdracht die u gaf.",
    );
  });

  test("sluitend promises a table that adds up: any difference stops", () => {
    expect(() => zelfcontrole(bouwTabel1(invoer, "sluitend"), controle(true))).toThrow(/eigen controle/);
  });
});

describe("the reading report goes with every written table", () => {
  test(".xlsx: a note on the title cell; .csv: lines after the footnotes; .json: leesverslagen as data", async () => {
    const invoer = tmp.schrijf("verslag-2023Q2.csv", bron);
    for (const soort of ["xlsx", "csv", "json"]) {
      const r = await banen("tabel1", invoer, "-o", tmp.pad(`verslag.${soort}`));
      expect([soort, r.code, r.fout]).toEqual([soort, 0, ""]);
    }
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tmp.pad("verslag.xlsx"));
    const note = wb.worksheets[0]!.getCell("A1").note;
    const tekst = typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
    expect(tekst.split("\n").slice(0, 2)).toEqual(["Leesverslag: hoe de invoer gelezen is", "Gelezen: verslag-2023Q2.csv"]);
    expect(tekst).toContain('- kwartaal: 2023Q2 [herkend: uit de bestandsnaam "verslag-2023Q2.csv"]');

    // First fields of each line (the CSV pads rows to the table's width and guards a leading "-" with "'").
    const csv = fs
      .readFileSync(tmp.pad("verslag.csv"), "utf8")
      .split(/\r?\n/)
      .map((r) => r.split(";")[0]);
    const kop = csv.indexOf("Leesverslag: hoe de invoer gelezen is");
    expect(kop).toBeGreaterThan(20);
    expect(csv[kop - 1]).toBe("");
    expect(csv[kop + 1]).toBe("Gelezen: verslag-2023Q2.csv");
    // Still a table controleer reads: the report lines do not disturb the printed-table reader.
    expect((await banen("controleer", tmp.pad("verslag.csv"))).code).toBe(0);

    const json = JSON.parse(fs.readFileSync(tmp.pad("verslag.json"), "utf8"));
    expect(json.leesverslagen[0].bron).toBe("verslag-2023Q2.csv");
    expect(json.leesverslagen[0].beslissingen).toContainEqual({
      vraag: "kwartaal",
      antwoord: "2023Q2",
      besluitbron: "automatisch",
      grond: 'uit de bestandsnaam "verslag-2023Q2.csv"',
    });
  }, 60_000);
});
