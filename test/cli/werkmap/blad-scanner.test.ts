/**
 * The sheet scanner (blad-scanner.ts) works on the inflated bytes chunk by chunk: whatever the
 * chunk boundaries (inside a tag, a number, a multi-byte UTF-8 character, "</row>" or
 * "</sheetData>"), it hands on the same cells, rows, formulas without a value and merged ranges
 * as when the whole part comes in one chunk; and that whole-part reading is checked against the
 * values written.
 */
import { scanBlad, type ScanOpties } from "../../../src/cli/werkmap/blad-scanner";
import type { Celontvanger } from "../../../src/cli/werkmap/kolomopslag";

const rijenXml = (p: string) =>
  `<${p}row r="1" spans="1:4"><${p}c r="A1" t="s"><${p}v>0</${p}v></${p}c><${p}c r="B1" s="1"><${p}v>24.5</${p}v></${p}c>` +
  `<${p}c r="C1" t="inlineStr"><${p}is><${p}t>Zoë – één €</${p}t></${p}is></${p}c><${p}c r="D1" s="2"><${p}v>45000</${p}v></${p}c></${p}row>` +
  `<${p}row r="2" hidden="1"><${p}c r="A2"><${p}f>B2*2</${p}f></${p}c><${p}c r="B2"><${p}f t="shared" si="0" ref="B2:B3">A1+1</${p}f><${p}v>2</${p}v></${p}c></${p}row>` +
  `<${p}row r="3"><${p}c r="B3"><${p}f t="shared" si="0"/></${p}c><${p}c t="str"><${p}f>"a&amp;b"</${p}f><${p}v>a&amp;b</${p}v></${p}c>` +
  `<${p}c r='D3' t='b'><${p}v>1</${p}v></${p}c><${p}c r="E3" t="e"><${p}v>#DIV/0!</${p}v></${p}c><${p}c r="F3" s="1"/></${p}row>` +
  `<${p}row r="5"/>\n  <${p}row r="7" x14ac:dyDescent="0.25"><${p}c r="A7" t="n"><${p}v>-1.5E-3</${p}v></${p}c><${p}c r="B7"><${p}v>12345678901234567</${p}v></${p}c>` +
  `<${p}c r="C7" t="s"><${p}v>1</${p}v></${p}c><${p}extLst><${p}ext uri="x"><x14:y/></${p}ext></${p}extLst></${p}row>` +
  `<${p}row r="4"><${p}c r="A4" s="3"><${p}v>45000</${p}v></${p}c></${p}row>`;

const blad = (p: string, ns: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${p}worksheet ${ns}><${p}dimension ref="A1:F7"/><${p}sheetData>${rijenXml(p)}</${p}sheetData>` +
  `<${p}mergeCells count="2"><${p}mergeCell ref="A1:B1"/><${p}mergeCell ref="C3:D3"/></${p}mergeCells></${p}worksheet>`;

const opties: ScanOpties = { datumStijl: [false, false, false, true], date1904: false };

/** Every call the scanner makes, in order. */
class Opname implements Celontvanger {
  readonly log: unknown[] = [];
  begin(nr: number, verborgen: boolean) {
    this.log.push(["begin", nr, verborgen]);
  }
  getal(kolom: number, x: number) {
    this.log.push(["getal", kolom, x]);
  }
  gedeeld(kolom: number, j: number) {
    this.log.push(["gedeeld", kolom, j]);
  }
  waarde(kolom: number, w: unknown) {
    this.log.push(["waarde", kolom, w instanceof Date ? w.toISOString() : w]);
  }
  einde() {
    this.log.push(["einde"]);
  }
}

async function scan(bytes: Buffer, grootte: number) {
  const uit = new Opname();
  async function* stukken() {
    for (let i = 0; i < bytes.length; i += grootte) yield bytes.subarray(i, i + grootte);
  }
  const r = await scanBlad(stukken(), opties, uit);
  return { log: uit.log, ...r };
}

describe.each([
  ["zonder voorvoegsel", "", 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'],
  ["met voorvoegsel x:", "x:", 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'],
])("%s", (_, p, ns) => {
  const bytes = Buffer.from(blad(p, ns), "utf8");

  test("the whole part in one chunk gives the values written", async () => {
    const { log, samengevoegd, zonderWaarde } = await scan(bytes, bytes.length);
    expect(log).toEqual([
      ["begin", 1, false],
      ["gedeeld", 1, 0],
      ["getal", 2, 24.5],
      ["waarde", 3, "Zoë – één €"],
      ["getal", 4, 45000],
      ["einde"],
      ["begin", 2, true],
      ["getal", 2, 2],
      ["einde"],
      ["begin", 3, false],
      ["waarde", 3, "a&b"],
      ["waarde", 4, true],
      ["waarde", 5, "#DEEL/0!"],
      ["einde"],
      ["begin", 5, false],
      ["einde"],
      ["begin", 7, false],
      ["getal", 1, -0.0015],
      ["getal", 2, Number("12345678901234567")],
      ["gedeeld", 3, 1],
      ["einde"],
      ["begin", 4, false],
      ["waarde", 1, "2023-03-15T00:00:00.000Z"],
      ["einde"],
    ]);
    expect(samengevoegd).toEqual(["A1:B1", "C3:D3"]);
    expect(zonderWaarde).toEqual([
      { rij: 2, kolom: 1, formule: "B2*2" },
      { rij: 3, kolom: 2, formule: "A2+1" },
    ]);
  });

  test.each([1, 2, 3, 5, 7, 11, 64, 257])("chunks of %i bytes give the same as one chunk", async (grootte) => {
    expect(await scan(bytes, grootte)).toEqual(await scan(bytes, bytes.length));
  });
});

test("rows outside the range asked are skipped unread, the others read as before", async () => {
  const bytes = Buffer.from(blad("", ""), "utf8");
  const uit = new Opname();
  async function* een() {
    yield bytes;
  }
  await scanBlad(een(), { ...opties, rijen: { van: 3, tot: 4 } }, uit);
  expect(uit.log.filter((r) => (r as unknown[])[0] === "begin")).toEqual([
    ["begin", 3, false],
    ["begin", 4, false],
  ]);
});
