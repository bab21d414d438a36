/**
 * A sheet with a million formatted but empty rows after the data (Excel
 * saves that when a range was formatted far below the data) must read in
 * seconds and little memory. exceljs' own full reader needs ~30 s and ~2 GB
 * RSS for this file (measured for uitdunnen.ts); the bounds below are wide
 * for a shared 2-core machine yet far below that.
 */
import { leesWerkmap } from "../../../src/cli/werkmap";
import { dunWerkblad } from "./uitdunnen";
import { maakWerkmap, tijdelijkeMap, voegLegeRijenToe } from "./hulp";

const tmp = tijdelijkeMap();
afterAll(() => tmp.opruimen());

const MAX_SECONDEN = 20;
const MAX_EXTRA_RSS_MB = 600;

test("1.000.000 empty rows after 10 data rows: the 10 rows, in seconds, without blowing up memory", async () => {
  const pad = tmp.pad("miljoen.xlsx");
  await maakWerkmap(pad, (wb) => {
    const ws = wb.addWorksheet("Personen");
    ws.addRow(["id", "ministerie", "soort dienstverband", "uren per week"]);
    for (let i = 1; i <= 10; i++) ws.addRow([`SYN-${i}`, "AZ", "formeel", 20 + i / 2]);
    ws.getCell("D11").numFmt = "0.0";
  });
  await voegLegeRijenToe(pad, 1_000_000);

  const basis = process.memoryUsage().rss;
  let piek = basis;
  const meter = setInterval(() => (piek = Math.max(piek, process.memoryUsage().rss)), 10);
  const start = process.hrtime.bigint();
  let rasters;
  try {
    rasters = await leesWerkmap(pad);
  } finally {
    clearInterval(meter);
  }
  const seconden = Number(process.hrtime.bigint() - start) / 1e9;
  piek = Math.max(piek, process.memoryUsage().rss);
  const extraMb = (piek - basis) / 1e6;
  console.info(`1.000.000 lege rijen: ${seconden.toFixed(2)} s, piek RSS +${extraMb.toFixed(0)} MB`);

  expect(rasters).toHaveLength(1);
  expect(rasters[0]!.rijen).toHaveLength(10);
  expect(rasters[0]!.rijen[9]).toEqual(["SYN-10", "AZ", "formeel", 25]);
  expect(seconden).toBeLessThan(MAX_SECONDEN);
  expect(extraMb).toBeLessThan(MAX_EXTRA_RSS_MB);
}, 120_000);

describe("thinning the sheet XML", () => {
  const kop = '<worksheet xmlns="urn:x"><sheetData>';
  const staart =
    '</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><dataValidations count="1"><dataValidation sqref="A1:A1048576"/></dataValidations></worksheet>';

  test("drops rows without a value, keeps rows with a value, formula or inline string; takes out merges and validations", () => {
    const rijen = [
      '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
      '<row r="2" s="1" customFormat="1"/>',
      '<row r="3"><c r="A3" s="1"/><c r="B3" s="1"/></row>',
      '<row r="4"><c r="A4"><f>SUM(B1:B2)</f></c></row>',
      '<row r="5"><c r="A5" t="inlineStr"><is><t>x</t></is></c></row>',
    ];
    const uit = dunWerkblad(kop + rijen.join("") + staart);
    expect(uit.xml).toBe(kop + rijen[0] + rijen[3] + rijen[4] + "</sheetData></worksheet>");
    expect(uit.samengevoegd).toEqual(["A1:B1"]);
    expect(uit.gedund).toBe(true);
  });

  test("works the same whatever the chunks (fed one character at a time), also with a namespace prefix", async () => {
    const { maakDunner } = await import("./uitdunnen");
    const xml =
      '<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row><x:row r="2"><x:c r="A2" s="3"/></x:row></x:sheetData></x:worksheet>';
    const d = maakDunner();
    for (const teken of Buffer.from(xml)) d.schrijf(Uint8Array.of(teken));
    expect(d.einde().xml).toBe(
      '<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>',
    );
  });

  test("a sheet without empty rows, merges or validations comes out unchanged", () => {
    const xml = kop + '<row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>';
    expect(dunWerkblad(xml)).toEqual({ xml, samengevoegd: [], gedund: false });
  });
});
