/**
 * Herkomst (issue 17) at scale: what recording and tracing where each figure
 * comes from costs next to the core path of bench/gevallen/tabel1.ts.
 *   - the core path with `herkomst: true` (the reader records the counted row
 *     indexes per ministry and dienstverband), timed against the same path
 *     without it, in turns in one process (meetPaar: their ratio is what counts
 *     on a shared machine);
 *   - `celHerkomst` for Totaal Rijk, totaal (every counted row: the largest
 *     cell there is), and its first 20 rows, as `banen herkomst` prints them;
 *   - memory: the bytes of the row record, and the peak RSS of this process
 *     (the "kern" case is the same path without herkomst in a process of its own).
 * Checked: the herkomst's exact sum equals the model's cell, and it counts every
 * counted row once.
 */
import { bouwTabel1, celHerkomst, type Tabel1 } from "../../src/core";
import { leesInvoer, type InvoerHerkomst, type Raster } from "../../src/core/invoer/invoer";
import type { Tabel1Invoer } from "../../src/core/tabel1/tabel1";
import { type Geheugen, meet, meetPaar, piekRss, type Tijden } from "../meten";

export interface HerkomstResultaat {
  /** Core path without and with the record, in turns. */
  zonder: Tijden;
  met: Tijden;
  /** celHerkomst(Totaal Rijk, totaal) plus its first 20 rows. */
  totaalRijk: Tijden;
  /** All rows of that cell as objects (`rijen()`), one run. */
  alleRijen: Tijden;
  /** Rows behind Totaal Rijk totaal. */
  rijenTotaal: number;
  /** Bytes of the row record (Int32Array's). */
  registratieBytes: number;
  /** Peak RSS after the first read with the record (compare the "kern" case's, without it), and how far that read raised it. */
  geheugen: Geheugen;
  /** Peak RSS at the end (after all rows of Totaal Rijk as objects), MiB. */
  piekMiB: number;
  afwijkingen: string[];
}

interface MetHerkomst {
  tabel: Tabel1;
  invoer: Tabel1Invoer;
  herkomst: InvoerHerkomst;
}

function lees(kwartaal: string, personen: Raster, fte: Raster, herkomst: boolean): MetHerkomst {
  const gelezen = leesInvoer({ kwartaal, hoofd: personen, fte, herkomst });
  if (!gelezen.ok) throw new Error(`leesInvoer: ${gelezen.fouten.length} fouten, eerste: ${gelezen.fouten[0]?.message}`);
  return { tabel: bouwTabel1(gelezen.invoer), invoer: gelezen.invoer, herkomst: gelezen.herkomst! };
}

export function herkomst(kwartaal: string, personen: Raster, fte: Raster, opties: { opwarmen: number; runs: number }): HerkomstResultaat {
  // Memory first, in a fresh heap: the first read with the record raises the peak as far as it will.
  const eerst = meet(() => lees(kwartaal, personen, fte, true), { opwarmen: 0, runs: 1 });
  const paar = meetPaar(
    () => lees(kwartaal, personen, fte, false),
    () => lees(kwartaal, personen, fte, true),
    opties,
  );
  const bron = paar.b.uitkomst;
  const cel = meet(() => {
    const h = celHerkomst(bron, "Totaal Rijk", "totaal");
    return { h, eerste: h.rijen(0, 20) };
  }, opties);
  // Every row of that cell as objects (banen herkomst --alle, -o herkomst.csv): once.
  const alle = meet(() => cel.uitkomst.h.rijen().length, { opwarmen: 0, runs: 1 });
  const afwijkingen: string[] = [];
  const { h, eerste } = cel.uitkomst;
  if (h.exact === null || !h.exact.equals(bron.tabel.totaal.totaal))
    afwijkingen.push(`Totaal Rijk totaal: herkomst ${String(h.exact)} ≠ model ${bron.tabel.totaal.totaal.toString()}`);
  if (eerste.length !== Math.min(20, h.aantalRijen)) afwijkingen.push(`rijen(0, 20) gaf ${eerste.length} rijen`);
  const geteld = h.omrekeningen.reduce((a, o) => a + o.rijen, 0);
  if (alle.uitkomst !== h.aantalRijen) afwijkingen.push(`rijen() gaf ${alle.uitkomst} rijen, verwacht ${h.aantalRijen}`);
  if (geteld !== h.aantalRijen) afwijkingen.push(`omrekeningen tellen ${geteld} rijen, de herkomst ${h.aantalRijen}`);
  return {
    zonder: paar.a.tijden,
    met: paar.b.tijden,
    totaalRijk: cel.tijden,
    alleRijen: alle.tijden,
    rijenTotaal: h.aantalRijen,
    registratieBytes: bron.herkomst.personen?.bytes() ?? 0,
    geheugen: eerst.geheugen,
    piekMiB: piekRss() / 1024 / 1024,
    afwijkingen,
  };
}
