/**
 * Small helpers for scanning XML as UTF-8 bytes (the sheet scanner and the
 * shared-string reader): all markup is ASCII, so tags are found and compared
 * byte by byte and only text values are ever decoded.
 */

/** The bytes of an ASCII text (a tag name to look for). */
export function bytesVan(tekst: string): Buffer {
  return Buffer.from(tekst, "latin1");
}

/** Whether b[van…] starts with `naald`. */
export function begintMet(b: Buffer, van: number, naald: Uint8Array): boolean {
  if (van + naald.length > b.length) return false;
  for (let i = 0; i < naald.length; i++) if (b[van + i] !== naald[i]) return false;
  return true;
}

/** The first `byte` in b[van, tot), or −1. */
export function zoekByte(b: Buffer, byte: number, van: number, tot: number): number {
  for (let i = van; i < tot; i++) if (b[i] === byte) return i;
  return -1;
}

/** Space, tab, line feed or carriage return (XML's white space, 2.3 S). */
export function isWit(c: number | undefined): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
