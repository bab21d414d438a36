/**
 * The input of `banen tabel1` from files: a Tabel1Invoer from JSON, or grids
 * from CSV/xlsx through the shared reader (core/invoer/invoer.ts). Picks the sheet
 * and the fte table, and the quarter (option, file name, or the JSON itself).
 */
import * as path from "node:path";
import {
  BanenFout,
  herkenFte,
  herkenHoofd,
  type Herkenning,
  kwartaalTekst,
  kwartaalUitNaam,
  leesInvoer,
  leesKwartaal,
  type Leesverslag,
  metKopRij,
  type Raster,
  type Tabel1Invoer,
} from "../core";
import { invoerbestand, leesJson, leesRasters, type Soort } from "./bestanden";
import type { Leeskeuzes } from "./leesopties";
import { tabel1UitJson } from "./tabel1-json-invoer";

export interface Tabel1Bron {
  invoer: Tabel1Invoer;
  /** What was read, in words ("13 ministeries en 1 niet toegedeelde rij(en)."). */
  samenvatting: string;
  /** The reading reports (main file, then the fte file): every decision with its evidence; none for JSON. */
  verslagen: Leesverslag[];
}

export interface Tabel1BronOpties {
  fte?: string;
  kwartaal?: string;
  blad?: string;
  /** Codes of the reader's warnings the user acknowledged (--accepteer). */
  bevestigd?: readonly string[];
  /** --codering, --scheidingsteken, --decimaalteken. */
  lezen?: Leeskeuzes;
}

const JSON_VORM =
  'een Tabel 1-invoer zoals { "kwartaal": "2023Q2", "ministeries": [ { "ministerie": "AZ", "fte": 485, "formeel": { "uren": 116, "periode": "week" }, "binnenwerk": 4, "inleen": 0 } ] }';

export async function leesTabel1Bron(pad: string, soort: Soort, opties: Tabel1BronOpties): Promise<Tabel1Bron> {
  const uitOptie = opties.kwartaal !== undefined ? kwartaalTekst(leesKwartaal(opties.kwartaal, { veld: "--kwartaal" })) : null;
  const uitNaam = kwartaalUitNaam(path.basename(pad));
  if (soort === "json") return uitJson(pad, uitOptie ?? uitNaam, opties.lezen?.codering, opties.bevestigd);
  const kwartaal = uitOptie ?? uitNaam;
  if (!kwartaal) throw new BanenFout("GEEN_KWARTAAL", { bestand: path.basename(pad) });

  const lezen = opties.lezen ?? {};
  const bladen = await leesRasters(pad, soort, lezen);
  const hoofd = kiesBlad(bladen, soort === "csv" ? undefined : opties.blad, (r) => herkenHoofd(metKopRij(r)).vorm !== null);
  let fte: Raster | null = null;
  if (opties.fte !== undefined) {
    const fteSoort = invoerbestand(opties.fte, ["csv", "xlsx"]);
    fte = kiesBlad(await leesRasters(opties.fte, fteSoort, lezen), undefined, heeftFteKolommen);
  } else if (herkenHoofd(metKopRij(hoofd)).vorm === "personen") {
    // Person rows in a workbook: the fte table may be another sheet of the same workbook.
    fte = bladen.find((b) => b !== hoofd && heeftFteKolommen(b)) ?? null;
    if (!fte) {
      throw new BanenFout("ONTBREKENDE_KOLOM", {
        kolom: "fte",
        verwacht: "in een apart bestand met fte per ministerie; geef het op met --fte <fte.csv>",
      });
    }
  }
  const gelezen = leesInvoer({
    kwartaal,
    hoofd,
    fte,
    ...(lezen.decimaalteken ? { decimaalteken: lezen.decimaalteken } : {}),
    ...(opties.bevestigd ? { bevestigd: opties.bevestigd } : {}),
  });
  if (!gelezen.ok) throw new BanenFout("ONGELDIGE_INVOER", { aantal: gelezen.fouten.length }, {}, gelezen.fouten);
  return { invoer: gelezen.invoer, samenvatting: gelezen.samenvatting, verslagen: gelezen.verslagen };
}

/** Fte columns (ministerie and fte or doel), for finding the header row of an fte table. */
function fteHerkenning(r: Raster): Herkenning {
  const h = herkenFte(r);
  const t = h.per.ministeries.toewijzing;
  return { ...h, vorm: t.ministerie !== null && (t.fte !== null || t.doel !== null) ? "ministeries" : null };
}

/** An fte table: fte columns, and not itself a table of realisatie or person rows. */
function heeftFteKolommen(r: Raster): boolean {
  return herkenHoofd(metKopRij(r)).vorm === null && fteHerkenning(metKopRij(r, fteHerkenning)).vorm !== null;
}

/** The sheet asked for (by name, case-insensitive), else the first that fits, else the first. */
function kiesBlad(bladen: Raster[], naam: string | undefined, past: (r: Raster) => boolean): Raster {
  if (naam !== undefined) {
    const gezocht = naam.trim().toLocaleLowerCase("nl");
    const blad = bladen.find((b) => b.blad.toLocaleLowerCase("nl") === gezocht);
    if (!blad) throw new BanenFout("ONBEKEND_BLAD", { blad: naam, bladen: bladen.map((b) => b.blad).join(", ") || "geen bladen" });
    return blad;
  }
  const eerste = bladen.find(past) ?? bladen[0];
  if (!eerste) throw new BanenFout("GEEN_RIJEN", {}, {});
  return eerste;
}

function uitJson(
  pad: string,
  kwartaal: string | null,
  codering: Leeskeuzes["codering"],
  bevestigd: readonly string[] | undefined,
): Tabel1Bron {
  // Every field checked for its type (tabel1-json-invoer.ts): JSON can hold anything anywhere.
  const gelezen = tabel1UitJson(leesJson(pad, codering), path.basename(pad), kwartaal, JSON_VORM);
  // The model checks what needs acknowledging (a total row, realisatie above 1.000 %): it gets the codes.
  const invoer = bevestigd?.length ? { ...gelezen, bevestigd } : gelezen;
  return {
    invoer,
    verslagen: [],
    samenvatting: `${invoer.ministeries.length} ministeries${invoer.nietToegedeeld?.length ? ` en ${invoer.nietToegedeeld.length} niet toegedeelde ${invoer.nietToegedeeld.length === 1 ? "rij" : "rijen"}` : ""}.`,
  };
}
