/**
 * `banen financiering <tabel>`: the centrale financiering from a Tabel 1 —
 * per ministry the tekort, the whole jobs to finance (the plafond divided by
 * largest remainder when the tekort exceeds it), the euro they need, and
 * whether the budget covers it. The arithmetic is core/financiering/financiering.ts, the
 * layout core/financiering/opmaak.ts, the source and its notes
 * core/financiering/bron.ts; this file only wires options and files.
 */
import type { Command } from "commander";
import {
  BanenFout,
  type Decimal,
  type Financiering,
  heelProcent,
  leesBedrag,
  type Projectie,
  leesKostenPerBaan,
  leesPlafond,
  leesTekortAfronding,
  leesVerdeelmethode,
  plafondSuggesties,
  projecteer,
  type Verdeelmethode,
  type TekortAfronding,
  foutenVerzamelaar,
} from "../../core";
import { financieringBlad, financieringJaar, financieringUitBron, GETALLEN_TEKST } from "../../core/financiering/bron";
import { leesverslagRegels } from "../../core/tabel1/opmaak";
import { financieringAannames, type FinancieringRaster, plafondBronTekst, plafondSuggestieTekst } from "../../core/financiering/opmaak";
import { projectieRaster } from "../../core/financiering/projectie-opmaak";
import { invoerbestand, nietOverInvoer, schrijfHeel, uitvoerbestand } from "../bestanden";
import { ACCEPTEER_HULP, leesAccepteer } from "../accepteer";
import { opdracht } from "../commander-nl";
import { geenProcent } from "../getallen";
import { type FinancieringBronMetBinnenwerk, leesFinancieringBron, type Waarden } from "../financiering-invoer";
import { leesLeesopties, type LeesOptieTekst, metLeesopties } from "../leesopties";
import { financieringTekstRegels } from "../tekst/financiering";
import { heelTekst } from "../getallen";
import { tekstTabel } from "../tekst/tabel";
import { type Context, schrijfJson, schrijfRegels } from "../uitvoer";
import { werkmap } from "../werkmap-laden";

interface Opties extends LeesOptieTekst {
  kostenPerBaan: string;
  budget?: string;
  plafond?: string;
  afronding?: string;
  verdeling?: string;
  waarden?: string;
  blad?: string;
  fte?: string;
  kwartaal?: string;
  uit?: string;
  overschrijf?: boolean;
  accepteer?: string;
  json?: boolean;
}

interface Keuzes {
  kostenPerBaan: Decimal;
  budget: Decimal | null;
  plafond: number | null;
  afronding: TekortAfronding;
  verdeling: Verdeelmethode | null;
  waarden: Waarden | undefined;
}

/** The sourced plafonds for --help: offered, never applied on their own. */
function plafondHulp(): string[] {
  return [
    "Plafond: er is geen standaard; zonder --plafond wordt het hele tekort gefinancierd. Bekende plafonds om uit te kiezen:",
    ...plafondSuggesties().map((s) => `  ${plafondSuggestieTekst(s)} (bron: ${plafondBronTekst(s)})`),
  ];
}

export function registreerFinanciering(programma: Command, ctx: Context): void {
  metLeesopties(
    opdracht(
      programma,
      "financiering",
      "centrale financiering: tekort, te financieren banen per ministerie, benodigd en beschikbaar budget",
    ),
  )
    .argument(
      "<tabel>",
      "Tabel 1 (.json, .csv of .xlsx; gedrukt, of een lijst met ministerie, doel en gerealiseerd) of de invoer van banen tabel1",
    )
    .requiredOption("--kosten-per-baan <bedrag>", "kosten van één baan in euro, bijvoorbeeld 45.000 (de bronnen geven geen bedrag)")
    .option(
      "--budget <bedrag>",
      "beschikbaar budget in euro voor alle ministeries samen, bijvoorbeeld 15.000.000 (het eigen budget per ministerie staat in de kolom budget)",
    )
    .option("--plafond <banen>", "hoogstens zoveel banen in totaal (beschikbare plaatsen); zie onder")
    .option("--afronding <stand>", "tekort naar hele banen: omhoog (standaard, 12,3 → 13) of omlaag (12,3 → 12)")
    .option(
      "--verdeling <methode>",
      "als de ministeries meer vragen dan het plafond: naar-tekort of naar-vraag (geen standaard; de bronnen geven geen verdeelsleutel)",
    )
    .option("--waarden <soort>", "exact of gedrukt: bij de invoer van banen tabel1 (of banen tabel1 --json) standaard exact")
    .option("--blad <naam>", "het werkblad met de tabel (bij .xlsx; standaard het eerste met ministerie, doel en gerealiseerd)")
    .option("--fte <bestand>", "bij de invoer van banen tabel1 met één rij per medewerker: fte per ministerie")
    .option("--kwartaal <kwartaal>", "bij de invoer van banen tabel1: kwartaal van de realisatie (standaard uit de bestandsnaam)")
    .option("-o, --uit <bestand>", "schrijf de financiering ook naar een werkmap (.xlsx, zoals het taakvenster) of .json (als --json)")
    .option("--overschrijf", "een bestaand uitvoerbestand vervangen (anders stopt banen)")
    .option("--accepteer <codes>", `bij de invoer van banen tabel1: ${ACCEPTEER_HULP}`)
    .option("--json", "uitvoer als JSON")
    .addHelpText(
      "after",
      [
        "",
        "Tekort = doel − totaal banen gerealiseerd per ministerie (nooit onder 0), in hele banen. Vragen de ministeries",
        "meer dan het plafond (de capaciteit van Binnenwerk), dan kiest u met --verdeling hoe de plaatsen verdeeld worden",
        "(naar-tekort of naar-vraag, grootsterestmethode; de som is precies het plafond). De bronnen geven geen verdeelsleutel.",
        "Daarna: de projectie van Tabel 1 met de gefinancierde banen in de kolom Binnenwerk van elk ministerie.",
        "Doel dat bij geen ministerie hoort (zoals de executieve functies DJI) telt niet mee en wordt genoemd.",
        "Een gedrukte Tabel 1 heeft per cel afgeronde getallen; de uitvoer zegt welke getallen gebruikt zijn.",
        "",
        ...plafondHulp(),
        "",
        "Bedragen in euro zoals in Nederlandse Excel: 45.000 of 45.000,50 (hoogstens 2 decimalen).",
        "",
        "Voorbeelden:",
        "  banen financiering seeds/tabel1-2023Q2.json --kosten-per-baan 45.000 --budget 15.000.000 --plafond 400 --verdeling naar-tekort",
        "  banen financiering tabel1.xlsx --kosten-per-baan 45.000 --budget 15.000.000 --plafond 500 -o financiering.xlsx",
      ].join("\n"),
    )
    .action((invoerPad: string, opties: Opties) => voerFinancieringUit(invoerPad, opties, ctx));
}

/** `banen financiering`: options read first, then the source, the financing, its projection, the outputs. */
async function voerFinancieringUit(invoerPad: string, opties: Opties, ctx: Context): Promise<void> {
  const keuzes = leesKeuzes(opties);
  const lezen = leesLeesopties(opties);
  const bevestigd = leesAccepteer(opties.accepteer);
  const overschrijf = opties.overschrijf === true;
  // Output path first, so a run never ends in "file exists" after the work is done.
  const uitSoort = opties.uit !== undefined ? uitvoerbestand(opties.uit, ["xlsx", "json"], overschrijf) : null;
  const soort = invoerbestand(invoerPad, ["json", "csv", "xlsx"]);
  nietOverInvoer({ "-o": opties.uit }, { "het invoerbestand": invoerPad, "--fte": opties.fte });

  const bron = await leesFinancieringBron(invoerPad, soort, {
    waarden: keuzes.waarden,
    lezen,
    ...(opties.blad !== undefined ? { blad: opties.blad } : {}),
    ...(opties.fte !== undefined ? { fte: opties.fte } : {}),
    ...(opties.kwartaal !== undefined ? { kwartaal: opties.kwartaal } : {}),
    ...(bevestigd ? { bevestigd } : {}),
  });
  const f = metOptienaam(() =>
    financieringUitBron(bron, {
      kostenPerBaan: keuzes.kostenPerBaan,
      ...(keuzes.budget !== null ? { budget: keuzes.budget } : {}),
      afronding: keuzes.afronding,
      ...(keuzes.plafond !== null ? { plafond: keuzes.plafond } : {}),
      ...(keuzes.verdeling !== null ? { verdeling: keuzes.verdeling } : {}),
    }),
  );
  const uitkomst = { bron, f, projectie: projecteer(f, bron.nietToegedeeld), raster: financieringBlad(f, bron) };
  if (opties.uit !== undefined) await schrijfUitvoer(uitkomst, invoerPad, opties.uit, uitSoort, overschrijf);
  if (opties.json) {
    schrijfJson(ctx, { ...financieringJson(uitkomst, invoerPad), uitvoer: opties.uit ?? null });
    return;
  }
  const verslag = leesverslagRegels(bron.verslagen);
  schrijfRegels(ctx, [
    ...verslag,
    ...(verslag.length ? [""] : []),
    ...financieringTekstRegels(uitkomst.raster, bron),
    "",
    ...projectieRegels(uitkomst.projectie),
  ]);
  if (opties.uit !== undefined) schrijfRegels(ctx, ["", `Financiering geschreven naar ${opties.uit}.`]);
}

interface Uitkomst {
  bron: FinancieringBronMetBinnenwerk;
  f: Financiering;
  projectie: Projectie;
  raster: FinancieringRaster;
}

/** What --json prints and -o x.json writes. */
function financieringJson({ bron, f, projectie, raster }: Uitkomst, invoerPad: string) {
  return {
    opdracht: "financiering",
    bestand: invoerPad,
    bron: {
      naam: bron.naam,
      plaats: bron.plaats,
      kwartaal: bron.kwartaal,
      jaar: financieringJaar(bron),
      getallen: bron.getallen,
      getallenUitleg: GETALLEN_TEKST[bron.getallen],
      nietToegedeeld: bron.nietToegedeeld,
      totaal: bron.totaal,
    },
    leesverslagen: bron.verslagen,
    ...f,
    aannames: financieringAannames(f),
    oordeelTekst: raster.oordeel,
    voetnoten: raster.voetnoten,
    projectie,
  };
}

/** -o: the workbook (the pane's financing sheet and, as its second sheet, the projection on Tabel 1 in Tabel 1's layout), or the JSON. */
async function schrijfUitvoer(u: Uitkomst, invoerPad: string, uit: string, soort: string | null, overschrijf: boolean): Promise<void> {
  const { bron, f, projectie, raster } = u;
  if (soort !== "xlsx") {
    schrijfHeel(uit, `${JSON.stringify(financieringJson(u, invoerPad), null, 2)}\n`, overschrijf);
    return;
  }
  const projectieBlad = projectieRaster(projectie, f, { kwartaal: bron.kwartaal, plaats: bron.plaats, binnenwerk: bron.binnenwerk });
  await (
    await werkmap()
  ).schrijfFinancieringWerkmap(raster, financieringJaar(bron), uit, {
    overschrijf,
    verslagen: bron.verslagen,
    projectie: { raster: projectieBlad, kwartaal: bron.kwartaal },
  });
}

/**
 * Every option is read before any file is: a wrong amount is reported at
 * once, by its option name, with all other wrong options beside it.
 */
const KOSTEN = { veld: "--kosten-per-baan" };
const BUDGET = { veld: "--budget" };
const PLAFOND = { veld: "--plafond" };

function leesKeuzes(opties: Opties): Keuzes {
  const { fouten, probeer } = foutenVerzamelaar();
  const kostenPerBaan = probeer(() =>
    leesKostenPerBaan(geenProcent(opties.kostenPerBaan, KOSTEN, "een bedrag in euro, bijvoorbeeld 45.000"), KOSTEN),
  );
  const budget =
    opties.budget === undefined
      ? null
      : probeer(() => leesBedrag(geenProcent(opties.budget!, BUDGET, "een bedrag in euro, bijvoorbeeld 15.000.000"), BUDGET));
  const plafond =
    opties.plafond === undefined
      ? null
      : probeer(() => leesPlafond(geenProcent(opties.plafond!, PLAFOND, "een heel aantal banen, bijvoorbeeld 400"), PLAFOND));
  const afronding = probeer(() => leesTekortAfronding(opties.afronding, { veld: "--afronding" }));
  const verdeling = probeer(() => leesVerdeelmethode(opties.verdeling, { veld: "--verdeling" }));
  const waarden = probeer(() => leesWaarden(opties.waarden));
  if (fouten.length === 1) throw fouten[0]!;
  if (fouten.length > 1) throw new BanenFout("ONGELDIGE_INVOER", { aantal: fouten.length }, {}, fouten);
  return {
    kostenPerBaan: kostenPerBaan!,
    budget: budget ?? null,
    plafond: plafond!,
    afronding: afronding!,
    verdeling: verdeling ?? null,
    waarden,
  };
}

function leesWaarden(tekst: string | undefined): Waarden | undefined {
  if (tekst === undefined) return undefined;
  const w = tekst.trim().toLowerCase();
  if (w !== "exact" && w !== "gedrukt")
    throw new BanenFout("ONGELDIGE_KEUZE", { waarde: tekst, verwacht: "exact of gedrukt" }, { veld: "--waarden" });
  return w;
}

/** The core names the division as "verdeling"; on the command line it is the option --verdeling. */
function metOptienaam<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof BanenFout && e.code === "VERDELING_NODIG") throw new BanenFout("VERDELING_NODIG", e.params, { veld: "--verdeling" });
    throw e;
  }
}

/** The projection as lines: per ministry realisatie before and after, Totaal Rijk with the doel of no ministry. */
function projectieRegels(p: Projectie): string[] {
  const procent = (f: Decimal | null) => (f === null ? "" : `${heelProcent(f)}%`);
  const rijen = [...p.rijen, p.totaal].map((r) => [
    r.ministerie,
    heelTekst(r.doelBanen),
    heelTekst(r.gerealiseerdBanen),
    `+${heelTekst(r.gefinancierdBanen)}`,
    heelTekst(r.naBanen),
    procent(r.voorFractie),
    procent(r.naFractie),
  ]);
  const koppen = [
    ["Ministerie"],
    ["Doel"],
    ["Gerealiseerd"],
    ["Binnenwerk", "erbij"],
    ["Na", "financiering"],
    ["Realisatie %", "nu"],
    ["Realisatie %", "daarna"],
  ];
  return [
    "Projectie Tabel 1: de gefinancierde banen in de kolom Binnenwerk van het ministerie dat ze betaalt (seed 003, voetnoot 3).",
    ...tekstTabel(koppen, rijen, ["links", "rechts", "rechts", "rechts", "rechts", "rechts", "rechts"], { lijnVoor: [p.rijen.length] }),
    ...p.nietToegedeeld.map(
      (n) =>
        `Het doel van "${n.omschrijving}" (${heelTekst(n.doel)} banen) hoort bij geen ministerie: geen financiering dekt het; het blijft in het doel van ${p.totaal.ministerie}.`,
    ),
    "Een projectie, geen meting: de banen tellen pas mee als ze ingevuld zijn.",
  ];
}
