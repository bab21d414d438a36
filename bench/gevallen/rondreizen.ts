/**
 * Excel round trips, with the fake Excel host of the task pane tests
 * (test/taskpane/fake-excel-host.js: office.js' request model, 5 MB payload
 * limit, counts syncs and JSON bytes per request): read `aantal` person rows
 * and the fte sheet through the pane's Excel module, build Tabel 1 with the
 * core, write it. Checks: every request and response under the limit, reading
 * takes 1 + ceil(rows / chunk size) requests, writing a fixed 3.
 */
import * as path from "node:path";
import { maakExcelToegang, type ExcelRun } from "../../src/taskpane/excel-toegang";
import { EXCEL_WEB_PAYLOADLIMIET_BYTES, rijenPerBrok } from "../../src/taskpane/brokken";
import { maakUitvoerPlan } from "../../src/taskpane/uitvoer-plan";
import { fteRaster, getallenVan, personenRaster, referentie, verschillen, voorbeeld, wortel } from "../gegevens";
import { kernPad } from "./tabel1";
import { piekRss } from "../meten";

interface Statistiek {
  syncs: number;
  verzoekBytes: number;
  antwoordBytes: number;
  maxVerzoekBytes: number;
  maxAntwoordBytes: number;
  geweigerd: number;
}
interface NepExcel {
  leegmaken(): void;
  laadBlad(naam: string, rijen: unknown[][]): void;
  resetStatistiek(): void;
  statistiek(): Statistiek;
}

export interface Rondreis extends Statistiek {
  /** Requests the chunking rule predicts. */
  verwacht: number;
}
export interface RondreizenResultaat {
  rijen: number;
  rijenPerBrok: number;
  /** Peak RSS of the process (fake host, pane code, the rows), MiB. */
  piekMiB: number;
  limietBytes: number;
  lezen: Rondreis;
  fte: Rondreis;
  schrijven: Rondreis;
  afwijkingen: string[];
}

function kort(s: Statistiek, verwacht: number): Rondreis {
  const { syncs, verzoekBytes, antwoordBytes, maxVerzoekBytes, maxAntwoordBytes, geweigerd } = s;
  return { syncs, verzoekBytes, antwoordBytes, maxVerzoekBytes, maxAntwoordBytes, geweigerd, verwacht };
}

export async function rondreizen(aantal: number): Promise<RondreizenResultaat> {
  const nep = require(path.join(wortel(), "test", "taskpane", "fake-excel-host.js")) as NepExcel;
  const excel = (globalThis as unknown as { Excel: ExcelRun }).Excel;
  const v = voorbeeld(aantal);
  const personen = personenRaster(v);
  const fte = fteRaster(v);
  nep.leegmaken();
  nep.laadBlad("Personen", [personen.koppen, ...personen.rijen]);
  nep.laadBlad("Fte", [fte.koppen, ...fte.rijen.map((r) => r.map((c) => c ?? ""))]);
  const toegang = maakExcelToegang(excel);
  const perBrok = rijenPerBrok(personen.koppen.length);
  const verwachtLezen = (rijen: number, kolommen: number) => 1 + Math.ceil(rijen / rijenPerBrok(kolommen));

  nep.resetStatistiek();
  const gelezen = await toegang.lees({ soort: "blad", naam: "Personen" });
  const lezen = kort(nep.statistiek(), verwachtLezen(aantal + 1, personen.koppen.length));
  nep.resetStatistiek();
  const fteGelezen = await toegang.lees({ soort: "blad", naam: "Fte" });
  const fteStat = kort(nep.statistiek(), verwachtLezen(fte.rijen.length + 1, fte.koppen.length));

  const tabel = kernPad(v.kwartaal, gelezen, fteGelezen);
  const afwijkingen = verschillen(getallenVan(referentie(v)), getallenVan(tabel), 0);

  nep.resetStatistiek();
  await toegang.schrijf(maakUitvoerPlan(tabel, { grafiek: "realisatie" }));
  const schrijven = kort(nep.statistiek(), 3);

  for (const [naam, s] of [
    ["lezen", lezen],
    ["fte", fteStat],
    ["schrijven", schrijven],
  ] as const) {
    if (s.syncs !== s.verwacht) afwijkingen.push(`${naam}: ${s.syncs} verzoeken, verwacht ${s.verwacht}`);
    if (s.maxVerzoekBytes >= EXCEL_WEB_PAYLOADLIMIET_BYTES || s.maxAntwoordBytes >= EXCEL_WEB_PAYLOADLIMIET_BYTES || s.geweigerd > 0) {
      afwijkingen.push(`${naam}: boven de limiet van 5 MB (${s.maxVerzoekBytes} / ${s.maxAntwoordBytes} bytes, ${s.geweigerd} geweigerd)`);
    }
  }
  return {
    rijen: aantal,
    rijenPerBrok: perBrok,
    piekMiB: piekRss() / 1024 / 1024,
    limietBytes: EXCEL_WEB_PAYLOADLIMIET_BYTES,
    lezen,
    fte: fteStat,
    schrijven,
    afwijkingen,
  };
}
