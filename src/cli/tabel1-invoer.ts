/**
 * The input of `banen tabel1` from files: a Tabel1Invoer from JSON, or grids
 * from CSV/xlsx through the shared reader (core/invoer/invoer.ts). Picks the sheet
 * and the fte table, and the quarter (option, file name, sheet name, or the JSON
 * itself), and states each choice in the reading report.
 *
 * Which sheet of a workbook (issue 12, class 5; blad-keuze.ts): --blad names it;
 * otherwise a sheet named for the quarter ("2023Q2", "Personen 2023 Q2") is
 * preferred, a sheet named for another quarter is never taken, and of the rest
 * the first whose columns are recognised. Problems in sheets that are not used
 * (a formula without a cached value in an unrelated sheet) do not stop the run.
 */
import * as path from "node:path";
import {
  BanenFout,
  ftePeildatumUit,
  herkenFte,
  herkenHoofd,
  type Herkenning,
  kwartaalTekst,
  kwartaalUitNaam,
  leesInvoer,
  leesKwartaal,
  type Beslissing,
  leegVerslag,
  type Leesverslag,
  metKopRij,
  type Raster,
  type Tabel1Invoer,
  type InvoerHerkomst,
} from "../core";
import { invoerbestand, leesJsonBestand, leesRasters, type Soort } from "./bestanden";
import { kiesWerkmapBladen, type Keuze } from "./blad-keuze";
import type { Leeskeuzes } from "./leesopties";
import { tabel1UitJson } from "./tabel1-json-invoer";

export interface Tabel1Bron {
  invoer: Tabel1Invoer;
  /** What was read, in words ("13 ministeries en 1 niet toegedeelde rij(en)."). */
  samenvatting: string;
  /** The reading reports (main file, then the fte file): every decision with its evidence; none for JSON. */
  verslagen: Leesverslag[];
  /** Where each figure comes from (issue 17), when asked with `herkomst`; absent for JSON input. */
  herkomst?: InvoerHerkomst;
}

export interface Tabel1BronOpties {
  fte?: string;
  kwartaal?: string;
  blad?: string;
  /** Codes of the reader's warnings the user acknowledged (--accepteer). */
  bevestigd?: readonly string[];
  /** --codering, --scheidingsteken, --decimaalteken. */
  lezen?: Leeskeuzes;
  /** Record the rows behind each figure (banen herkomst, tabel1 --herkomst). */
  herkomst?: boolean;
}

const JSON_VORM =
  'een Tabel 1-invoer zoals { "kwartaal": "2023Q2", "ministeries": [ { "ministerie": "AZ", "fte": 485, "formeel": { "uren": 116, "periode": "week" }, "binnenwerk": 4, "inleen": 0 } ] }';

export async function leesTabel1Bron(pad: string, soort: Soort, opties: Tabel1BronOpties): Promise<Tabel1Bron> {
  const uitOptie = opties.kwartaal !== undefined ? kwartaalTekst(leesKwartaal(opties.kwartaal, { veld: "--kwartaal" })) : null;
  const uitNaam = kwartaalUitNaam(path.basename(pad));
  const kwartaalBesluit = kwartaalBeslissing(opties.kwartaal, uitOptie, uitNaam, path.basename(pad));
  if (soort === "json") return uitJson(pad, uitOptie ?? uitNaam, opties.lezen?.codering, opties.bevestigd, kwartaalBesluit);
  let kwartaal = uitOptie ?? uitNaam;
  if (!kwartaal && soort === "csv") throw new BanenFout("GEEN_KWARTAAL", { bestand: path.basename(pad) });

  const lezen = opties.lezen ?? {};
  let hoofd: Raster;
  let fte: Raster | null = null;
  let fteUitWerkmap: Keuze | null = null;
  // A workbook's sheets are chosen in blad-keuze.ts; a CSV file is one grid.
  if (soort === "xlsx") {
    const keuze = await kiesWerkmapBladen(pad, {
      blad: opties.blad,
      kwartaal,
      kwartaalBron: uitOptie ? "optie" : "bestandsnaam",
      isHoofd: (r) => herkenHoofd(metKopRij(r)).vorm !== null,
      isFte: heeftFteKolommen,
      vraagtFte: (r) => herkenHoofd(metKopRij(r)).vorm === "personen",
      fteApart: opties.fte !== undefined,
    });
    hoofd = keuze.hoofd.raster;
    kwartaal = keuze.kwartaal;
    fteUitWerkmap = keuze.fte;
  } else {
    hoofd = kiesBlad(await leesRasters(pad, soort, lezen), undefined, (r) => herkenHoofd(metKopRij(r)).vorm !== null);
  }
  if (!kwartaal) throw new BanenFout("GEEN_KWARTAAL", { bestand: path.basename(pad) });
  if (opties.fte !== undefined) {
    const fteSoort = invoerbestand(opties.fte, ["csv", "xlsx"]);
    fte = kiesBlad(await leesRasters(opties.fte, fteSoort, lezen), undefined, heeftFteKolommen);
  } else if (herkenHoofd(metKopRij(hoofd)).vorm === "personen") {
    // Person rows in a workbook: the fte table may be another sheet of the same workbook.
    fte = fteUitWerkmap?.raster ?? null;
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
    ...(opties.herkomst ? { herkomst: true } : {}),
  });
  if (!gelezen.ok) throw new BanenFout("ONGELDIGE_INVOER", { aantal: gelezen.fouten.length }, {}, gelezen.fouten);
  const verslagen = gelezen.verslagen ?? [leegVerslag(path.basename(pad))];
  if (kwartaalBesluit) verslagen[0] = { ...verslagen[0]!, beslissingen: [...verslagen[0]!.beslissingen, kwartaalBesluit] };
  // The doel's fte: their quarter from the fte file's name or an fte header, their source the file (issue 18).
  const peil = ftePeildatumUit(fte, hoofd);
  const fteBron = fte ? fte.blad : hoofd.blad;
  const invoer = { ...gelezen.invoer, ...(peil ? { ftePeildatum: peil.kwartaal } : {}), fteBron };
  return { invoer, samenvatting: gelezen.samenvatting, verslagen, ...(gelezen.herkomst ? { herkomst: gelezen.herkomst } : {}) };
}

/** Where the quarter came from, for the reading report: the option, or the file name; null when neither (JSON may name it). */
function kwartaalBeslissing(
  optie: string | undefined,
  uitOptie: string | null,
  uitNaam: string | null,
  bestand: string,
): Beslissing | null {
  if (uitOptie !== null) return { vraag: "kwartaal", antwoord: uitOptie, besluitbron: "optie", grond: `--kwartaal ${optie ?? ""}`.trim() };
  if (uitNaam !== null)
    return { vraag: "kwartaal", antwoord: uitNaam, besluitbron: "automatisch", grond: `uit de bestandsnaam "${bestand}"` };
  return null;
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
  besluit: Beslissing | null,
): Tabel1Bron {
  // Every field checked for its type (tabel1-json-invoer.ts): JSON can hold anything anywhere.
  const bestand = leesJsonBestand(pad, codering);
  const gelezen = tabel1UitJson(bestand.data, path.basename(pad), kwartaal, JSON_VORM);
  // The model checks what needs acknowledging (a total row, realisatie above 1.000 %): it gets the codes.
  const invoer = bevestigd?.length ? { ...gelezen, bevestigd } : gelezen;
  const verslag = leegVerslag(path.basename(pad));
  verslag.beslissingen.push(
    {
      vraag: "bestandssoort",
      antwoord: "JSON",
      besluitbron: "automatisch",
      grond: "de extensie .json; elke sleutel is een bekende sleutel",
    },
    bestand.beslissing,
    besluit ?? {
      vraag: "kwartaal",
      antwoord: invoer.kwartaal,
      besluitbron: "automatisch",
      grond: 'uit de sleutel "kwartaal" van het bestand',
    },
  );
  verslag.rijenGelezen = invoer.ministeries.length + (invoer.nietToegedeeld?.length ?? 0);
  return {
    invoer,
    verslagen: [verslag],
    samenvatting: `${invoer.ministeries.length} ministeries${invoer.nietToegedeeld?.length ? ` en ${invoer.nietToegedeeld.length} niet toegedeelde ${invoer.nietToegedeeld.length === 1 ? "rij" : "rijen"}` : ""}.`,
  };
}
