/**
 * Fuzzing the `banen` CLI in-process (`main(argv)`) with hostile files in a
 * temporary folder: CSV (both separators, broken quotes, Windows-1252, BOM),
 * Excel workbooks written with exceljs (error values, formulas with results,
 * dates, rich text, hidden rows, merged cells, several sheets), JSON of any
 * shape and plain garbage, for `tabel1` and `financiering`, with random
 * options, output files and pre-existing files.
 *
 * Every case: exit code 0 or 2, never 70 (a bug); on 2 a Dutch "fout:" and no
 * output written; no file that existed before changes unless --overschrijf
 * asked for it and the run succeeded (sha256 before and after); no temporary
 * file left; what is written is whole (the JSON parses, the workbook opens and
 * holds no formula, the CSV has its BOM); and no marker from a column the
 * reader does not use (an id, a person's name) appears in any output.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { ministeriesRaster, personenRasters, ministerieNaam, vijandigeCel, tekst } from "./generatoren";
import type { Raster } from "../../src/core/invoer/invoer";
import { controleer as fuzz, meld, opties, tijd } from "./instellingen";

let wortel: string;
/** The folder of the current case: a fresh one per case, so the before/after comparison stays small. */
let map: string;
beforeAll(() => {
  wortel = fs.mkdtempSync(path.join(os.tmpdir(), "banen-fuzz-"));
});
afterAll(() => fs.rmSync(wortel, { recursive: true, force: true }));

/** A new, empty folder for one case; the previous case's folder is removed. */
function nieuweMap(): void {
  if (map) fs.rmSync(map, { recursive: true, force: true });
  map = fs.mkdtempSync(path.join(wortel, "geval-"));
}

interface Uitkomst {
  code: number;
  uit: string;
  fout: string;
}

async function banen(argv: string[]): Promise<Uitkomst> {
  let uit = "";
  let fout = "";
  const code = await main(argv, { uit: (t) => void (uit += t), fout: (t) => void (fout += t) });
  return { code, uit, fout };
}

/** Every file in the folder with its sha256. */
function momentopname(): Map<string, string> {
  const uit = new Map<string, string>();
  for (const naam of fs.readdirSync(map))
    uit.set(
      naam,
      createHash("sha256")
        .update(fs.readFileSync(path.join(map, naam)))
        .digest("hex"),
    );
  return uit;
}

// ---------- files ----------

type Bestand = { naam: string; bytes: Buffer };

function celTekst(w: unknown, scheiding: string): string {
  if (w === null || w === undefined) return "";
  if (typeof w === "number") return scheiding === ";" ? String(w).replace(".", ",") : String(w);
  if (typeof w === "boolean") return w ? "WAAR" : "ONWAAR";
  if (w instanceof Date) return Number.isNaN(w.getTime()) ? "" : `${w.getUTCDate()}-${w.getUTCMonth() + 1}-${w.getUTCFullYear()}`;
  if (typeof w === "object") return JSON.stringify(w);
  return String(w);
}

const csvOpties = fc.record({
  scheiding: fc.constantFrom(";", ","),
  bom: fc.boolean(),
  latin1: fc.boolean(),
  kapot: fc.oneof({ arbitrary: fc.constant(false), weight: 9 }, { arbitrary: fc.constant(true), weight: 1 }),
});

function csv(r: Raster, o: { scheiding: string; bom: boolean; latin1: boolean; kapot: boolean }): Buffer {
  const veld = (w: unknown) => {
    const t = celTekst(w, o.scheiding);
    return /[;,"\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  const regels = [r.koppen, ...r.rijen].map((rij) => rij.map(veld).join(o.scheiding));
  if (o.kapot && regels.length > 1) regels[1] = `"${regels[1]}`; // a quote never closed
  const tekst = (o.bom ? "\uFEFF" : "") + regels.join("\r\n") + "\r\n";
  return o.latin1 ? Buffer.from(tekst, "latin1") : Buffer.from(tekst, "utf8");
}

/** A cell as exceljs writes it: NaN and Infinity (no Excel value) as text, invalid dates empty. */
function excelWaarde(w: unknown): ExcelJS.CellValue {
  if (typeof w === "number" && !Number.isFinite(w)) return String(w);
  if (w instanceof Date) return Number.isNaN(w.getTime()) || Math.abs(w.getUTCFullYear() - 2000) > 7000 ? null : w;
  if (w === undefined) return null;
  return w as ExcelJS.CellValue;
}

const werkmapOpties = fc.record({
  verborgen: fc.boolean(),
  samenvoegen: fc.oneof({ arbitrary: fc.constant(false), weight: 5 }, { arbitrary: fc.constant(true), weight: 1 }),
  leegBlad: fc.boolean(),
});

async function werkmap(rasters: Raster[], o: { verborgen: boolean; samenvoegen: boolean; leegBlad: boolean }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  rasters.forEach((r, i) => {
    // Excel's rule for sheet names: at most 31 characters, none of []:*?/\ ; unique.
    const naam = `${r.blad.replace(/[[\]:*?/\\']/g, "_").slice(0, 28)}${i}`;
    const ws = wb.addWorksheet(naam);
    [r.koppen, ...r.rijen].forEach((rij, ri) => {
      rij.forEach((w, k) => {
        ws.getCell(r.rijIndex + 1 + ri, r.kolomIndex + 1 + k).value = excelWaarde(w);
      });
    });
    if (o.verborgen) for (const nr of r.verborgenRijen ?? []) ws.getRow(nr).hidden = true;
    if (o.samenvoegen && r.rijen.length > 1) ws.mergeCells(r.rijIndex + 2, r.kolomIndex + 1, r.rijIndex + 3, r.kolomIndex + 1);
  });
  if (o.leegBlad) wb.addWorksheet("Blad leeg");
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * JSON for `tabel1`: a valid Tabel1Invoer with one or two fields replaced by a
 * value of another type (so the run gets past the other checks to the field),
 * sometimes valid as it is, sometimes any JSON at all.
 */
const jsonCel = fc.oneof(vijandigeCel({ groot: false }), fc.jsonValue({ maxDepth: 2 }));
const hoeveelheid = fc.oneof(
  fc.integer({ min: 0, max: 500 }),
  fc.record({ uren: fc.integer({ min: 0, max: 5000 }), periode: fc.constantFrom("week", "kwartaal", "jaar") }),
);
const geldigeJson = fc.record({
  kwartaal: fc.constant("2023Q2"),
  ministeries: fc.array(
    fc.record({
      ministerie: ministerieNaam,
      fte: fc.integer({ min: 1, max: 20_000 }),
      formeel: hoeveelheid,
      binnenwerk: hoeveelheid,
      inleen: hoeveelheid,
      voetnoot: fc.option(tekst, { nil: undefined }),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  nietToegedeeld: fc.option(
    fc.array(fc.record({ omschrijving: ministerieNaam, fte: fc.integer({ min: 0, max: 20_000 }) }), { maxLength: 2 }),
    {
      nil: undefined,
    },
  ),
});
const JSON_VELDEN = [
  "kwartaal",
  "ministeries",
  "nietToegedeeld",
  "totaalNaam",
  "quotumjaar",
  "quotumpercentage",
  "urenPerFte",
  "m.ministerie",
  "m.fte",
  "m.doel",
  "m.formeel",
  "m.formeel.uren",
  "m.formeel.periode",
  "m.voetnoot",
  "m.rij",
  "m.urenPerFte",
  "n.omschrijving",
  "n.fte",
  "n.doel",
  "n.voetnoot",
  "n",
  "m",
] as const;

function vervang(doel: Record<string, unknown>, veld: (typeof JSON_VELDEN)[number], waarde: unknown): void {
  const [wie, ...rest] = veld.split(".");
  const lijst = (sleutel: string) => (Array.isArray(doel[sleutel]) ? (doel[sleutel] as unknown[]) : null);
  if (wie === "m" || wie === "n") {
    const rijen = lijst(wie === "m" ? "ministeries" : "nietToegedeeld");
    if (!rijen || rijen.length === 0) return;
    if (rest.length > 0 && (typeof rijen[0] !== "object" || rijen[0] === null)) return;
    if (rest.length === 0) rijen[0] = waarde;
    else if (rest.length === 1) (rijen[0] as Record<string, unknown>)[rest[0]!] = waarde;
    else {
      const binnen = (rijen[0] as Record<string, unknown>)[rest[0]!];
      if (binnen && typeof binnen === "object") (binnen as Record<string, unknown>)[rest[1]!] = waarde;
      else (rijen[0] as Record<string, unknown>)[rest[0]!] = { [rest[1]!]: waarde };
    }
    return;
  }
  doel[wie!] = waarde;
}

const jsonInvoer = fc.oneof(
  { weight: 1, arbitrary: geldigeJson },
  {
    weight: 5,
    arbitrary: fc
      .tuple(geldigeJson, fc.array(fc.tuple(fc.constantFrom(...JSON_VELDEN), jsonCel), { minLength: 1, maxLength: 2 }))
      .map(([basis, wijzigingen]) => {
        const doel = JSON.parse(JSON.stringify(basis)) as Record<string, unknown>;
        for (const [veld, waarde] of wijzigingen) vervang(doel, veld, waarde);
        return doel;
      }),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

function jsonBytes(waarde: unknown): Buffer {
  return Buffer.from(
    JSON.stringify(waarde, (_, v) => (v instanceof Date ? (Number.isNaN(v.getTime()) ? null : v.toISOString()) : v)) ?? "null",
    "utf8",
  );
}

const rommel = fc.oneof(
  fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
  fc.constantFrom(
    Buffer.from("PK\u0003\u0004kapot"),
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(0),
    Buffer.from("PK\u0005\u0006"),
  ),
);

/** One input: the kind, its bytes (made in the property), and an fte file for person rows. */
const invoer = fc.oneof(
  { weight: 4, arbitrary: fc.record({ soort: fc.constant("csv" as const), r: ministeriesRaster({ titelrijen: true }), o: csvOpties }) },
  {
    weight: 3,
    arbitrary: fc.record({ soort: fc.constant("csv-personen" as const), p: personenRasters({ titelrijen: true }), o: csvOpties }),
  },
  { weight: 2, arbitrary: fc.record({ soort: fc.constant("xlsx" as const), r: ministeriesRaster({ objecten: true }), o: werkmapOpties }) },
  {
    weight: 2,
    arbitrary: fc.record({ soort: fc.constant("xlsx-personen" as const), p: personenRasters({ objecten: true }), o: werkmapOpties }),
  },
  { weight: 2, arbitrary: fc.record({ soort: fc.constant("json" as const), j: jsonInvoer }) },
  { weight: 1, arbitrary: fc.record({ soort: fc.constant("rommel" as const), b: rommel, ext: fc.constantFrom("csv", "xlsx", "json") }) },
);
type Invoer = typeof invoer extends fc.Arbitrary<infer T> ? T : never;

async function maakBestanden(i: Invoer, nr: number, kwartaalInNaam: boolean): Promise<{ hoofd: Bestand; fte?: Bestand }> {
  const naam = (ext: string) => `${kwartaalInNaam ? "invoer-2023Q2" : "invoer"}-${nr}.${ext}`;
  switch (i.soort) {
    case "csv":
      return { hoofd: { naam: naam("csv"), bytes: csv(i.r, i.o) } };
    case "csv-personen":
      return { hoofd: { naam: naam("csv"), bytes: csv(i.p.hoofd, i.o) }, fte: { naam: `fte-${nr}.csv`, bytes: csv(i.p.fte, i.o) } };
    case "xlsx":
      return { hoofd: { naam: naam("xlsx"), bytes: await werkmap([i.r], i.o) } };
    case "xlsx-personen":
      return { hoofd: { naam: naam("xlsx"), bytes: await werkmap([i.p.hoofd, i.p.fte], i.o) } };
    case "json":
      return { hoofd: { naam: naam("json"), bytes: jsonBytes(i.j) } };
    case "rommel":
      return { hoofd: { naam: naam(i.ext), bytes: i.b } };
  }
}

const uitvoer = fc.record({
  soort: fc.constantFrom("xlsx", "csv", "json", null),
  bestaat: fc.oneof({ arbitrary: fc.constant(false), weight: 4 }, { arbitrary: fc.constant(true), weight: 1 }),
  overschrijf: fc.boolean(),
  problemen: fc.constantFrom("xlsx", "csv", null),
  json: fc.boolean(),
  kwartaalInNaam: fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }),
  kwartaal: fc.constantFrom(undefined, "2023Q2", "2031Q1", "2023Q9", "<b>"),
  afronding: fc.constantFrom(undefined, "per-cel", "sluitend", "=1+1"),
});

const financieringOpties = fc.record({
  kosten: fc.oneof(
    fc.constantFrom("45.000", "45000", "0", "-1", "1e308", "€ 45.000,00", "45.000,001", "veel", ""),
    fc.integer({ min: 0, max: 1e9 }).map(String),
  ),
  budget: fc.oneof(fc.constantFrom("15.000.000", "0", "-5", "∞", "9".repeat(400)), fc.integer({ min: 0, max: 2e9 }).map(String)),
  plafond: fc.constantFrom(undefined, "400", "0", "-1", "2,5", "1e400"),
  afronding: fc.constantFrom(undefined, "omhoog", "omlaag", "zijwaarts"),
  uit: fc.constantFrom("xlsx", "json", null),
});

let volgnummer = 0;

/** Is a written file whole? */
async function controleerUitvoer(pad: string): Promise<void> {
  const bytes = fs.readFileSync(pad);
  if (pad.endsWith(".json")) {
    JSON.parse(bytes.toString("utf8"));
  } else if (pad.endsWith(".csv")) {
    expect(bytes.subarray(0, 3).toString("utf8")).toBe("\uFEFF");
  } else {
    const zip = await JSZip.loadAsync(bytes);
    for (const [naam, deel] of Object.entries(zip.files)) {
      if (!/^xl\/worksheets\/.*\.xml$/.test(naam)) continue;
      const xml = await deel.async("string");
      expect({ naam, formule: /<f[ >]/.test(xml) }).toEqual({ naam, formule: false });
    }
    await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer);
  }
}

/** The rules every run keeps, whatever the command. */
async function controleerRun(
  argv: string[],
  voor: Map<string, string>,
  u: Uitkomst,
  verwacht: { uit?: string; problemen?: string; overschrijf: boolean },
): Promise<void> {
  const na = momentopname();
  const beschrijving = `banen ${argv.map((a) => path.basename(a)).join(" ")} → ${u.code}\n${u.fout.slice(0, 500)}`;
  expect({ beschrijving, code: [0, 2].includes(u.code) }).toEqual({ beschrijving, code: true });
  expect(u.fout).not.toMatch(/Onverwachte fout/);
  if (u.code === 2) expect(u.fout.startsWith("fout:")).toBe(true);
  if (argv.includes("--json")) JSON.parse(u.uit);
  for (const tekstUit of [u.uit, u.fout]) expect(tekstUit.includes("geheim")).toBe(false);
  const uitNaam = verwacht.uit && path.basename(verwacht.uit);
  const problemenNaam = verwacht.problemen && path.basename(verwacht.problemen);
  for (const [naam, hash] of voor) {
    const vervangen = u.code === 0 && naam === uitNaam && verwacht.overschrijf;
    if (!vervangen) expect({ naam, hash: na.get(naam) }).toEqual({ naam, hash });
  }
  for (const naam of na.keys()) {
    expect(naam.endsWith(".tmp")).toBe(false);
    if (voor.has(naam)) continue;
    const mag = (u.code === 0 && naam === uitNaam) || (u.code === 2 && naam === problemenNaam);
    expect({ naam, nieuw: mag }).toEqual({ naam, nieuw: true });
    expect(fs.readFileSync(path.join(map, naam)).includes("geheim")).toBe(false);
  }
  if (u.code === 0 && uitNaam && (na.get(uitNaam) !== voor.get(uitNaam) || !voor.has(uitNaam))) await controleerUitvoer(verwacht.uit!);
  if (u.code === 2 && problemenNaam && na.has(problemenNaam) && !voor.has(problemenNaam)) await controleerUitvoer(verwacht.problemen!);
}

/** Written tables read back by `banen controleer` in the fuzz run (reported; the fixed cases below always read back). */
let teruggelezen = 0;

/**
 * `banen controleer` on a table tabel1 wrote: it must read it (no reading error, exit 2) and find every
 * cell consistent (exit 0; exit 1 is a difference not explained by rounding). Throws with controleer's
 * own words otherwise.
 */
async function leesTerug(pad: string): Promise<void> {
  const c = await banen(["controleer", pad]);
  if (c.code !== 0)
    throw new Error(`banen controleer ${path.basename(pad)}: exit ${c.code}\n${c.fout.slice(0, 600)}${c.uit.slice(0, 600)}`);
}

function zetNeer(b: Bestand): string {
  const pad = path.join(map, b.naam);
  fs.writeFileSync(pad, b.bytes);
  return pad;
}

describe("fuzz: banen CLI in-process with hostile files", () => {
  test(
    "tabel1: exit 0 or 2, nothing half written, nothing existing changed, what it writes controleer reads",
    async () => {
      const begin = Date.now();
      const n = opties<unknown>(60, 0.05).numRuns!;
      await fuzz(
        fc.asyncProperty(invoer, uitvoer, async (i, o) => {
          const nr = volgnummer++;
          nieuweMap();
          const { hoofd, fte } = await maakBestanden(i, nr, o.kwartaalInNaam);
          const argv = ["tabel1", zetNeer(hoofd)];
          if (fte) argv.push("--fte", zetNeer(fte));
          if (o.kwartaal !== undefined) argv.push("--kwartaal", o.kwartaal);
          if (o.afronding !== undefined) argv.push("--afronding", o.afronding);
          const uit = o.soort ? path.join(map, `uit-${nr}.${o.soort}`) : undefined;
          if (uit) {
            argv.push("-o", uit);
            if (o.bestaat) fs.writeFileSync(uit, `eigen werk ${nr}`);
          }
          const problemen = o.problemen ? path.join(map, `problemen-${nr}.${o.problemen}`) : undefined;
          if (problemen) argv.push("--problemen", problemen);
          if (o.overschrijf) argv.push("--overschrijf");
          if (o.json) argv.push("--json");
          const voor = momentopname();
          const u = await banen(argv);
          await controleerRun(argv, voor, u, { uit, problemen, overschrijf: o.overschrijf });
          if (uit && o.bestaat && !o.overschrijf) expect(u.code).toBe(2);
          // What tabel1 writes (xlsx or CSV), controleer reads back and finds consistent: tabel1 checked it before writing.
          if (u.code === 0 && uit && /\.(xlsx|csv)$/.test(uit)) {
            await leesTerug(uit);
            teruggelezen++;
          }
        }),
        opties(60, 0.05),
      );
      meld(`CLI tabel1 (${teruggelezen} geschreven tabellen teruggelezen)`, n, Date.now() - begin);
    },
    tijd(120_000),
  );

  test(
    "tabel1 from JSON of any shape (fields of the wrong type past the other checks)",
    async () => {
      const begin = Date.now();
      const n = opties<unknown>(150, 0.2).numRuns!;
      await fuzz(
        fc.asyncProperty(jsonInvoer, fc.constantFrom("json", "xlsx", "csv", null), fc.boolean(), async (j, soort, json) => {
          const nr = volgnummer++;
          nieuweMap();
          const argv = ["tabel1", zetNeer({ naam: `invoer-${nr}.json`, bytes: jsonBytes(j) })];
          const uit = soort ? path.join(map, `uit-${nr}.${soort}`) : undefined;
          if (uit) argv.push("-o", uit);
          if (json) argv.push("--json");
          const voor = momentopname();
          const u = await banen(argv);
          await controleerRun(argv, voor, u, { uit, overschrijf: false });
        }),
        opties(150, 0.2),
      );
      meld("CLI tabel1 JSON", n, Date.now() - begin);
    },
    tijd(60_000),
  );

  test(
    "financiering: exit 0 or 2, nothing half written, nothing existing changed",
    async () => {
      const begin = Date.now();
      const n = opties<unknown>(30, 0.03).numRuns!;
      await fuzz(
        fc.asyncProperty(invoer, financieringOpties, fc.boolean(), async (i, f, json) => {
          const nr = volgnummer++;
          nieuweMap();
          const { hoofd, fte } = await maakBestanden(i, nr, true);
          const argv = ["financiering", zetNeer(hoofd), "--kosten-per-baan", f.kosten, "--budget", f.budget];
          if (fte) argv.push("--fte", zetNeer(fte));
          if (f.plafond !== undefined) argv.push("--plafond", f.plafond);
          if (f.afronding !== undefined) argv.push("--afronding", f.afronding);
          const uit = f.uit ? path.join(map, `financiering-${nr}.${f.uit}`) : undefined;
          if (uit) argv.push("-o", uit);
          if (json) argv.push("--json");
          const voor = momentopname();
          const u = await banen(argv);
          await controleerRun(argv, voor, u, { uit, overschrijf: false });
        }),
        opties(30, 0.03),
      );
      meld("CLI financiering", n, Date.now() - begin);
    },
    tijd(120_000),
  );
});

describe("the read-back check of the fuzz run", () => {
  const VOORBEELD = path.join(__dirname, "..", "..", "seeds", "voorbeeld");
  const tabel1 = async (soort: "xlsx" | "csv") => {
    nieuweMap();
    const uit = path.join(map, `tabel1.${soort}`);
    const personen = path.join(VOORBEELD, "personen-2023Q2.csv");
    const u = await banen(["tabel1", personen, "--fte", path.join(VOORBEELD, "fte-2023Q1.csv"), "-o", uit]);
    expect([u.code, u.fout]).toEqual([0, ""]);
    return uit;
  };

  test(
    "passes on what tabel1 writes from the sample (xlsx and CSV)",
    async () => {
      await leesTerug(await tabel1("xlsx"));
      await leesTerug(await tabel1("csv"));
    },
    tijd(120_000),
  );

  test(
    "fails on a written table whose total no longer adds up (so it can fail)",
    async () => {
      const uit = await tabel1("csv");
      const regels = fs.readFileSync(uit, "utf8").split("\r\n");
      const i = regels.findIndex((r) => r.startsWith("Totaal Rijk"));
      const cellen = regels[i]!.split(";");
      cellen[2] = String(Number(cellen[2]!.replace(/\./g, "")) + 50); // formeel of Totaal Rijk: 50 banen more
      regels[i] = cellen.join(";");
      fs.writeFileSync(uit, regels.join("\r\n"));
      await expect(leesTerug(uit)).rejects.toThrow(/exit 1/);
    },
    tijd(120_000),
  );
});
