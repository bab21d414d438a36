/** A1-style addresses, 0-based indexes in, "C7" / "A3:G16" out; and back. */

export function kolomLetters(kolom: number): string {
  let letters = "";
  for (let n = kolom + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function celAdres(rij: number, kolom: number): string {
  return `${kolomLetters(kolom)}${rij + 1}`;
}

/** "A3:G16" (or "A1" for one cell) for a block starting at (rij, kolom). */
export function bereik(rij: number, kolom: number, rijen: number, kolommen: number): string {
  const links = celAdres(rij, kolom);
  const rechts = celAdres(rij + rijen - 1, kolom + kolommen - 1);
  return links === rechts ? links : `${links}:${rechts}`;
}

export interface Adres {
  blad: string | null;
  rij: number;
  kolom: number;
  rijen: number;
  kolommen: number;
}

/** Reads "'Tabel 1'!B3:D9", "Personen!A1", "C7" (0-based result). */
export function leesAdres(tekst: string): Adres {
  let blad: string | null = null;
  let rest = tekst.trim();
  const uitroep = rest.lastIndexOf("!");
  if (uitroep >= 0) {
    blad = rest.slice(0, uitroep);
    if (blad.startsWith("'") && blad.endsWith("'")) blad = blad.slice(1, -1).replace(/''/g, "'");
    rest = rest.slice(uitroep + 1);
  }
  const delen = rest.replace(/\$/g, "").toUpperCase().split(":");
  const punt = (p: string) => {
    const m = /^([A-Z]{1,3})(\d+)$/.exec(p);
    if (!m) throw new Error(`Geen celadres: ${tekst}`);
    let kolom = 0;
    for (const ch of m[1]!) kolom = kolom * 26 + (ch.charCodeAt(0) - 64);
    return { rij: Number(m[2]) - 1, kolom: kolom - 1 };
  };
  const a = punt(delen[0]!);
  const b = delen[1] ? punt(delen[1]) : a;
  return {
    blad,
    rij: Math.min(a.rij, b.rij),
    kolom: Math.min(a.kolom, b.kolom),
    rijen: Math.abs(b.rij - a.rij) + 1,
    kolommen: Math.abs(b.kolom - a.kolom) + 1,
  };
}
