/**
 * `banen controleer <tabel>`: every printed cell of a table that does not
 * follow from the other cells, with its size and whether rounding explains
 * it. Reads a printed Tabel 1 (.csv, .xlsx, or JSON like seeds/tabel1-2023Q2.json
 * or the output of `banen tabel1 --json`), and the sector and national seeds.
 */
import * as path from "node:path";
import type { Command } from "commander";
import {
  BanenFout,
  controleer,
  controleLandelijk,
  controleSectoren,
  controleTabel1,
  type ControleTabel,
  type GedrukteTabel1,
  type LandelijkSeed,
  leesGedrukteTabel1,
  type SectorenSeed,
  type Leesverslag,
} from "../../core";
import { leesverslagRegels } from "../../core/tabel1/opmaak";
import { invoerbestand, leesJson, leesRasters } from "../bestanden";
import { opdracht } from "../commander-nl";
import { type Leeskeuzes, leesLeesopties, type LeesOptieTekst, metLeesopties } from "../leesopties";
import { controleTekst } from "../tekst/controle";
import { AFSLUITCODE, type Context, schrijfJson, schrijfRegels } from "../uitvoer";

const VORMEN =
  'een gedrukte Tabel 1 ({ "titel", "rijen": [...], "totaal": {...} } zoals seeds/tabel1-2023Q2.json), ' +
  'sectortabellen ({ "sectoren": [...] }) of een landelijke tabel ({ "tabel": { "kolommen", "rijen" } })';

export function registreerControleer(programma: Command, ctx: Context): void {
  metLeesopties(
    opdracht(programma, "controleer", "cellen van een gedrukte tabel die niet optellen, met het verschil en of afronding het verklaart"),
  )
    .argument("<tabel>", "gedrukte tabel: .json (seeds/), .csv of .xlsx (Tabel 1 zoals banen tabel1 hem schrijft)")
    .option("--blad <naam>", "het werkblad met de tabel (bij .xlsx; standaard het eerste met de kolomkoppen van Tabel 1)")
    .option("--json", "uitvoer als JSON")
    .addHelpText(
      "after",
      [
        "",
        "Elke gedrukte waarde staat voor een onafgeronde waarde binnen een halve eenheid; een verschil is",
        "verklaarbaar door afronding als er onafgeronde waarden bestaan waarvoor de som of het percentage klopt.",
        "Exitcode: 0 als alles klopt of door afronding verklaarbaar is, 1 als een verschil dat niet is.",
        "",
        "Voorbeelden:",
        "  banen controleer seeds/tabel1-2023Q2.json",
        "  banen controleer seeds/sectoren-2023-2024.json --json",
      ].join("\n"),
    )
    .action(async (pad: string, opties: { blad?: string; json?: boolean } & LeesOptieTekst) => {
      const lezen = leesLeesopties(opties);
      const soort = invoerbestand(pad, ["json", "csv", "xlsx"]);
      const verslagen: Leesverslag[] = [];
      let tabellen: ControleTabel[];
      if (soort === "json") tabellen = uitJson(leesJson(pad, lezen.codering), path.basename(pad));
      else {
        const g = await gedrukt(pad, soort, opties.blad, lezen);
        if (g.verslag) verslagen.push(g.verslag);
        tabellen = [controleTabel1(g.tabel)];
      }
      const uitkomsten = tabellen.map((t) => ({ tabel: t, afwijkingen: controleer(t) }));
      const allesVerklaard = uitkomsten.every((u) => u.afwijkingen.every((a) => a.verklaarbaarDoorAfronding));
      if (!allesVerklaard) ctx.code = AFSLUITCODE.afwijking;
      if (opties.json) {
        schrijfJson(ctx, {
          opdracht: "controleer",
          bestand: pad,
          allesVerklaardDoorAfronding: allesVerklaard,
          leesverslagen: verslagen,
          tabellen: uitkomsten.map((u) => ({
            naam: u.tabel.naam,
            cellen: Object.keys(u.tabel.cellen).length,
            regels: u.tabel.regels.length,
            afwijkingen: u.afwijkingen,
          })),
        });
        return;
      }
      // How the sheet was read (CSV, xlsx) first, as with tabel1.
      const verslag = leesverslagRegels(verslagen);
      schrijfRegels(ctx, [
        ...verslag,
        ...(verslag.length ? [""] : []),
        ...uitkomsten.flatMap((u) =>
          controleTekst(`${u.tabel.naam} (${Object.keys(u.tabel.cellen).length} cellen, ${u.tabel.regels.length} regels)`, u.afwijkingen),
        ),
      ]);
    });
}

async function gedrukt(
  pad: string,
  soort: "csv" | "xlsx",
  blad: string | undefined,
  lezen: Leeskeuzes,
): Promise<{ tabel: GedrukteTabel1; verslag: Leesverslag | undefined }> {
  // A printed table lies partly outside its Excel table (title, total row, footnotes): read whole sheets.
  const bladen = await leesRasters(pad, soort, { ...lezen, heelBlad: true, ...(blad !== undefined && soort === "xlsx" ? { blad } : {}) });
  // The first sheet with a Tabel 1 header; if none has one, the first sheet's error says what was expected.
  let eersteFout: unknown = null;
  for (const b of bladen) {
    try {
      const tabel = leesGedrukteTabel1(b, lezen.decimaalteken);
      // The rows read are the printed rows: the ministries and the total row.
      return { tabel, verslag: b.verslag && { ...b.verslag, rijenGelezen: tabel.rijen.length + 1 } };
    } catch (e) {
      const geenKop = e instanceof BanenFout && e.fouten.length === 1 && e.fouten[0]!.code === "GEEN_KOPRIJ";
      if (!geenKop) throw e;
      eersteFout ??= e;
    }
  }
  throw eersteFout ?? new BanenFout("GEEN_RIJEN", {}, { blad: path.basename(pad) });
}

type Json = Record<string, unknown>;
const isObject = (w: unknown): w is Json => w !== null && typeof w === "object" && !Array.isArray(w);
const isGetal = (w: unknown) => typeof w === "number" && Number.isFinite(w);

/** The shape of a JSON file, told by its keys; a shape with wrong contents is an error, never a crash. */
function uitJson(data: unknown, bestand: string): ControleTabel[] {
  if (isObject(data) && Array.isArray(data.rijen) && isObject(data.totaal)) return [controleTabel1(gedruktUitJson(data, bestand))];
  if (isObject(data) && Array.isArray(data.sectoren)) {
    const goed = data.sectoren.every((s) => isObject(s) && typeof s.sector === "string" && isObject(s.jaren));
    if (!goed)
      throw new BanenFout(
        "ONBEKENDE_VORM",
        { verwacht: 'per sector { "sector", "jaren": { "2023": { "doel", "realisatie", "realisatiePercentage" } } }' },
        { blad: bestand },
      );
    return [controleSectoren(data as unknown as SectorenSeed)];
  }
  if (isObject(data) && isObject(data.tabel) && Array.isArray(data.tabel.kolommen) && Array.isArray(data.tabel.rijen)) {
    return [controleLandelijk(data as unknown as LandelijkSeed)];
  }
  throw new BanenFout("ONBEKENDE_VORM", { verwacht: VORMEN }, { blad: bestand });
}

/** A printed Tabel 1 from JSON: the seed, or `banen tabel1 --json` (whose niet-toegedeeld doel is exact, with the printed value beside it). */
function gedruktUitJson(data: Json, bestand: string): GedrukteTabel1 {
  const rij = (r: unknown, waar: string) => {
    const goed =
      isObject(r) &&
      typeof r.naam === "string" &&
      ["doel", "formeel", "binnenwerk", "inleen", "totaal"].every((k) => isGetal(r[k])) &&
      (r.realisatiePercentage === null || isGetal(r.realisatiePercentage));
    if (!goed) {
      throw new BanenFout(
        "ONBEKENDE_VORM",
        { verwacht: `bij ${waar} een rij met "naam" en de getallen doel, formeel, binnenwerk, inleen, totaal en realisatiePercentage` },
        { blad: bestand },
      );
    }
    const { naam, doel, formeel, binnenwerk, inleen, totaal, realisatiePercentage } = r as Json;
    return { naam, doel, formeel, binnenwerk, inleen, totaal, realisatiePercentage } as GedrukteTabel1["totaal"];
  };
  const niet = Array.isArray(data.nietToegedeeld) ? data.nietToegedeeld : [];
  return {
    titel: typeof data.titel === "string" ? data.titel : bestand,
    rijen: (data.rijen as unknown[]).map((r, i) => rij(r, `rijen[${i}]`)),
    totaal: rij(data.totaal, "totaal"),
    nietToegedeeld: niet.map((n: unknown, i: number) => {
      const doel = isObject(n) ? (isGetal(n.doelAfgerond) ? n.doelAfgerond : Number(n.doel)) : NaN;
      if (!isObject(n) || !Number.isFinite(doel)) {
        throw new BanenFout("ONBEKENDE_VORM", { verwacht: `bij nietToegedeeld[${i}] { "omschrijving", "doel" }` }, { blad: bestand });
      }
      return { omschrijving: String(n.omschrijving ?? `niet toegedeeld ${i + 1}`), doel: doel as number };
    }),
  };
}
