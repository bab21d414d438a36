/**
 * Tabel 1 from person rows, two ways: (a) the project's core path — grids in,
 * the shared reader (src/core/invoer/invoer.ts) checks every cell and adds up the
 * hours exactly, bouwTabel1 makes the model — and (c) the floor: the same
 * aggregation as one plain pass over JS numbers, without checks, exactness,
 * footnotes or rounding, to show what the data size alone costs.
 */
import { bouwTabel1, QUOTUMPERCENTAGE, type Tabel1, UREN_PER_BAAN_PER_WEEK, UREN_PER_FTE_RIJK } from "../../src/core";
import { leesInvoer, type Raster } from "../../src/core/invoer/invoer";
import type { Getallen } from "../gegevens";

/** (a) The core path, as task pane and CLI run it after reading their grid. */
export function kernPad(kwartaal: string, personen: Raster, fte: Raster): Tabel1 {
  const gelezen = leesInvoer({ kwartaal, hoofd: personen, fte });
  if (!gelezen.ok) throw new Error(`leesInvoer: ${gelezen.fouten.length} fouten, eerste: ${gelezen.fouten[0]?.message}`);
  return bouwTabel1(gelezen.invoer);
}

const SOORT_KOLOM: Readonly<Record<string, number>> = { formeel: 0, Binnenwerk: 1, inleen: 2 };

/**
 * (c) The floor: hours per (ministry, soort) summed in a Float64Array in one
 * pass (half hours add up exactly in doubles), then divided once. Knows the
 * column order and the exact labels of the generated data; checks nothing.
 */
export function vloer(quotumjaar: number, personen: Raster, fte: Raster): Getallen {
  const urenPerBaan = Number(UREN_PER_BAAN_PER_WEEK.waarde);
  const doelPerFte = (Number(UREN_PER_FTE_RIJK.waarde) / urenPerBaan) * Number(QUOTUMPERCENTAGE[quotumjaar]!.waarde);
  const namen: string[] = [];
  const index = new Map<unknown, number>();
  const fteVan: number[] = [];
  let nietToegedeeldDoel = 0;
  for (const r of fte.rijen) {
    if (r[2] === "nee") nietToegedeeldDoel += (r[1] as number) * doelPerFte;
    else {
      index.set(r[0], namen.length);
      namen.push(r[0] as string);
      fteVan.push(r[1] as number);
    }
  }
  const uren = new Float64Array(namen.length * 3);
  const rijen = personen.rijen;
  for (let i = 0; i < rijen.length; i++) {
    const r = rijen[i]!;
    uren[index.get(r[1])! * 3 + SOORT_KOLOM[r[2] as string]!]! += r[3] as number;
  }
  const uit: Getallen = {};
  const totaal = { doel: nietToegedeeldDoel, formeel: 0, binnenwerk: 0, inleen: 0 };
  namen.forEach((naam, m) => {
    const rij = {
      doel: fteVan[m]! * doelPerFte,
      formeel: uren[m * 3]! / urenPerBaan,
      binnenwerk: uren[m * 3 + 1]! / urenPerBaan,
      inleen: uren[m * 3 + 2]! / urenPerBaan,
    };
    uit[naam] = rij;
    totaal.doel += rij.doel;
    totaal.formeel += rij.formeel;
    totaal.binnenwerk += rij.binnenwerk;
    totaal.inleen += rij.inleen;
  });
  uit.Totaal = totaal;
  return uit;
}
