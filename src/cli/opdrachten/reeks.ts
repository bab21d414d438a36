/**
 * `banen reeks`: the Rijk's doel and realisatie over time from the sources
 * (seeds/reeks-rijk.json), per ministry where a Tabel 1 is known, with quarters
 * the user adds from Tabel 1 files; realisatie % as a bar chart and the banen
 * per year needed to reach the doel by a given year.
 */
import * as path from "node:path";
import type { Command } from "commander";
import {
  type Benodigd,
  eigenPunt,
  seedPunten as seedPuntenUit,
  benodigdPerJaar,
  BanenFout,
  bouwReeks,
  Decimal,
  leesJaar,
  heelProcent,
  ministerieReeks,
  type ReeksPunt,
  type ReeksRij,
  seedLegenda,
} from "../../core";
import { benodigdZinnen } from "../../core/reeks/opmaak";
import { opdracht } from "../commander-nl";
import { invoerbestand } from "../bestanden";
import { leesFinancieringBron } from "../financiering-invoer";
import { exactJson, heelTekst } from "../getallen";
import { gepubliceerdeTabel1, type ReeksSeed, reeksSeed, seedPlaats } from "../seeds";
import { tekstTabel } from "../tekst/tabel";
import { type Context, schrijfJson, schrijfRegels } from "../uitvoer";

interface Opties {
  tabel1?: string[];
  ministerie?: string;
  tot?: string;
  json?: boolean;
}

const DOELSOORT: Record<ReeksPunt["doelsoort"], string> = { jaar: "jaar", voorlopig: "voorlopig", eigen: "eigen invoer" };

export function registreerReeks(programma: Command, ctx: Context): void {
  opdracht(programma, "reeks", "doel en realisatie van het Rijk door de tijd, uit de bronnen en uit eigen Tabel 1-bestanden")
    .option("--tabel1 <bestand...>", "voeg een kwartaal toe uit een Tabel 1 (.xlsx, .csv of .json, zoals banen tabel1 -o schrijft)")
    .option("--ministerie <naam>", "de reeks van één ministerie (alleen momenten waarvan een Tabel 1 per ministerie bekend is)")
    .option("--tot <jaar>", "hoeveel banen per jaar er nodig zijn om het doel aan het eind van dit jaar te halen")
    .option("--json", "uitvoer als JSON")
    .addHelpText("after", "\nVoorbeelden:\n  banen reeks --tot 2026\n  banen reeks --tabel1 tabel1-2024Q2.xlsx --ministerie Fin")
    .action(async (opties: Opties) => {
      const seed = reeksSeed();
      const punten = [...seedPunten(seed), ...(await eigenPunten(opties.tabel1 ?? []))];
      const rijk = bouwReeks(punten);
      const reeks = opties.ministerie === undefined ? rijk : ministerieReeks(rijk, opties.ministerie);
      if (reeks.length === 0) {
        throw new BanenFout(
          "ONGELDIGE_KEUZE",
          { waarde: opties.ministerie ?? "", verwacht: "een ministerie uit een Tabel 1 (bijvoorbeeld Fin of BZK)" },
          { veld: "--ministerie" },
        );
      }
      const benodigd = opties.tot === undefined ? null : benodigdPerJaar(reeks, leesJaar(opties.tot, { veld: "--tot" }));
      if (opties.json) schrijfJson(ctx, reeksJson(reeks, benodigd, opties.ministerie ?? null, seed));
      else schrijfRegels(ctx, reeksTekst(reeks, benodigd, opties.ministerie ?? null, seed));
    });
}

/** The sourced points; the quarters with a published Tabel 1 in seeds/ carry their ministries. */
function seedPunten(seed: ReeksSeed): ReeksPunt[] {
  return seedPuntenUit(seed, (kwartaal) => gepubliceerdeTabel1(kwartaal)?.tabel ?? null);
}

/** A point per Tabel 1 file: its quarter from the title or file name, Totaal Rijk (or the sum), every ministry. */
async function eigenPunten(paden: readonly string[]): Promise<ReeksPunt[]> {
  const punten: ReeksPunt[] = [];
  for (const pad of paden) {
    const bron = await leesFinancieringBron(pad, invoerbestand(pad, ["csv", "json", "xlsx"]), {});
    try {
      punten.push(eigenPunt(bron, path.basename(pad)));
    } catch (e) {
      if (e instanceof BanenFout && e.code === "ONGELDIG_KWARTAAL")
        throw new BanenFout(e.code, e.params, { ...e.plaats, veld: "--tabel1" });
      throw e;
    }
  }
  return punten;
}

const BALK = 40;

function reeksTekst(reeks: readonly ReeksRij[], benodigd: Benodigd | null, ministerie: string | null, seed: ReeksSeed): string[] {
  const rijen = reeks.map((p) => [
    p.moment,
    p.doelBanen ? heelTekst(p.doelBanen) : "",
    p.realisatieBanen ? heelTekst(p.realisatieBanen) : "",
    p.realisatieFractie ? procent(p.realisatieFractie) : "",
    p.tekortBanen ? heelTekst(p.tekortBanen) : "",
    DOELSOORT[p.doelsoort],
    p.bron,
  ]);
  const uit = [
    `Doel en realisatie ${ministerie ?? "Rijk"} (banen van 25,5 uur per week)`,
    "",
    ...tekstTabel([["Moment"], ["Doel"], ["Realisatie"], ["Realisatie %"], ["Tekort"], ["Soort doel"], ["Bron"]], rijen, [
      "links",
      "rechts",
      "rechts",
      "rechts",
      "rechts",
      "links",
      "links",
    ]),
    "",
    "Realisatie % (█ = 2,5%):",
    ...reeks
      .filter((p) => p.realisatieFractie)
      .map(
        (p) =>
          `  ${p.moment.padEnd(7)} ${"█".repeat(Math.min(BALK, Math.round(p.realisatieFractie!.toNumber() * BALK)))} ${procent(p.realisatieFractie!)}`,
      ),
  ];
  if (benodigd) uit.push("", ...benodigdZinnen(benodigd));
  uit.push("", ...toelichting(ministerie === null, seed));
  return uit;
}

function toelichting(rijk: boolean, seed: ReeksSeed): string[] {
  const uit = [
    "Toelichting:",
    "- Soort doel: 'jaar' is het doel over het hele jaar; 'voorlopig' is het doel van Tabel 1 (fte van het 1e kwartaal); de momenten zijn dus niet in alles gelijk.",
  ];
  const documenten = seed.punten.flatMap((p) => [p.herkomst.doel.document, p.herkomst.realisatie.document]);
  uit.push(`- Bronnen: ${seedLegenda(documenten).join("; ")}.`);
  if (!rijk) return uit;
  for (const b of seed.binnenwerk)
    uit.push(`- Binnenwerk ${b.omschrijving}: ${heelTekst(b.banen)} banen (${seedPlaats(b.herkomst.banen)}).`);
  for (const c of seed.conflicten) {
    uit.push(
      `- Afwijkend gedrukt (${c.moment}, ${c.grootheid}): ${heelTekst(c.waarde)} (${seedPlaats(c.herkomst.waarde)}); gebruikt: ${c.gebruikt}.`,
    );
  }
  return uit;
}

function reeksJson(reeks: readonly ReeksRij[], benodigd: Benodigd | null, ministerie: string | null, seed: ReeksSeed): unknown {
  const d = (x: Decimal | null) => (x === null ? null : exactJson(x));
  return {
    opdracht: "reeks",
    ministerie,
    eenheid: "banen van 25,5 uur per week",
    punten: reeks.map((p) => ({
      moment: p.moment,
      omschrijving: p.omschrijving,
      doelsoort: p.doelsoort,
      doel: d(p.doelBanen),
      realisatie: d(p.realisatieBanen),
      realisatieFractie: d(p.realisatieFractie),
      tekort: d(p.tekortBanen),
      bron: p.bron,
    })),
    benodigd: benodigd && {
      totJaar: benodigd.totJaar,
      vanaf: benodigd.vanaf.moment,
      jaren: exactJson(benodigd.jaren),
      tekort: exactJson(benodigd.tekortBanen),
      banenPerJaar: exactJson(benodigd.banenPerJaar),
      aanname: `het doel van ${benodigd.vanaf.moment} blijft gelijk`,
    },
    conflicten: ministerie === null ? seed.conflicten : [],
  };
}

/** Whole percent, half up, as Tabel 1 prints it. */
function procent(fractie: Decimal): string {
  return `${heelProcent(fractie)}%`;
}
