/**
 * `banen herkomst <invoer> --ministerie Fin --kolom formeel` (issue 17): where
 * one figure of Tabel 1 comes from. Prints the chain from the input rows to
 * the printed figure: the rows (the first ones and a count; all with --alle),
 * the exact sum per unit, the conversion to banen with its rule, the doel from
 * fte with its rule, and the rounding. --json for tools; -o writes the rows as CSV.
 */
import type { Command } from "commander";
import { BanenFout, bouwTabel1, celHerkomst, type CelHerkomst, formatteerGetal, type HerkomstRij, type Kolom, KOLOMMEN } from "../../core";
import { ACCEPTEER_HULP, leesAccepteer } from "../accepteer";
import { opdracht } from "../commander-nl";
import { csvTekst } from "../csv";
import { invoerbestand, nietOverInvoer, schrijfHeel, uitvoerbestand } from "../bestanden";
import { leesLeesopties, type LeesOptieTekst, metLeesopties } from "../leesopties";
import { REGELS_OPTIE } from "../regels-bestand";
import { leesTabel1Bron } from "../tabel1-invoer";
import { type Context, schrijfJson, schrijfRegels } from "../uitvoer";
import { leesAfronding, metDoelOpties } from "./tabel1";

interface Opties extends LeesOptieTekst {
  fte?: string;
  kwartaal?: string;
  blad?: string;
  afronding?: string;
  quotumpercentage?: string;
  basis?: string;
  regels?: string;
  accepteer?: string;
  ministerie: string;
  kolom: string;
  alle?: boolean;
  uit?: string;
  overschrijf?: boolean;
  json?: boolean;
}

/** Rows printed without --alle. */
export const EERSTE_RIJEN = 20;

export function registreerHerkomst(programma: Command, ctx: Context): void {
  metLeesopties(opdracht(programma, "herkomst", "waar één getal van Tabel 1 vandaan komt: de rijen, de som, de omrekening en de afronding"))
    .argument("<invoer>", "dezelfde invoer als bij banen tabel1: .csv, .json of .xlsx")
    .requiredOption("--ministerie <naam>", 'het ministerie (naam of afkorting), of "Totaal Rijk"')
    .requiredOption("--kolom <kolom>", `de kolom: ${KOLOMMEN.join(", ")}`)
    .option("--fte <bestand>", "fte per ministerie (.csv of .xlsx), nodig bij één rij per medewerker")
    .option("--kwartaal <kwartaal>", "kwartaal van de realisatie, bijvoorbeeld 2023Q2 (standaard: uit de bestandsnaam)")
    .option("--blad <naam>", "het werkblad met de gegevens (bij .xlsx)")
    .option("--afronding <stand>", "per-cel (standaard) of sluitend, zoals bij banen tabel1")
    .option("--quotumpercentage <procent>", "quotumpercentage als het jaar geen gepubliceerd percentage heeft")
    .option("--basis <basis>", "hoe fte arbeidsplaatsen worden, zoals bij banen tabel1")
    .option(...REGELS_OPTIE)
    .option("--accepteer <codes>", ACCEPTEER_HULP)
    .option("--alle", `toon alle rijen (standaard de eerste ${EERSTE_RIJEN})`)
    .option("-o, --uit <bestand>", "schrijf alle rijen naar een bestand: .csv")
    .option("--overschrijf", "een bestaand uitvoerbestand vervangen (anders stopt banen)")
    .option("--json", "uitvoer als JSON")
    .addHelpText(
      "after",
      [
        "",
        "Voorbeelden:",
        "  banen herkomst seeds/voorbeeld/personen-2023Q2.csv --fte seeds/voorbeeld/fte-2023Q1.csv --ministerie Fin --kolom formeel",
        '  banen herkomst seeds/voorbeeld/ministeries-2023Q2.csv --ministerie "Totaal Rijk" --kolom doel --json',
      ].join("\n"),
    )
    .action(async (invoerPad: string, opties: Opties) => {
      const kolom = leesKolom(opties.kolom);
      const afronding = leesAfronding(opties.afronding);
      const overschrijf = opties.overschrijf === true;
      if (opties.uit !== undefined) uitvoerbestand(opties.uit, ["csv"], overschrijf);
      const soort = invoerbestand(invoerPad, ["csv", "json", "xlsx"]);
      nietOverInvoer({ "-o": opties.uit }, { "het invoerbestand": invoerPad, "--fte": opties.fte });
      const bevestigd = leesAccepteer(opties.accepteer);
      const lezen = leesLeesopties(opties);
      const bron = await leesTabel1Bron(invoerPad, soort, { ...opties, lezen, herkomst: true, ...(bevestigd ? { bevestigd } : {}) });
      const invoer = metDoelOpties(bron.invoer, opties);
      const tabel = bouwTabel1(invoer, afronding);
      const h = celHerkomst({ tabel, invoer, ...(bron.herkomst ? { herkomst: bron.herkomst } : {}) }, opties.ministerie, kolom);
      if (opties.uit !== undefined) schrijfHeel(opties.uit, csvTekst(herkomstCsv(h)), overschrijf);
      if (opties.json) {
        schrijfJson(ctx, herkomstJson(h, tabel.kwartaal, opties.alle === true, opties.uit ?? null));
        return;
      }
      schrijfRegels(ctx, [
        ...herkomstTekst(h, tabel.kwartaal, opties.alle === true),
        ...(opties.uit ? ["", `Rijen geschreven naar ${opties.uit}.`] : []),
      ]);
    });
}

function leesKolom(tekst: string): Kolom {
  const k = tekst.trim().toLowerCase().replace(/\s*%$/, "");
  if ((KOLOMMEN as readonly string[]).includes(k)) return k as Kolom;
  throw new BanenFout("ONGELDIGE_KEUZE", { waarde: tekst, verwacht: KOLOMMEN.join(", ") }, { veld: "--kolom" });
}

function rijTekst(r: HerkomstRij): string {
  const id = r.id !== undefined ? `  ${r.id}` : "";
  return `  ${r.bron} rij ${r.rij}${id}  ${r.soort}  ${formatteerGetal(r.waarde)} ${r.eenheid}`;
}

/** The chain in words: the figure, the steps, then the rows (the first EERSTE_RIJEN unless alle). */
export function herkomstTekst(h: CelHerkomst, kwartaal: string, alle: boolean): string[] {
  const rijen = h.rijen(0, alle ? Infinity : EERSTE_RIJEN);
  const gedrukt = h.gedrukt === null ? "–" : `${formatteerGetal(h.gedrukt)}${h.kolom === "realisatie" ? " %" : ""}`;
  const regels = [
    `Herkomst: ${h.ministerie}, ${h.kop} (Tabel 1 ${kwartaal}) = ${gedrukt}`,
    "",
    "Berekening:",
    ...h.stappen.map((s) => `  ${s}`),
  ];
  if (h.regels.length > 0) regels.push("", "Regels:", ...h.regels.map((r) => `  ${r}`));
  if (h.aantalRijen === 0) return [...regels, "", "Rijen: geen (dit getal volgt uit andere cellen van de tabel)."];
  regels.push(
    "",
    `Rijen (${formatteerGetal(rijen.length)} van ${formatteerGetal(h.aantalRijen)}${rijen.length < h.aantalRijen ? "; alle met --alle" : ""}):`,
  );
  regels.push(...rijen.map(rijTekst));
  if (rijen.length < h.aantalRijen) regels.push(`  … en nog ${formatteerGetal(h.aantalRijen - rijen.length)} rij(en)`);
  return regels;
}

export function herkomstJson(h: CelHerkomst, kwartaal: string, alle: boolean, uitvoer: string | null) {
  const rijen = h.rijen(0, alle ? Infinity : EERSTE_RIJEN);
  return {
    kwartaal,
    ministerie: h.ministerie,
    kolom: h.kolom,
    kop: h.kop,
    gedrukt: h.gedrukt,
    exact: h.exact?.toString() ?? null,
    stappen: h.stappen,
    regels: h.regels,
    omrekeningen: h.omrekeningen.map((o) => ({ ...o, som: o.som.toString(), deler: o.deler.toString(), banen: o.banen.toString() })),
    aantalRijen: h.aantalRijen,
    rijen: rijen.map((r) => ({ ...r, waarde: r.waarde.toString() })),
    volledig: rijen.length === h.aantalRijen,
    uitvoer,
  };
}

/** All rows as CSV for Dutch Excel. */
function herkomstCsv(h: CelHerkomst): Array<Array<string | number>> {
  const kop = ["bron", "rij", "id", "soort", "waarde", "eenheid", "ministerie", "kolom"];
  return [
    kop,
    ...h.rijen().map((r) => [r.bron, r.rij, r.id ?? "", r.soort, r.waarde.toString().replace(".", ","), r.eenheid, h.ministerie, h.kop]),
  ];
}
