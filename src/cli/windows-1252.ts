/**
 * Windows-1252 ("ANSI" on a Dutch Windows), the encoding Dutch Excel writes
 * with "CSV (gescheiden door lijstscheidingsteken)". Node 20's
 * TextDecoder("windows-1252") decodes it as Latin-1 (nodejs/node#56542): the
 * bytes 0x80–0x9F become C1 control characters instead of € – — ‘ ’ “ ”. So
 * this table does it.
 *
 * Bytes 0x00–0x7F are ASCII and 0xA0–0xFF are the same code points (Latin-1).
 * 0x80–0x9F, from Microsoft's mapping as published by Unicode
 * (https://www.unicode.org/Public/MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT)
 * and identical in the WHATWG Encoding Standard's index-windows-1252.txt
 * (https://encoding.spec.whatwg.org/index-windows-1252.txt), pointers 0–31.
 * CP1252.TXT leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D UNDEFINED (WHATWG maps
 * them to the C1 controls U+0081…); no Excel text holds them, so a file with
 * one is not Windows-1252 text and is refused with the byte's position.
 */
const TABEL_80_9F: readonly (number | null)[] = [
  0x20ac,
  null,
  0x201a,
  0x0192,
  0x201e,
  0x2026,
  0x2020,
  0x2021, // 80–87: € . ‚ ƒ „ … † ‡
  0x02c6,
  0x2030,
  0x0160,
  0x2039,
  0x0152,
  null,
  0x017d,
  null, //   88–8F: ˆ ‰ Š ‹ Œ . Ž .
  null,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2022,
  0x2013,
  0x2014, // 90–97: . ‘ ’ “ ” • – —
  0x02dc,
  0x2122,
  0x0161,
  0x203a,
  0x0153,
  null,
  0x017e,
  0x0178, // 98–9F: ˜ ™ š › œ . ž Ÿ
];

/** The character a byte stands for, or null for the five undefined bytes. */
export function windows1252Teken(byte: number): string | null {
  if (byte < 0x80 || byte >= 0xa0) return String.fromCharCode(byte);
  const codepunt = TABEL_80_9F[byte - 0x80];
  return codepunt === null || codepunt === undefined ? null : String.fromCharCode(codepunt);
}

/** Bytes as Windows-1252 text; the position (0-based) of the first undefined byte when there is one. */
export function decodeerWindows1252(bytes: Uint8Array): { tekst: string } | { ongeldig: number } {
  const tekens = new Array<string>(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const teken = windows1252Teken(bytes[i]!);
    if (teken === null) return { ongeldig: i };
    tekens[i] = teken;
  }
  return { tekst: tekens.join("") };
}
