/** Helpers for the workbook tests: temporary directories, workbooks made on the fly, raw XML edits. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { BanenFout } from "../../../src/core/basis/fouten";

export const WORTEL = path.resolve(__dirname, "..", "..", "..");
export const VOORBEELD_WERKMAP = path.join(WORTEL, "seeds", "voorbeeld", "personen-2023Q2.xlsx");

/** A fresh temporary directory per test file; `opruimen` in afterAll. */
export function tijdelijkeMap(): { map: string; pad: (naam: string) => string; opruimen: () => void } {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), "banen-werkmap-"));
  return { map, pad: (naam) => path.join(map, naam), opruimen: () => fs.rmSync(map, { recursive: true, force: true }) };
}

/** Writes a workbook built by `vul` with exceljs. */
export async function maakWerkmap(pad: string, vul: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  vul(wb);
  await wb.xlsx.writeFile(pad);
  return pad;
}

/** Rewrites one part of an .xlsx (e.g. "xl/worksheets/sheet1.xml") with `f`. */
export async function bewerkDeel(pad: string, deel: string, f: (xml: string) => string): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(pad));
  const xml = await zip.file(deel)!.async("string");
  zip.file(deel, f(xml));
  fs.writeFileSync(pad, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/**
 * Appends `aantal` empty rows after the data of the first sheet, as Excel saves a range that was
 * formatted far below the data: every row has `cellen` styled cells without a value; every tenth
 * row is a bare formatted <row/>. The XML is streamed into the zip, so the test stays small in memory.
 */
export async function voegLegeRijenToe(pad: string, aantal: number, cellen = 4): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(pad));
  const deel = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(deel)!.async("string");
  const stijl = /<c r="[A-Z]+\d+" s="(\d+)"/.exec(xml)?.[1] ?? "0";
  const laatste = Math.max(...[...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1])));
  const eind = xml.indexOf("</sheetData>");
  const kop = xml.slice(0, eind).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:D${laatste + aantal}"/>`);
  const staart = xml.slice(eind);
  const letters = ["A", "B", "C", "D", "E", "F"].slice(0, cellen);
  function* stukken(): Generator<string> {
    yield kop;
    let stuk: string[] = [];
    for (let r = laatste + 1; r <= laatste + aantal; r++) {
      stuk.push(
        r % 10 === 0
          ? `<row r="${r}" s="${stijl}" customFormat="1"/>`
          : `<row r="${r}">${letters.map((l) => `<c r="${l}${r}" s="${stijl}"/>`).join("")}</row>`,
      );
      if (stuk.length === 10_000) {
        yield stuk.join("");
        stuk = [];
      }
    }
    yield stuk.join("") + staart;
  }
  zip.file(deel, Readable.from(stukken()));
  const tijdelijk = `${pad}.tmp`;
  await new Promise<void>((klaar, mis) => {
    zip
      .generateNodeStream({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 1 }, streamFiles: true })
      .pipe(fs.createWriteStream(tijdelijk))
      .on("finish", () => klaar())
      .on("error", mis);
  });
  fs.renameSync(tijdelijk, pad);
}

/** The BanenFout a promise rejects with (fails the test when it resolves or throws something else). */
export async function fout(p: Promise<unknown>): Promise<BanenFout> {
  try {
    await p;
  } catch (e) {
    if (e instanceof BanenFout) return e;
    throw new Error(`verwacht een BanenFout, kreeg: ${e instanceof Error ? e.stack : String(e)}`);
  }
  throw new Error("verwacht een BanenFout, maar het lukte");
}

/** Every single problem in a BanenFout (ONGELDIGE_INVOER unpacked). */
export function problemen(e: BanenFout): BanenFout[] {
  return e.code === "ONGELDIGE_INVOER" ? [...e.fouten] : [e];
}

/** A sample CSV (Dutch Excel: ";" and decimal ",") with numbers as numbers, as in the sample workbook. */
export function leesVoorbeeldCsv(bestand: string): unknown[][] {
  return fs
    .readFileSync(path.join(WORTEL, "seeds", "voorbeeld", bestand), "utf8")
    .trim()
    .split(/\r?\n/)
    .map((r, i) => r.split(";").map((w) => (i > 0 && /^\d+(,\d+)?$/.test(w) ? Number(w.replace(",", ".")) : w === "" ? null : w)));
}
