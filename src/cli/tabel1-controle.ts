/**
 * The checks `banen tabel1` prints after the table: controleer on our own
 * printed table, on the published table of the quarter (when seeds/ has it),
 * and our table beside the published one, cell by cell.
 */
import { alsGedrukt, BanenFout, controleer, controleTabel1, documentNaam, formatteerGetal, type Tabel1 } from "../core";
import { gepubliceerdeTabel1 } from "./seeds";
import { controleTekst } from "./tekst/controle";
import { vergelijkTabel1, type Vergelijking } from "../core/controle/vergelijk";

export interface Controle {
  eigen: ReturnType<typeof controleer>;
  gepubliceerd: { pad: string; document: string | null; afwijkingen: ReturnType<typeof controleer>; vergelijking: Vergelijking } | null;
}

export function controleVan(tabel: Tabel1): Controle {
  const eigen = alsGedrukt(tabel);
  const pub = gepubliceerdeTabel1(tabel.kwartaal);
  return {
    eigen: controleer(controleTabel1(eigen)),
    gepubliceerd: pub
      ? {
          pad: pub.pad,
          document: pub.tabel.document ?? null,
          afwijkingen: controleer(controleTabel1(pub.tabel)),
          vergelijking: vergelijkTabel1(eigen, pub.tabel),
        }
      : null,
  };
}

/**
 * The table about to be shown and written must pass its own check, the one
 * `banen controleer` applies to the written file: per cel, every difference
 * explainable by rounding; sluitend, no difference at all (that is its
 * promise). Otherwise ZELFCONTROLE_MISLUKT (exit 1) before anything is written.
 */
export function zelfcontrole(tabel: Tabel1, c: Controle): void {
  const fout = c.eigen.filter((a) => tabel.afronding === "sluitend" || !a.verklaarbaarDoorAfronding);
  if (fout.length === 0) return;
  throw new BanenFout("ZELFCONTROLE_MISLUKT", { aantal: fout.length, cellen: fout.map((a) => a.cel).join(", ") });
}

export function controleRegels(tabel: Tabel1, c: Controle): string[] {
  const regels = [
    "Controle: cellen die niet volgen uit de andere cellen van dezelfde tabel",
    ...controleTekst(`Eigen tabel (hierboven, afronding ${tabel.afronding === "per-cel" ? "per cel" : "sluitend"})`, c.eigen),
  ];
  if (!c.gepubliceerd) {
    regels.push(`Gepubliceerde tabel: geen gepubliceerde Tabel 1 ${tabel.kwartaal} in seeds/; niet vergeleken.`);
    return regels;
  }
  const g = c.gepubliceerd;
  const bron = g.document ? `, bron ${documentNaam(g.document)}` : "";
  regels.push(...controleTekst(`Gepubliceerde Tabel 1 ${tabel.kwartaal} (${g.pad}${bron})`, g.afwijkingen));
  const v = g.vergelijking;
  const los = [
    ...v.alleenEigen.map((n) => `  - rij "${n}" staat alleen in de eigen tabel`),
    ...v.alleenGepubliceerd.map((n) => `  - rij "${n}" staat alleen in de gepubliceerde tabel`),
  ];
  if (v.verschillen.length === 0 && los.length === 0) {
    regels.push(`Eigen tabel tegenover de gepubliceerde: alle ${v.rijen} rijen (${v.cellen} cellen) gelijk.`);
  } else {
    regels.push(
      `Eigen tabel tegenover de gepubliceerde: ${formatteerGetal(v.verschillen.length)} van de ${v.cellen} cellen verschillen.`,
      ...v.verschillen.map(
        (d) => `  - ${d.rij} / ${d.kolom}: eigen ${getalOfStreep(d.eigen)}, gepubliceerd ${getalOfStreep(d.gepubliceerd)}`,
      ),
      ...los,
    );
  }
  return regels;
}

function getalOfStreep(n: number | null): string {
  return n === null ? "–" : formatteerGetal(n);
}
