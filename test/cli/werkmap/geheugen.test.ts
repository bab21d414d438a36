/**
 * banen tabel1 on person rows in an .xlsx keeps its memory nearly flat with
 * the number of rows (issue 16, goal 1): the sheet's cells are kept in a
 * compact column store (src/cli/werkmap/kolomopslag.ts) and handed to the core
 * reader as a row source, not as an array per row. Measured in a child process
 * (the CLI as a user runs it; its peak resident set, VmHWM) at 100.000 and
 * 400.000 rows: the extra memory per extra row. With a Raster of arrays it was
 * some 340 bytes a row (bench, 250.000 → 1.000.000 rows: 180 → 423 MiB); the
 * store costs 9 bytes a cell plus the id table's 4 bytes a row. The bound is
 * wide for a shared machine (GC timing moves the peak) and far below arrays.
 * The heavy case (1.000.000 rows) is in the bench (npm run bench).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { Readable } from "node:stream";
import JSZip from "jszip";
import { maakWerkmap, tijdelijkeMap, WORTEL } from "./hulp";

jest.setTimeout(300_000);
const tmp = tijdelijkeMap();
afterAll(() => tmp.opruimen());

const MAX_BYTES_PER_RIJ = 150;

/** Fte per ministry (the sample's), as the second sheet. */
function fteRijen(): unknown[][] {
  const regels = fs
    .readFileSync(path.join(WORTEL, "seeds", "voorbeeld", "fte-2023Q1.csv"), "utf8")
    .trim()
    .split(/\r?\n/);
  return regels.map((r, i) => r.split(";").map((w) => (i > 0 && /^\d+$/.test(w) ? Number(w) : w)));
}

/** A workbook with `aantal` person rows (numeric ids, ministries and soorten as shared strings) streamed into sheet 1. */
async function personenWerkmap(aantal: number): Promise<string> {
  const pad = tmp.pad(`personen-${aantal}-2023Q2.xlsx`);
  const fte = fteRijen();
  const namen = fte
    .slice(1)
    .filter((r) => r[2] === "ja")
    .map((r) => String(r[0]));
  await maakWerkmap(pad, (wb) => {
    wb.addWorksheet("Personen").addRows([
      ["id", "ministerie", "soort dienstverband", "uren per week"],
      ...namen.map((n, i) => [i + 1, n, "formeel", 20]),
    ]);
    wb.addWorksheet("Fte").addRows(fte);
  });
  const zip = await JSZip.loadAsync(fs.readFileSync(pad));
  const sst = (await zip.file("xl/sharedStrings.xml")!.async("string"))
    .split(/<si>/)
    .slice(1)
    .map((s) => /<t[^>]*>([^<]*)</.exec(s)?.[1]);
  const index = (t: string) => sst.indexOf(t);
  const deel = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(deel)!.async("string");
  const eind = xml.indexOf("</sheetData>");
  const soorten = [index("formeel"), index("Binnenwerk"), index("inleen")].filter((i) => i >= 0);
  expect(soorten).toHaveLength(1); // only "formeel" is in the table; it is enough
  function* stukken(): Generator<string> {
    yield xml.slice(0, eind).replace(/<dimension ref="[^"]*"\/>/, "");
    let stuk: string[] = [];
    for (let r = namen.length + 2; r <= aantal + 1; r++) {
      const m = index(namen[r % namen.length]!);
      stuk.push(
        `<row r="${r}"><c r="A${r}"><v>${r - 1}</v></c><c r="B${r}" t="s"><v>${m}</v></c><c r="C${r}" t="s"><v>${soorten[0]}</v></c><c r="D${r}"><v>${(r % 8) / 4}</v></c></row>`,
      );
      if (stuk.length === 10_000) {
        yield stuk.join("");
        stuk = [];
      }
    }
    yield stuk.join("") + xml.slice(eind);
  }
  zip.file(deel, Readable.from(stukken()));
  await new Promise<void>((klaar, mis) => {
    zip
      .generateNodeStream({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 1 }, streamFiles: true })
      .pipe(fs.createWriteStream(`${pad}.tmp`))
      .on("finish", () => klaar())
      .on("error", mis);
  });
  fs.renameSync(`${pad}.tmp`, pad);
  return pad;
}

/** Peak RSS (bytes) of `banen tabel1 <pad> --json` in a child process; its output must be a Tabel 1. */
function piekRss(pad: string): number {
  const meter = tmp.pad("meter.js");
  const uit = tmp.pad("rss.txt");
  // VmHWM: this process's own peak (on Linux a child's getrusage maxRSS starts at the parent's resident set).
  const meet = `const fs = require("fs"); let kb = process.resourceUsage().maxRSS; try { kb = Number(/VmHWM:\\s*(\\d+)/.exec(fs.readFileSync("/proc/self/status", "utf8"))[1]); } catch {} fs.writeFileSync(${JSON.stringify(uit)}, String(kb));`;
  fs.writeFileSync(meter, `process.on("exit", () => { ${meet} });`);
  const r = spawnSync(
    process.execPath,
    ["-r", meter, path.join(WORTEL, "bin", "banen.js"), "tabel1", pad, "--json", "--accepteer", "REALISATIE_BOVEN_1000"],
    {
      cwd: WORTEL,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  expect(r.stderr.replace(/^banen: .*gebouwd.*\n/gm, "")).toBe("");
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout).rijen.length).toBeGreaterThan(10);
  return Number(fs.readFileSync(uit, "utf8")) * 1024;
}

test("peak memory grows by far less than an array per row: 100.000 → 400.000 person rows", async () => {
  const klein = await personenWerkmap(100_000);
  const groot = await personenWerkmap(400_000);
  piekRss(klein); // a first run builds the CLI when it is stale, and warms the file cache
  const a = piekRss(klein);
  const b = piekRss(groot);
  const perRij = (b - a) / 300_000;
  console.info(
    `banen tabel1: piek RSS ${(a / 2 ** 20).toFixed(0)} MiB bij 100.000 rijen, ${(b / 2 ** 20).toFixed(0)} MiB bij 400.000 (${perRij.toFixed(0)} bytes per extra rij)`,
  );
  expect(perRij).toBeLessThan(MAX_BYTES_PER_RIJ);
});
