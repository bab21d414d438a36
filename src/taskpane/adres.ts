/** A1-style addresses: the writers' helpers come from the core; reading "'Blad'!B3:D9" back is the pane's. */
export { bereik, celAdres, kolomLetters } from "../core/invoer/cel";

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
