/**
 * `banen tabel1 <invoer>`: Tabel 1 from a file, printed as the publication
 * prints it, then checked: the cells of our own printed table that do not add
 * up, and (when seeds/ has the quarter) the same for the published table and
 * a cell-by-cell comparison with it. Writes a file only from valid input.
 */
import type { Command } from "commander";
import {
  type Afronding,
  BanenFout,
  basisKeuzeTekst,
  bouwTabel1,
  doelRecordRegels,
  HERKOMST_BLAD,
  HERKOMST_KOPPEN,
  herkomstOverzicht,
  type Leesverslag,
  naastQuotumRegels,
  type Tabel1,
  type Tabel1Invoer,
} from "../../core";
import { GRAFIEK_SOORTEN, type GrafiekSoort, leesverslagRegels, STANDAARD_GRAFIEK } from "../../core/tabel1/opmaak";
import { ACCEPTEER_HULP, leesAccepteer } from "../accepteer";
import { leesRegelsBestand, REGELS_OPTIE } from "../regels-bestand";
import { opdracht } from "../commander-nl";
import { csvTekst } from "../csv";
import { invoerbestand, nietOverInvoer, schrijfHeel, type Soort, uitvoerbestand } from "../bestanden";
import { tabel1Blad } from "../tabel1-blad";
import { leesProcent } from "../getallen";
import { controleRegels, controleVan, zelfcontrole } from "../tabel1-controle";
import { leesLeesopties, type LeesOptieTekst, metLeesopties } from "../leesopties";
import { leesTabel1Bron } from "../tabel1-invoer";
import { tabel1Json } from "../tabel1-json";
import { tabel1Tekst } from "../tekst/tabel1";
import { type Context, schrijfJson, schrijfRegels } from "../uitvoer";
import { werkmap } from "../werkmap-laden";
import type { HerkomstBlad } from "../werkmap";

interface Opties extends LeesOptieTekst {
  fte?: string;
  kwartaal?: string;
  afronding?: string;
  blad?: string;
  uit?: string;
  problemen?: string;
  overschrijf?: boolean;
  quotumpercentage?: string;
  accepteer?: string;
  basis?: string;
  doelstatus?: string;
  ftePeildatum?: string;
  fteBron?: string;
  regels?: string;
  inclusiefSroi?: boolean;
  herkomst?: boolean;
  grafiek?: string;
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
    .option("--basis <basis>", `hoe fte arbeidsplaatsen worden: ${basisKeuzeTekst()} (standaard Rijk)`)
    .option("--doelstatus <status>", "voorlopig (standaard, zoals Tabel 1 in het jaar) of definitief")
    .option(
      "--fte-peildatum <kwartaal>",
      "kwartaal van de fte, bijvoorbeeld 2023Q1 (standaard: uit de naam van het fte-bestand of de kolomkop)",
    )
    .option("--fte-bron <tekst>", "waar de fte vandaan komen (standaard: het bestand met de fte)")
    .option(...REGELS_OPTIE)
    .option("--inclusief-sroi", "toon naast de tabel ook de realisatie inclusief SROI/inkoop (telt nooit mee in de tabel)")
    .option("-o, --uit <bestand>", "schrijf de tabel ook naar een bestand: .xlsx, .csv of .json")
    .option("--problemen <bestand>", "schrijf bij foute invoer de lijst met fouten naar een bestand: .xlsx of .csv")
    .option("--overschrijf", "een bestaand uitvoerbestand vervangen (anders stopt banen)")
    .option(
      "--herkomst",
      'met -o tabel1.xlsx: een blad "Herkomst" erbij (per ministerie en soort: rijen, exacte uren, banen voor en na afronding, regel)',
    )
    .option(
      "--grafiek <soort>",
      `met -o tabel1.xlsx: de grafiek naast de tabel, zoals het taakvenster: realisatie (realisatie % per ministerie, standaard), ` +
        `doel-gerealiseerd (doel en gerealiseerde banen) of geen; afgedrukt op een eigen pagina`,
    )
    .option("--accepteer <codes>", ACCEPTEER_HULP)
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
    .action((invoerPad: string, opties: Opties) => voerTabel1Uit(invoerPad, opties, ctx));
}

interface Gebouwd {
  tabel: Tabel1;
  samenvatting: string;
  verslagen: Leesverslag[];
  herkomst: HerkomstBlad | undefined;
}

/** `banen tabel1`: output paths checked first, then read, build, self-check, write and print. */
async function voerTabel1Uit(invoerPad: string, opties: Opties, ctx: Context): Promise<void> {
  const afronding = leesAfronding(opties.afronding);
  const overschrijf = opties.overschrijf === true;
  // Output paths are checked before any work, so a long run never ends in "file exists".
  const uitSoort = opties.uit !== undefined ? uitvoerbestand(opties.uit, ["xlsx", "csv", "json"], overschrijf) : null;
  if (opties.problemen !== undefined) uitvoerbestand(opties.problemen, ["xlsx", "csv"], overschrijf);
  if (opties.herkomst && uitSoort !== "xlsx") {
    throw new BanenFout(
      "ONGELDIGE_KEUZE",
      { waarde: "--herkomst", verwacht: "--herkomst samen met -o <bestand>.xlsx" },
      { veld: "--herkomst" },
    );
  }
  const grafiek = leesGrafiek(opties.grafiek, uitSoort);
  const soort = invoerbestand(invoerPad, ["csv", "json", "xlsx"]);
  nietOverInvoer({ "-o": opties.uit, "--problemen": opties.problemen }, { "het invoerbestand": invoerPad, "--fte": opties.fte });

  const gebouwd = await bouw(invoerPad, soort, opties, afronding);
  const { tabel, samenvatting, verslagen, herkomst } = gebouwd;
  const controle = controleVan(tabel);
  zelfcontrole(tabel, controle);
  if (opties.uit !== undefined && uitSoort) {
    if (uitSoort === "xlsx")
      await (
        await werkmap()
      ).schrijfTabel1Werkmap(tabel, opties.uit, {
        overschrijf,
        verslagen,
        grafiek,
        ...(herkomst ? { herkomst } : {}),
      });
    else if (uitSoort === "csv") schrijfHeel(opties.uit, csvTekst(tabel1Blad(tabel, verslagen)), overschrijf);
    else schrijfHeel(opties.uit, `${JSON.stringify(tabel1Json(tabel, samenvatting, controle, verslagen), null, 2)}\n`, overschrijf);
  }
  if (opties.json) {
    schrijfJson(ctx, { ...tabel1Json(tabel, samenvatting, controle, verslagen), uitvoer: opties.uit ?? null });
    return;
  }
  schrijfRegels(ctx, tekstUitvoer(gebouwd, controle, opties));
  if (opties.uit !== undefined) schrijfRegels(ctx, ["", `Tabel 1 geschreven naar ${opties.uit}.`]);
}

/** Reads the input and builds Tabel 1; on bad input the problems go to --problemen first. */
async function bouw(invoerPad: string, soort: Soort, opties: Opties, afronding: Afronding): Promise<Gebouwd> {
  const lezen = leesLeesopties(opties);
  const bevestigd = leesAccepteer(opties.accepteer);
  try {
    const bron = await leesTabel1Bron(invoerPad, soort, { ...opties, lezen, ...(bevestigd ? { bevestigd } : {}) });
    const invoer = metDoelOpties(bron.invoer, opties);
    const tabel = bouwTabel1(invoer, afronding);
    let herkomst: HerkomstBlad | undefined;
    if (opties.herkomst) {
      const rijen = herkomstOverzicht({ tabel, invoer, ...(bron.herkomst ? { herkomst: bron.herkomst } : {}) });
      herkomst = { naam: HERKOMST_BLAD, koppen: HERKOMST_KOPPEN, rijen };
    }
    return { tabel, samenvatting: bron.samenvatting, verslagen: metModelWaarschuwingen(bron.verslagen ?? [], tabel), herkomst };
  } catch (e) {
    if (e instanceof BanenFout && opties.problemen !== undefined) await schrijfProblemen(e, opties.problemen, opties.overschrijf === true);
    throw e;
  }
}

/** The terminal output: the reading report first (how the input was read), then the table, the doel, the checks. */
function tekstUitvoer(g: Gebouwd, controle: ReturnType<typeof controleVan>, opties: Opties): string[] {
  const { tabel } = g;
  const verslag = leesverslagRegels(g.verslagen);
  return [
    ...verslag,
    ...(verslag.length ? [""] : []),
    ...tabel1Tekst(tabel),
    `Invoer: ${g.samenvatting}`,
    "",
    ...doelRecordRegels(tabel.doelgrondslag),
    ...(opties.inclusiefSroi && tabel.naastQuotum ? ["", ...naastQuotumRegels(tabel.naastQuotum)] : []),
    ...(opties.inclusiefSroi && !tabel.naastQuotum
      ? ["", "Naast Tabel 1: de invoer heeft geen rijen via SROI, inkoop of de Groeituin."]
      : []),
    "",
    ...controleRegels(tabel, controle),
  ];
}

/** The model's acknowledged warnings (realisatie above 1.000 %) join the main file's report, marked bevestigd. */
function metModelWaarschuwingen(verslagen: Leesverslag[], tabel: Tabel1): Leesverslag[] {
  const extra = tabel.waarschuwingen ?? [];
  const [eerste, ...rest] = verslagen;
  if (extra.length === 0 || !eerste) return verslagen;
  return [{ ...eerste, waarschuwingen: [...eerste.waarschuwingen, ...extra] }, ...rest];
}

/** --grafiek: one of GRAFIEK_SOORTEN, only with -o <bestand>.xlsx (a CSV or JSON has no chart); default the pane's. */
export function leesGrafiek(tekst: string | undefined, uitSoort: string | null): GrafiekSoort {
  if (tekst === undefined) return STANDAARD_GRAFIEK;
  const waarde = tekst.trim().toLowerCase();
  if (!(GRAFIEK_SOORTEN as readonly string[]).includes(waarde)) {
    throw new BanenFout(
      "ONGELDIGE_KEUZE",
      { waarde: tekst, verwacht: GRAFIEK_SOORTEN.join(", ").replace(/, (?=[^,]*$)/, " of ") },
      { veld: "--grafiek" },
    );
  }
  if (uitSoort !== "xlsx") {
    throw new BanenFout(
      "ONGELDIGE_KEUZE",
      { waarde: "--grafiek", verwacht: "--grafiek samen met -o <bestand>.xlsx" },
      { veld: "--grafiek" },
    );
  }
  return waarde as GrafiekSoort;
}

export function leesAfronding(tekst: string | undefined): Afronding {
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

/** The doel options of the command line over what the input says (issue 18: basis, status, the fte's quarter and source, recorded percentages). */
export function metDoelOpties(
  invoer: Tabel1Invoer,
  opties: Pick<Opties, "regels" | "quotumpercentage" | "basis" | "doelstatus" | "ftePeildatum" | "fteBron">,
): Tabel1Invoer {
  const uit: Tabel1Invoer = { ...invoer, eigenRegels: leesRegelsBestand(opties.regels) };
  if (opties.quotumpercentage !== undefined) uit.quotumpercentage = leesProcent(opties.quotumpercentage, { veld: "--quotumpercentage" });
  if (opties.basis !== undefined) {
    uit.basis = opties.basis;
    delete uit.urenPerFte;
  }
  if (opties.doelstatus !== undefined) uit.doelstatus = opties.doelstatus;
  if (opties.ftePeildatum !== undefined) uit.ftePeildatum = opties.ftePeildatum;
  if (opties.fteBron !== undefined) uit.fteBron = opties.fteBron;
  return uit;
}
