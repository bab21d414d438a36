/**
 * `banen tabel1 <invoer>`: Tabel 1 from a file, printed as the publication
 * prints it, then checked: the cells of our own printed table that do not add
 * up, and (when seeds/ has the quarter) the same for the published table and
 * a cell-by-cell comparison with it. Writes a file only from valid input.
 */
import type { Command } from "commander";
import { type Afronding, BanenFout, bouwTabel1, type Leesverslag, type Tabel1 } from "../../core";
import { leesverslagRegels } from "../../core/tabel1/opmaak";
import { opdracht } from "../commander-nl";
import { csvTekst } from "../csv";
import { invoerbestand, nietOverInvoer, schrijfHeel, uitvoerbestand } from "../bestanden";
import { tabel1Blad } from "../tabel1-blad";
import { leesProcent } from "../getallen";
import { controleRegels, controleVan, zelfcontrole } from "../tabel1-controle";
import { leesLeesopties, type LeesOptieTekst, metLeesopties } from "../leesopties";
import { leesTabel1Bron } from "../tabel1-invoer";
import { tabel1Json } from "../tabel1-json";
import { tabel1Tekst } from "../tekst/tabel1";
import { type Context, schrijfJson, schrijfRegels } from "../uitvoer";
import { werkmap } from "../werkmap-laden";

interface Opties extends LeesOptieTekst {
  fte?: string;
  kwartaal?: string;
  afronding?: string;
  blad?: string;
  uit?: string;
  problemen?: string;
  overschrijf?: boolean;
  quotumpercentage?: string;
  json?: boolean;
}

const AFRONDINGEN: readonly Afronding[] = ["per-cel", "sluitend"];

export function registreerTabel1(programma: Command, ctx: Context): void {
  metLeesopties(
    opdracht(
      programma,
      "tabel1",
      "Tabel 1 (doel, formele dienstverbanden, Binnenwerk, inleen, totaal, realisatie % per ministerie) uit een bestand",
    ),
  )
    .argument("<invoer>", "gegevens: .csv, .json of .xlsx; één rij per ministerie, of één rij per medewerker met --fte")
    .option("--fte <bestand>", "fte per ministerie (.csv of .xlsx), nodig bij één rij per medewerker")
    .option("--kwartaal <kwartaal>", "kwartaal van de realisatie, bijvoorbeeld 2023Q2 (standaard: uit de bestandsnaam)")
    .option("--afronding <stand>", "per-cel (standaard, zoals de publicatie) of sluitend")
    .option("--blad <naam>", "het werkblad met de gegevens (bij .xlsx; standaard het eerste dat herkend wordt)")
    .option("--quotumpercentage <procent>", "quotumpercentage als het jaar geen gepubliceerd percentage heeft, bijvoorbeeld 2,76%")
    .option("-o, --uit <bestand>", "schrijf de tabel ook naar een bestand: .xlsx, .csv of .json")
    .option("--problemen <bestand>", "schrijf bij foute invoer de lijst met fouten naar een bestand: .xlsx of .csv")
    .option("--overschrijf", "een bestaand uitvoerbestand vervangen (anders stopt banen)")
    .option("--json", "uitvoer als JSON")
    .addHelpText(
      "after",
      [
        "",
        "Kolommen (herkend aan de kolomkop, hoofdletters maken niet uit):",
        "  één rij per ministerie:  ministerie; fte (of doel); formeel uren; binnenwerk uren; inleen uren; toegedeeld (ja/nee); voetnoot",
        "  één rij per medewerker:  ministerie; soort dienstverband (formeel, Binnenwerk, inleen); uren per week; periode (optioneel)",
        '  De kolomkop noemt de eenheid: "uren" (per week), "uren per kwartaal", "uren per jaar" of "banen".',
        "",
        "Voorbeelden:",
        "  banen tabel1 seeds/voorbeeld/ministeries-2023Q2.csv",
        "  banen tabel1 seeds/voorbeeld/personen-2023Q2.csv --fte seeds/voorbeeld/fte-2023Q1.csv -o tabel1.xlsx",
      ].join("\n"),
    )
    .action(async (invoerPad: string, opties: Opties) => {
      const afronding = leesAfronding(opties.afronding);
      const lezen = leesLeesopties(opties);
      const overschrijf = opties.overschrijf === true;
      // Output paths are checked before any work, so a long run never ends in "file exists".
      const uitSoort = opties.uit !== undefined ? uitvoerbestand(opties.uit, ["xlsx", "csv", "json"], overschrijf) : null;
      if (opties.problemen !== undefined) uitvoerbestand(opties.problemen, ["xlsx", "csv"], overschrijf);
      const soort = invoerbestand(invoerPad, ["csv", "json", "xlsx"]);
      nietOverInvoer({ "-o": opties.uit, "--problemen": opties.problemen }, { "het invoerbestand": invoerPad, "--fte": opties.fte });

      let tabel: Tabel1;
      let samenvatting: string;
      let verslagen: Leesverslag[] = [];
      try {
        const bron = await leesTabel1Bron(invoerPad, soort, { ...opties, lezen });
        if (opties.quotumpercentage !== undefined)
          bron.invoer = { ...bron.invoer, quotumpercentage: leesProcent(opties.quotumpercentage, { veld: "--quotumpercentage" }) };
        tabel = bouwTabel1(bron.invoer, afronding);
        samenvatting = bron.samenvatting;
        verslagen = bron.verslagen ?? [];
      } catch (e) {
        if (e instanceof BanenFout && opties.problemen !== undefined) await schrijfProblemen(e, opties.problemen, overschrijf);
        throw e;
      }

      const controle = controleVan(tabel);
      zelfcontrole(tabel, controle);
      if (opties.uit !== undefined && uitSoort) {
        if (uitSoort === "xlsx") await (await werkmap()).schrijfTabel1Werkmap(tabel, opties.uit, { overschrijf, verslagen });
        else if (uitSoort === "csv") schrijfHeel(opties.uit, csvTekst(tabel1Blad(tabel, verslagen)), overschrijf);
        else schrijfHeel(opties.uit, `${JSON.stringify(tabel1Json(tabel, samenvatting, controle, verslagen), null, 2)}\n`, overschrijf);
      }
      if (opties.json) {
        schrijfJson(ctx, { ...tabel1Json(tabel, samenvatting, controle, verslagen), uitvoer: opties.uit ?? null });
        return;
      }
      // The reading report first: how the input was read, before the table built from it.
      const verslag = leesverslagRegels(verslagen);
      schrijfRegels(ctx, [
        ...verslag,
        ...(verslag.length ? [""] : []),
        ...tabel1Tekst(tabel),
        `Invoer: ${samenvatting}`,
        "",
        ...controleRegels(tabel, controle),
      ]);
      if (opties.uit !== undefined) schrijfRegels(ctx, ["", `Tabel 1 geschreven naar ${opties.uit}.`]);
    });
}

function leesAfronding(tekst: string | undefined): Afronding {
  const waarde = (tekst ?? "per-cel").trim().toLowerCase();
  if (!(AFRONDINGEN as readonly string[]).includes(waarde)) {
    throw new BanenFout("ONGELDIGE_KEUZE", { waarde: tekst ?? "", verwacht: "per-cel of sluitend" }, { veld: "--afronding" });
  }
  return waarde as Afronding;
}

async function schrijfProblemen(e: BanenFout, pad: string, overschrijf: boolean): Promise<void> {
  const fouten = e.code === "ONGELDIGE_INVOER" && e.fouten.length > 0 ? e.fouten : [e];
  const { PROBLEMEN_KOPPEN, problemenRijen, schrijfProblemenWerkmap } = await werkmap();
  if (pad.toLowerCase().endsWith(".xlsx")) {
    await schrijfProblemenWerkmap(fouten, pad, { overschrijf });
    return;
  }
  // The same columns as the workbook, so both kinds of problem list read alike.
  const rijen = problemenRijen(fouten).map((r) => r.map((w) => (w === null ? "" : typeof w === "boolean" ? String(w) : w)));
  schrijfHeel(pad, csvTekst([[...PROBLEMEN_KOPPEN], ...rijen]), overschrijf);
}
