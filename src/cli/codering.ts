/**
 * Bytes of a text file (CSV, JSON) to text, with the encoding decided from all
 * of its bytes and stated (issue 12, class 4): a byte order mark (UTF-8,
 * UTF-16 LE/BE), UTF-16 without one (its NUL bytes give it away), valid UTF-8,
 * else Windows-1252 (what Dutch Excel writes). A workbook, zip, PDF or other
 * binary file named .csv is refused with what it is, never printed as text.
 */
import { BanenFout, type Beslissing } from "../core";
import { decodeerWindows1252 } from "./windows-1252";

export type Codering = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
export const CODERINGEN: readonly Codering[] = ["utf-8", "utf-16le", "utf-16be", "windows-1252"];

export interface Gedecodeerd {
  /** The text without a byte order mark. */
  tekst: string;
  codering: Codering;
  beslissing: Beslissing;
}

/** File signatures of what is not text, with what to do instead. */
const HANDTEKENINGEN: readonly { bytes: readonly number[]; soort: (b: Uint8Array) => string; oplossing: string }[] = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    soort: (b) => (bevat(b, "xl/") ? "een Excel-werkmap (.xlsx)" : bevat(b, "word/") ? "een Word-document (.docx)" : "een zip-bestand"),
    oplossing: "geef een Excel-werkmap de naam .xlsx (banen leest .xlsx zelf), of sla het blad in Excel op als CSV",
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    soort: () => "een oud Office-bestand (.xls)",
    oplossing: "open het in Excel en sla het op als .xlsx of als CSV",
  },
  {
    bytes: [0x25, 0x50, 0x44, 0x46],
    soort: () => "een PDF-bestand",
    oplossing: "neem de tabel over in Excel en sla die op als .xlsx of CSV",
  },
  { bytes: [0x1f, 0x8b], soort: () => "een gzip-bestand", oplossing: "pak het eerst uit" },
];

function bevat(bytes: Uint8Array, tekst: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 65536)).includes(tekst, 0, "latin1");
}

function begintMet(bytes: Uint8Array, begin: readonly number[]): boolean {
  return bytes.length >= begin.length && begin.every((b, i) => bytes[i] === b);
}

/** 1-based line of a byte position (lines counted by LF; in UTF-16 by the LF unit). */
function regelVan(bytes: Uint8Array, positie: number, codering: Codering): number {
  let regel = 1;
  for (let i = 0; i < positie && i < bytes.length; i++) {
    if (bytes[i] !== 0x0a) continue;
    if (codering === "utf-16le" ? i % 2 === 0 && bytes[i + 1] === 0 : codering === "utf-16be" ? i % 2 === 1 && bytes[i - 1] === 0 : true)
      regel++;
  }
  return regel;
}

function coderingFout(bestand: string, bytes: Uint8Array, positie: number, codering: Codering, reden: string): BanenFout {
  return new BanenFout("ONGELDIGE_CODERING", { bestand, reden, positie: positie + 1, regel: regelVan(bytes, positie, codering) });
}

/** The first byte (0-based) where the bytes stop being UTF-8, or -1 when they all are. */
function eersteOngeldigeUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const lengte = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (lengte === 0) return i;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(i, i + lengte));
    } catch {
      return i;
    }
    i += lengte;
  }
  return -1;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function utf8(bytes: Uint8Array, bestand: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw coderingFout(bestand, bytes, Math.max(0, eersteOngeldigeUtf8(bytes)), "utf-8", "de bytes zijn geen geldige UTF-8");
  }
}

function utf16(bytes: Uint8Array, be: boolean, bestand: string): string {
  const codering: Codering = be ? "utf-16be" : "utf-16le";
  if (bytes.length % 2 === 1)
    throw coderingFout(bestand, bytes, bytes.length - 1, codering, "een UTF-16-bestand heeft een even aantal bytes");
  const le = be ? Uint8Array.from(bytes, (_, i) => bytes[i ^ 1]!) : bytes;
  try {
    return new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true }).decode(le);
  } catch {
    throw coderingFout(bestand, bytes, 0, codering, "de bytes zijn geen geldige UTF-16 (een losse surrogaathelft)");
  }
}

function windows1252(bytes: Uint8Array, bestand: string): string {
  const uit = decodeerWindows1252(bytes);
  if ("tekst" in uit) return uit.tekst;
  const byte = `0x${bytes[uit.ongeldig]!.toString(16).toUpperCase()}`;
  throw coderingFout(bestand, bytes, uit.ongeldig, "windows-1252", `byte ${byte} is geen UTF-8 en in Windows-1252 niet gedefinieerd`);
}

/** UTF-16 without a byte order mark: ASCII text has a NUL in every other byte. Looks at the first 4.096 bytes. */
function utf16ZonderBom(bytes: Uint8Array): Codering | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let oneven = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) oneven++;
  }
  const paren = n / 2;
  if (oneven >= paren * 0.3 && even === 0) return "utf-16le";
  if (even >= paren * 0.3 && oneven === 0) return "utf-16be";
  return null;
}

const beslissing = (antwoord: string, besluitbron: Beslissing["besluitbron"], grond: string, bestand: string): Beslissing => ({
  vraag: "codering",
  onderwerp: bestand,
  antwoord,
  besluitbron,
  grond,
});

/** Decoding with the encoding the user gave (--codering): a matching byte order mark is dropped. */
function opgegeven(bytes: Uint8Array, codering: Codering, bestand: string): string {
  if (codering === "utf-8") return utf8(begintMet(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes, bestand);
  if (codering === "utf-16le") return utf16(begintMet(bytes, [0xff, 0xfe]) ? bytes.subarray(2) : bytes, false, bestand);
  if (codering === "utf-16be") return utf16(begintMet(bytes, [0xfe, 0xff]) ? bytes.subarray(2) : bytes, true, bestand);
  return windows1252(bytes, bestand);
}

/** The text, its encoding and why; refuses binary files and bytes the encoding cannot read, naming the position. */
export function decodeerBestand(bytes: Uint8Array, bestand: string, gegeven?: Codering): Gedecodeerd {
  for (const h of HANDTEKENINGEN) {
    if (begintMet(bytes, h.bytes)) throw new BanenFout("GEEN_TEKSTBESTAND", { bestand, soort: h.soort(bytes), oplossing: h.oplossing });
  }
  let tekst: string;
  let codering: Codering;
  let b: Beslissing;
  if (gegeven) {
    [tekst, codering] = [opgegeven(bytes, gegeven, bestand), gegeven];
    b = beslissing(gegeven, "optie", "opgegeven met --codering", bestand);
  } else if (begintMet(bytes, [0xef, 0xbb, 0xbf])) {
    [tekst, codering] = [utf8(bytes.subarray(3), bestand), "utf-8"];
    b = beslissing("utf-8 met BOM", "automatisch", "het bestand begint met de UTF-8-bytevolgordemarkering EF BB BF", bestand);
  } else if (begintMet(bytes, [0xff, 0xfe]) || begintMet(bytes, [0xfe, 0xff])) {
    const be = bytes[0] === 0xfe;
    [tekst, codering] = [utf16(bytes.subarray(2), be, bestand), be ? "utf-16be" : "utf-16le"];
    b = beslissing(
      codering,
      "automatisch",
      `het bestand begint met de UTF-16-bytevolgordemarkering ${be ? "FE FF" : "FF FE"} (Excel: Unicode-tekst)`,
      bestand,
    );
  } else if (utf16ZonderBom(bytes)) {
    codering = utf16ZonderBom(bytes)!;
    tekst = utf16(bytes, codering === "utf-16be", bestand);
    b = beslissing(codering, "automatisch", "geen bytevolgordemarkering, maar elke tweede byte is 0 zoals in UTF-16-tekst", bestand);
  } else if (isUtf8(bytes)) {
    [tekst, codering] = [utf8(bytes, bestand), "utf-8"];
    const buiten = tekst.match(/\P{ASCII}/gu)?.length ?? 0;
    const grond =
      buiten > 0 ? `alle ${buiten} tekens buiten ASCII zijn geldige UTF-8` : "alleen ASCII-tekens (elke codering leest ze gelijk)";
    b = beslissing("utf-8", "automatisch", grond, bestand);
  } else {
    const positie = eersteOngeldigeUtf8(bytes);
    [tekst, codering] = [windows1252(bytes, bestand), "windows-1252"];
    const byte = `0x${bytes[positie]!.toString(16).toUpperCase()}`;
    b = beslissing(
      "windows-1252",
      "automatisch",
      `byte ${byte} op positie ${positie + 1} (regel ${regelVan(bytes, positie, "utf-8")}) is geen geldige UTF-8; Nederlandse Excel schrijft CSV in Windows-1252`,
      bestand,
    );
  }
  // Control characters (not tab, line feed, carriage return, form feed) are in no table a person typed.
  const stuur = /(?![\t\n\r\f])\p{Cc}/u.exec(tekst);
  if (stuur) {
    const teken = `U+${stuur[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    throw new BanenFout("GEEN_TEKSTBESTAND", {
      bestand,
      soort: `een binair bestand (stuurteken ${teken} op regel ${tekst.slice(0, stuur.index).split("\n").length}, gelezen als ${codering})`,
      oplossing: "geef een CSV-bestand zoals Excel het opslaat, of geef de codering op met --codering",
    });
  }
  return { tekst, codering, beslissing: b };
}
