/**
 * Property (fast-check, the fuzz settings of test/fuzz/instellingen.ts): for any sheet of rows
 * with gaps, hidden rows, cells with and without r, numbers of any double, shared-string
 * indexes, inline texts of any Unicode (XML-escaped, multi-byte UTF-8), booleans and error
 * values, in a sheet with or without a namespace prefix, and for any chunk size the inflated
 * bytes may come in, the scanner (blad-scanner.ts) hands on exactly the values written.
 */
import fc from "fast-check";
import { scanBlad } from "../../../src/cli/werkmap/blad-scanner";
import type { Celontvanger } from "../../../src/cli/werkmap/kolomopslag";
import { controleer, opties } from "../../fuzz/instellingen";

type Cel =
  | { soort: "getal"; x: number }
  | { soort: "gedeeld"; j: number }
  | { soort: "inline"; tekst: string }
  | { soort: "logisch"; waar: boolean }
  | { soort: "fout"; code: "#DIV/0!" | "#N/A" | "#VALUE!" };

interface Rij {
  sprong: number;
  verborgen: boolean;
  cellen: Array<{ sprong: number; metR: boolean; cel: Cel }>;
}

/** Text XML 1.0 can hold (no C0 controls but tab and line feed; no CR, which XML normalises) and without "_x" (an escape). */
const tekst = fc
  .string({ unit: "grapheme", maxLength: 12 })
  .filter((t) => ![...t].some((c) => (c < " " && c !== "\t" && c !== "\n") || c === "\ufffe" || c === "\uffff") && !t.includes("_x"));

const cel: fc.Arbitrary<Cel> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => ({ soort: "getal" as const, x })),
  fc.nat(1_000_000).map((j) => ({ soort: "gedeeld" as const, j })),
  tekst.map((t) => ({ soort: "inline" as const, tekst: t })),
  fc.boolean().map((waar) => ({ soort: "logisch" as const, waar })),
  fc.constantFrom("#DIV/0!" as const, "#N/A" as const, "#VALUE!" as const).map((code) => ({ soort: "fout" as const, code })),
);

const rij: fc.Arbitrary<Rij> = fc.record({
  sprong: fc.integer({ min: 1, max: 3 }),
  verborgen: fc.boolean(),
  cellen: fc.array(fc.record({ sprong: fc.integer({ min: 1, max: 3 }), metR: fc.boolean(), cel }), { maxLength: 6 }),
});

const escape = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const kolomLetters = (k: number) => (k <= 26 ? String.fromCharCode(64 + k) : `A${String.fromCharCode(64 + k - 26)}`);
const NL_FOUT = { "#DIV/0!": "#DEEL/0!", "#N/A": "#N/B", "#VALUE!": "#WAARDE!" };

function celXml(p: string, c: Cel, ref: string): string {
  switch (c.soort) {
    case "getal":
      return `<${p}c${ref}><${p}v>${String(c.x)}</${p}v></${p}c>`;
    case "gedeeld":
      return `<${p}c${ref} t="s"><${p}v>${c.j}</${p}v></${p}c>`;
    case "inline":
      return `<${p}c${ref} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escape(c.tekst)}</${p}t></${p}is></${p}c>`;
    case "logisch":
      return `<${p}c${ref} t="b"><${p}v>${c.waar ? 1 : 0}</${p}v></${p}c>`;
    case "fout":
      return `<${p}c${ref} t="e"><${p}v>${c.code}</${p}v></${p}c>`;
  }
}

/** The sheet's XML and the calls the scanner must make for it. */
function blad(rijen: Rij[], p: string): { xml: string; verwacht: unknown[] } {
  const verwacht: unknown[] = [];
  let xml = `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet xmlns${p ? `:${p.slice(0, -1)}` : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}sheetData>`;
  let nr = 0;
  for (const r of rijen) {
    nr += r.sprong;
    verwacht.push(["begin", nr, r.verborgen]);
    xml += `<${p}row r="${nr}"${r.verborgen ? ' hidden="1"' : ""}>`;
    let kolom = 0;
    for (const { sprong, metR, cel: c } of r.cellen) {
      kolom += metR ? sprong : 1;
      xml += celXml(p, c, metR ? ` r="${kolomLetters(kolom)}${nr}"` : "");
      if (c.soort === "getal") verwacht.push(["getal", kolom, Number(String(c.x))]);
      else if (c.soort === "gedeeld") verwacht.push(["gedeeld", kolom, c.j]);
      else if (c.soort === "inline") verwacht.push(["waarde", kolom, c.tekst]);
      else if (c.soort === "logisch") verwacht.push(["waarde", kolom, c.waar]);
      else verwacht.push(["waarde", kolom, NL_FOUT[c.code]]);
    }
    xml += `</${p}row>`;
    verwacht.push(["einde"]);
  }
  return { xml: `${xml}</${p}sheetData></${p}worksheet>`, verwacht };
}

class Opname implements Celontvanger {
  readonly log: unknown[] = [];
  begin = (nr: number, verborgen: boolean) => void this.log.push(["begin", nr, verborgen]);
  getal = (kolom: number, x: number) => void this.log.push(["getal", kolom, x]);
  gedeeld = (kolom: number, j: number) => void this.log.push(["gedeeld", kolom, j]);
  waarde = (kolom: number, w: unknown) => void this.log.push(["waarde", kolom, w]);
  einde = () => void this.log.push(["einde"]);
}

test("any sheet, in chunks of any size: exactly the values written", async () => {
  await controleer(
    fc.asyncProperty(
      fc.array(rij, { maxLength: 12 }),
      fc.constantFrom("", "x:"),
      fc.integer({ min: 1, max: 400 }),
      async (rijen, p, grootte) => {
        const { xml, verwacht } = blad(rijen, p);
        const bytes = Buffer.from(xml, "utf8");
        async function* stukken() {
          for (let i = 0; i < bytes.length; i += grootte) yield bytes.subarray(i, i + grootte);
        }
        const uit = new Opname();
        await scanBlad(stukken(), { datumStijl: [], date1904: false }, uit);
        expect(uit.log).toEqual(verwacht);
      },
    ),
    opties(300, 0.2),
  );
});
