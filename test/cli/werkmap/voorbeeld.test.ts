/**
 * The bundled sample workbook (seeds/voorbeeld/personen-2023Q2.xlsx): made by
 * the committed generator (byte for byte), labelled synthetic, and the golden
 * path — read with our reader and the shared reader, it gives every published
 * cell of Tabel 1 2023Q2 (seed 003), also after writing and reading the result.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { leesWerkmap, schrijfTabel1Werkmap } from "../../../src/cli/werkmap";
import { bouwTabel1 } from "../../../src/core/tabel1/tabel1";
import { leesInvoer } from "../../../src/core/invoer/invoer";
import { leesGedrukteTabel1 } from "../../../src/core/invoer/gedrukt";
import { genereerVoorbeeld, type GepubliceerdeTabel1Seed } from "../../../src/voorbeeld/generator";
import { voorbeeldWerkmapBytes } from "../../../src/voorbeeld/werkmap";
import { tijdelijkeMap, VOORBEELD_WERKMAP, WORTEL } from "./hulp";

const tmp = tijdelijkeMap();
afterAll(() => tmp.opruimen());

const seed = JSON.parse(fs.readFileSync(path.join(WORTEL, "seeds", "tabel1-2023Q2.json"), "utf8")) as GepubliceerdeTabel1Seed & {
  rijen: Array<Record<string, unknown>>;
  totaal: Record<string, unknown>;
};
const KOLOMMEN = ["naam", "doel", "formeel", "binnenwerk", "inleen", "totaal", "realisatiePercentage"] as const;
jest.setTimeout(60_000); // writing the workbook twice with exceljs takes seconds on a loaded machine

const gedrukt = (r: object) => Object.fromEntries(KOLOMMEN.map((k) => [k, (r as Record<string, unknown>)[k]]));

test("the committed workbook is exactly what `npm run voorbeeld` makes (fixed dates: identical bytes)", async () => {
  const bytes = await voorbeeldWerkmapBytes(genereerVoorbeeld(seed));
  expect(bytes.equals(fs.readFileSync(VOORBEELD_WERKMAP))).toBe(true);
  expect((await voorbeeldWerkmapBytes(genereerVoorbeeld(seed))).equals(bytes)).toBe(true);
});

test("labelled synthetic: in the first sheet and in the workbook properties", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(VOORBEELD_WERKMAP);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Over dit bestand", "Personen", "Fte 2023Q1"]);
  expect(String(wb.worksheets[0]!.getCell("A1").value)).toMatch(/^SYNTHETISCHE VOORBEELDGEGEVENS — er staan geen echte personen in/);
  expect(wb.title).toMatch(/SYNTHETISCH/);
  expect(wb.keywords).toMatch(/synthetisch/);
  expect(wb.created).toEqual(new Date(Date.UTC(2024, 0, 1)));
  expect(wb.getWorksheet("Personen")!.getTables()).toHaveLength(1);
  expect(wb.getWorksheet("Fte 2023Q1")!.getTables()).toHaveLength(1);
});

describe("golden: Tabel 1 2023Q2 from the sample workbook", () => {
  async function tabelUitWerkmap() {
    const [hoofd, fte] = await leesWerkmap(VOORBEELD_WERKMAP, { blad: ["Personen", "Fte 2023Q1"] });
    const gelezen = leesInvoer({ kwartaal: "2023Q2", hoofd: hoofd!, fte: fte! });
    if (!gelezen.ok) throw new Error(gelezen.fouten.map((f) => f.message).join("\n"));
    return bouwTabel1(gelezen.invoer, "per-cel");
  }

  test("every ministry row and Totaal Rijk equal the published cells (5.591 doel, 4.175 gerealiseerd, 75 %)", async () => {
    const tabel = await tabelUitWerkmap();
    expect(tabel.weergave.rijen.map(gedrukt)).toEqual(seed.rijen.map(gedrukt));
    expect(gedrukt(tabel.weergave.totaal)).toEqual(gedrukt(seed.totaal));
    expect([tabel.weergave.totaal.doel, tabel.weergave.totaal.totaal, tabel.weergave.totaal.realisatiePercentage]).toEqual([
      5591, 4175, 75,
    ]);
    expect(tabel.weergave.nietToegedeeld).toEqual([409]);
  });

  test("written as a workbook and read back as a printed table, still every published cell", async () => {
    const uit = tmp.pad("tabel1-2023Q2.xlsx");
    await schrijfTabel1Werkmap(await tabelUitWerkmap(), uit, { overschrijf: false });
    const [blad] = await leesWerkmap(uit, { heelBlad: true });
    const terug = leesGedrukteTabel1(blad!);
    expect(terug.rijen.map(gedrukt)).toEqual(seed.rijen.map(gedrukt));
    expect(gedrukt(terug.totaal)).toEqual(gedrukt(seed.totaal));
  });
});
