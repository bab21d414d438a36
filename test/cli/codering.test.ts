/** Text files: the encoding decided from all bytes, Windows-1252 from our own table, binary files refused (issue 12, class 4). */
import { decodeerBestand } from "../../src/cli/codering";
import { windows1252Teken } from "../../src/cli/windows-1252";

/**
 * Windows-1252 0x80–0x9F written down from Unicode's CP1252.TXT
 * (https://www.unicode.org/Public/MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT, column 2),
 * equal to the WHATWG index-windows-1252.txt pointers 0–31 except the five UNDEFINED
 * bytes, which WHATWG maps to C1 controls and we refuse. Checked once against Python's
 * cp1252 codec. 0x00–0x7F and 0xA0–0xFF are U+0000–U+007F and U+00A0–U+00FF.
 */
const CP1252_80_9F: Record<number, number | null> = {
  0x80: 0x20ac,
  0x81: null,
  0x82: 0x201a,
  0x83: 0x0192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x02c6,
  0x89: 0x2030,
  0x8a: 0x0160,
  0x8b: 0x2039,
  0x8c: 0x0152,
  0x8d: null,
  0x8e: 0x017d,
  0x8f: null,
  0x90: null,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x02dc,
  0x99: 0x2122,
  0x9a: 0x0161,
  0x9b: 0x203a,
  0x9c: 0x0153,
  0x9d: null,
  0x9e: 0x017e,
  0x9f: 0x0178,
};

const verwachtTeken = (byte: number): string | null => {
  if (byte < 0x80 || byte >= 0xa0) return String.fromCharCode(byte);
  const c = CP1252_80_9F[byte];
  return c === null || c === undefined ? null : String.fromCharCode(c);
};

describe("Windows-1252: every byte", () => {
  test.each(Array.from({ length: 256 }, (_, b) => [b]))("byte %d", (byte) => {
    expect(windows1252Teken(byte)).toBe(verwachtTeken(byte));
  });

  test("Node's own decoder is Latin-1 for 0x80–0x9F (nodejs/node#56542): why the table exists", () => {
    const node = new TextDecoder("windows-1252").decode(Uint8Array.of(0x80, 0x96));
    const ons = decodeerBestand(Uint8Array.of(0x61, 0x80, 0x96, 0xe9), "t.csv").tekst;
    expect(ons).toBe("a€–é");
    // Whatever Node does today, ours does not depend on it.
    expect(typeof node).toBe("string");
  });

  test.each([0x81, 0x8d, 0x8f, 0x90, 0x9d])("undefined byte %d: refused with its position and line", (byte) => {
    const bytes = Uint8Array.from([...Buffer.from("a;b\né;"), byte]);
    expect(() => decodeerBestand(bytes, "t.csv")).toThrow(
      new RegExp(`byte 0x${byte.toString(16).toUpperCase()} is geen UTF-8 en in Windows-1252 niet gedefinieerd \\(byte 8, regel 2\\)`),
    );
  });
});

describe("the encoding, decided and stated", () => {
  const tekst = "ministerie;fte\nBZ – posten;3.370\n";
  test("UTF-8 without BOM, with BOM", () => {
    expect(decodeerBestand(Buffer.from(tekst, "utf8"), "t.csv")).toMatchObject({ tekst, codering: "utf-8" });
    const metBom = decodeerBestand(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(tekst)]), "t.csv");
    expect(metBom).toMatchObject({ tekst, codering: "utf-8", beslissing: { vraag: "codering", antwoord: "utf-8 met BOM" } });
  });

  test("UTF-16 LE and BE, with a BOM (Excel's Unicode-tekst) and without", () => {
    const le = Buffer.from(tekst, "utf16le");
    const be = Buffer.from(le).swap16();
    expect(decodeerBestand(Buffer.concat([Buffer.from([0xff, 0xfe]), le]), "t.txt")).toMatchObject({ tekst, codering: "utf-16le" });
    expect(decodeerBestand(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), "t.txt")).toMatchObject({ tekst, codering: "utf-16be" });
    expect(decodeerBestand(le, "t.txt")).toMatchObject({ tekst, codering: "utf-16le" });
    expect(decodeerBestand(be, "t.txt")).toMatchObject({ tekst, codering: "utf-16be" });
  });

  test("Windows-1252 when the bytes are not UTF-8, with the first such byte as evidence", () => {
    const bytes = Buffer.from("ministerie;fte\nBZ \x96 posten;3.370\n", "latin1");
    const uit = decodeerBestand(bytes, "t.csv");
    expect(uit).toMatchObject({ tekst, codering: "windows-1252" });
    expect(uit.beslissing.grond).toMatch(/byte 0x96 op positie 19 \(regel 2\) is geen geldige UTF-8/);
  });

  test("--codering decides; bytes it cannot read are refused with their place", () => {
    expect(decodeerBestand(Buffer.from("caf\xe9", "latin1"), "t.csv", "windows-1252").beslissing.besluitbron).toBe("optie");
    expect(() => decodeerBestand(Buffer.from("a\nb\xe9", "latin1"), "t.csv", "utf-8")).toThrow(/geen geldige UTF-8 \(byte 4, regel 2\)/);
  });

  test.each([
    [
      "an .xlsx named .csv",
      [0x50, 0x4b, 0x03, 0x04, ...Buffer.from("[Content_Types].xml xl/workbook.xml")],
      /geen tekstbestand maar een Excel-werkmap \(\.xlsx\)/,
    ],
    ["a zip", [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0], /maar een zip-bestand/],
    ["an old .xls", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0], /een oud Office-bestand \(\.xls\)/],
    ["a PDF", [...Buffer.from("%PDF-1.7\n")], /een PDF-bestand/],
    ["other binary", [0x01, 0x02, 0x03, 0x41, 0x42, 0xff, 0x10], /een binair bestand \(stuurteken U\+0001 op regel 1/],
  ])("%s is refused and says what it is", (_, bytes, melding) => {
    expect(() => decodeerBestand(Uint8Array.from(bytes as number[]), "x.csv")).toThrow(melding);
  });
});
