/**
 * Which sheet `banen tabel1` reads from a workbook (issue 12, class 5): the
 * sheet named for the quarter, never one named for another quarter, --blad
 * wins, problems in sheets not used do not stop the run, and the reading
 * report says which sheet and range were read.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { banen, tijdelijkeMap, VOORBEELD } from "./hulp";

jest.setTimeout(60_000);
const map = tijdelijkeMap();

/** The sample ministries CSV as sheet rows; `factor` scales formeel uren so that two quarters differ. */
function ministeries(factor = 1): unknown[][] {
  return fs
    .readFileSync(path.join(VOORBEELD, "ministeries-2023Q2.csv"), "utf8")
    .trim()
    .split(/\r?\n/)
    .map((r, i) =>
      r.split(";").map((w, k) => {
        if (i === 0 || !/^\d+(,\d+)?$/.test(w)) return w;
        const n = Number(w.replace(",", "."));
        return k === 2 ? n * factor : n;
      }),
    );
}

async function werkmap(naam: string, bladen: Record<string, unknown[][] | ((ws: ExcelJS.Worksheet) => void)>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [blad, inhoud] of Object.entries(bladen)) {
    const ws = wb.addWorksheet(blad);
    if (typeof inhoud === "function") inhoud(ws);
    else ws.addRows(inhoud);
  }
  const pad = map.pad(naam);
  await wb.xlsx.writeFile(pad);
  return pad;
}

type Json = {
  totaal: { formeel: number };
  kwartaal: string;
  leesverslagen: Array<{ beslissingen: Array<{ vraag: string; antwoord: string }> }>;
};
const beslissing = (j: Json, vraag: string) => j.leesverslagen[0]!.beslissingen.find((b) => b.vraag === vraag)?.antwoord;

test("the sheet named for the quarter is read, whatever its place; the report names sheet and range", async () => {
  const pad = await werkmap("kwartalen.xlsx", { "2023Q1": ministeries(2), "2023Q2": ministeries() });
  const r = await banen("tabel1", pad, "--kwartaal", "2023Q2", "--json");
  expect(r.fout).toBe("");
  const j = JSON.parse(r.uit) as Json;
  expect(j.totaal.formeel).toBe(3000); // the published 2023Q2 figure, not the doubled 2023Q1 sheet
  expect(beslissing(j, "blad")).toBe("2023Q2");
  expect(beslissing(j, "bereik")).toBe("A1:G15");
  const tekst = await banen("tabel1", pad, "--kwartaal", "2023Q2");
  expect(tekst.uit).toContain("- blad: 2023Q2 [herkend: het blad heet naar kwartaal 2023Q2]");
});

test("a sheet named for another quarter is refused, also when asked for with --blad", async () => {
  const alleenQ1 = await werkmap("oud.xlsx", { "Personeel 2023 Q1": ministeries() });
  const r = await banen("tabel1", alleenQ1, "--kwartaal", "2023Q2");
  expect(r.code).toBe(2);
  expect(r.fout).toMatch(/^fout: Geen blad hoort bij kwartaal 2023Q2 \(opgegeven met --kwartaal\); .*"Personeel 2023 Q1" \(2023Q1\)/);

  const beide = await werkmap("beide-2023Q2.xlsx", { "2023Q1": ministeries(2), "2023Q2": ministeries() });
  const b = await banen("tabel1", beide, "--blad", "2023q1");
  expect(b.code).toBe(2);
  expect(b.fout).toMatch(/^fout: Blad "2023Q1" hoort bij kwartaal 2023Q1, niet bij 2023Q2 \(uit de bestandsnaam\); .*--kwartaal 2023Q1/);
  const ok = await banen("tabel1", beide, "--blad", "2023Q1", "--kwartaal", "2023Q1", "--json");
  expect(ok.fout).toBe("");
  expect((JSON.parse(ok.uit) as Json).kwartaal).toBe("2023Q1");
});

test("without a quarter from option or file name: one sheet's name gives it; sheets of two quarters leave it undecided", async () => {
  const een = await werkmap("invoer.xlsx", { Uitleg: [["Gegevens voor Tabel 1"]], "2023Q2": ministeries() });
  const r = await banen("tabel1", een, "--json");
  expect(r.fout).toBe("");
  const j = JSON.parse(r.uit) as Json;
  expect([j.kwartaal, beslissing(j, "kwartaal")]).toEqual(["2023Q2", "2023Q2"]);

  const twee = await werkmap("twee.xlsx", { "2023Q1": ministeries(2), "2023Q2": ministeries() });
  const t = await banen("tabel1", twee);
  expect(t.code).toBe(2);
  expect(t.fout).toMatch(/^fout: Niet zeker welk kwartaal: .*"2023Q1", "2023Q2".* Beslis het zelf met --kwartaal/);
});

test("with --blad, a formula without a cached value in another sheet does not stop the run; in the sheet read it does", async () => {
  const pad = await werkmap("met-kapot-blad-2023Q2.xlsx", {
    Berekening: (ws) => {
      ws.addRow(["ministerie", "fte"]);
      ws.addRow(["AZ", { formula: "400+85" }]); // written by a program that does not calculate
    },
    Gegevens: ministeries(),
  });
  const r = await banen("tabel1", pad, "--blad", "Gegevens", "--json");
  expect(r.fout).toBe("");
  expect((JSON.parse(r.uit) as Json).totaal.formeel).toBe(3000);
  const kapot = await banen("tabel1", pad, "--blad", "Berekening");
  expect(kapot.code).toBe(2);
  expect(kapot.fout).toMatch(/^fout: Blad Berekening, rij 2 \(B2\): formule zonder berekende waarde \(=400\+85\)/);
});
