/**
 * One error type for the whole project, with a catalogue of codes and their
 * Dutch messages (like hyperformula's error-message.ts). Core, functions, pane
 * and CLI all show these texts; none writes its own.
 */

/** Where the problem is: as much as the caller knows. */
export interface Plaats {
  /** Name of the argument or field, e.g. "fte" or "uren". */
  veld?: string;
  /** Sheet name (pane) or file name (CLI). */
  blad?: string;
  /** 1-based row number as the user sees it in the sheet or file. */
  rij?: number;
  /** Column header as the user typed it. */
  kolom?: string;
  /** A1-style cell address, e.g. "C7". */
  cel?: string;
}

type Params = Record<string, string | number | undefined>;

const BERICHTEN = {
  GEEN_GETAL: (p: Params) => `"${p.waarde}" is geen getal; verwacht een getal zoals 1.399 of 2,76.`,
  GEEN_GETAL_IN_NOTATIE: (p: Params) => `"${p.waarde}" is geen getal in de notatie van deze kolom: ${p.notatie}.`,
  LEEG: () => "is leeg; verwacht een getal.",
  NIET_EINDIG: (p: Params) => `${p.waarde} is geen eindig getal.`,
  NEGATIEF: (p: Params) => `${p.waarde} is negatief; verwacht 0 of meer.`,
  GEEN_GEHEEL_GETAL: (p: Params) => `${p.waarde} is geen geheel getal; verwacht een geheel aantal.`,
  ONGELDIG_JAAR: (p: Params) => `"${p.waarde}" is geen jaartal; verwacht een jaar zoals 2023.`,
  ONBEKEND_JAAR: (p: Params) =>
    `voor ${p.jaar} is geen quotumpercentage bekend uit een openbare bron (bekend: ${p.bekend}). ` +
    "Geef het quotumpercentage zelf op, bijvoorbeeld 2,76%, of leg het eenmaal vast met zijn bron (CLI: --regels met een regelsbestand; Excel: taakvenster, tabblad Regels).",
  ONGELDIG_PERCENTAGE: (p: Params) =>
    `${p.waarde} is geen geldig percentage; verwacht een percentage tussen 0% en 100%, bijvoorbeeld 2,76%.`,
  ONBEKENDE_PERIODE: (p: Params) => `periode "${p.waarde}" is onbekend; verwacht week, kwartaal of jaar.`,
  ONBEKEND_INLEENMOMENT: (p: Params) =>
    `voor "${p.waarde}" is geen verdeelsleutel inleenverbanden bekend (bekend: ${p.bekend}). ` +
    "Geef het overheidsaandeel zelf op, bijvoorbeeld 32%.",
  DOEL_NUL: () => "het doel is 0; een realisatiepercentage is dan niet te berekenen.",
  GEEN_GEWICHTEN: () => "er zijn geen gewichten; verwacht minstens één gewicht.",
  GEWICHTEN_NUL: () => "alle gewichten zijn 0; verwacht minstens één gewicht groter dan 0.",
  ONGELIJKE_LENGTE: (p: Params) => `er zijn ${p.namen} namen maar ${p.gewichten} gewichten; verwacht evenveel.`,
  LEEG_MINISTERIE: () => "de naam van het ministerie is leeg.",
  MEER_DAN_TEKORT: (p: Params) =>
    `${p.gevraagd} gevraagde banen is meer dan het tekort van ${p.tekort} hele banen; verwacht hoogstens het tekort.`,
  VERDELING_NODIG: (p: Params) =>
    `de ministeries vragen ${p.vraag} banen en het plafond (de capaciteit van Binnenwerk) is ${p.plafond}; ` +
    "de bronnen geven geen verdeelsleutel. Kies hoe het plafond verdeeld wordt: naar-tekort (naar rato van het tekort) of naar-vraag (naar rato van de gevraagde banen).",
  TEKORTEN_NODIG: () =>
    "de verdeling naar-tekort verdeelt naar rato van het tekort per ministerie; geef ook de tekorten op (een bereik, één per ministerie), of kies naar-vraag.",
  ONGELIJKE_BEREIKEN: (p: Params) =>
    `${p.eerste} heeft ${p.n} cellen en ${p.tweede} ${p.m}; verwacht evenveel (één per ministerie, in dezelfde volgorde).`,
  DUBBEL_MOMENT: (p: Params) => `moment ${p.moment} komt twee keer voor (${p.eerder} en ${p.bron}); verwacht één punt per moment.`,
  DUBBEL_MINISTERIE: (p: Params) => `ministerie "${p.naam}" komt dubbel voor (ook in rij ${p.eerder}).`,
  ONTBREKENDE_KOLOM: (p: Params) => `kolom "${p.kolom}" ontbreekt; verwacht een kolom ${p.verwacht}.`,
  DUBBELE_KOLOM: (p: Params) => `kolom "${p.kolom}" komt dubbel voor (kolommen ${p.kolommen}).`,
  GEEN_DOEL_OF_FTE: () => "er is geen fte en geen doel; verwacht een van beide.",
  ONBEKEND_DIENSTVERBAND: (p: Params) => `soort dienstverband "${p.waarde}" is onbekend; verwacht formeel, Binnenwerk of inleen.`,
  GEEN_RIJEN: () => "er zijn geen gegevensrijen onder de kolomkoppen.",
  VERBORGEN_RIJ: () => "deze rij is verborgen of weggefilterd; maak haar zichtbaar of verwijder haar.",
  ONGELDIG_KWARTAAL: (p: Params) => `"${p.waarde}" is geen kwartaal; verwacht bijvoorbeeld 2023Q2, 2023K2, Q2 2023 of 2e kwartaal 2023.`,
  KWARTAAL_LEEG: () => "is leeg; vul het kwartaal van de realisatie in, bijvoorbeeld 2023Q2.",
  FORMULEFOUT: (p: Params) => `de cel bevat de foutwaarde ${p.waarde}; verwacht ${p.verwacht ?? "een getal"}.`,
  DATUM_IN_GETAL: (p: Params) => `de cel bevat een datum (${p.waarde}); verwacht een getal. Geef de cel in Excel de opmaak Getal.`,
  ONBEKEND_MINISTERIE: (p: Params) =>
    `ministerie "${p.naam}" staat niet in de fte-tabel; ${p.suggestie ? `bedoelt u "${p.suggestie}"? ` : ""}verwacht een van: ${p.bekend}.`,
  ONBEKENDE_EENHEID: (p: Params) =>
    `kolom "${p.kolom}" noemt geen eenheid; verwacht "uren" (per week, kwartaal of jaar) of "banen" in de kolomkop, bijvoorbeeld "${p.voorbeeld}".`,
  GEEN_BRON: (p: Params) =>
    `het quotumpercentage voor ${p.jaar} heeft geen bron; verwacht bij elk vastgelegd percentage een bron (waar het gepubliceerd is), zodat elke uitkomst die kan noemen.`,
  GEPUBLICEERD_QUOTUM: (p: Params) =>
    `voor ${p.jaar} is het quotumpercentage gepubliceerd (${p.waarde}, ${p.bron}) en wordt het niet vastgelegd; ` +
    "een afwijkend percentage geef je per berekening op (--quotumpercentage, of het argument quotumpercentage).",
  ONGELDIGE_KEUZE: (p: Params) => `"${p.waarde}" is geen geldige keuze; verwacht ${p.verwacht}.`,
  REALISATIE_NIET_TOEGEDEELD: (p: Params) =>
    `"${p.naam}" is niet toegedeeld aan een ministerie (toegedeeld = nee) maar heeft realisatie; laat formeel, Binnenwerk en inleen leeg of zet toegedeeld op ja.`,
  TOTAALRIJ_IN_INVOER: (p: Params) =>
    `"${p.naam}" lijkt een totaalrij${p.verschil ? `, maar is niet de som van de rijen erboven (${p.verschil})` : ""}; de tabel telt zelf op. ` +
    "Verwijder de rij, of zet toegedeeld op nee als het een doel zonder ministerie is.",
  SOMRIJ_IN_INVOER: (p: Params) =>
    `"${p.naam}" is in elke getalkolom (${p.kolommen}) gelijk aan de som van rij ${p.rijen}: een gekopieerde totaalrij zou dubbel tellen. ` +
    'Verwijder de rij als het een totaal is; een totaalrij met een naam als "Totaal" wordt vanzelf weggelaten.',
  ONMOGELIJKE_UREN: (p: Params) =>
    `${p.waarde}: ${p.grond}. Controleer de eenheid in de kolomkop (uren per week, per kwartaal of per jaar, of banen) en de cel.`,
  ANDERE_PERIODE: (p: Params) =>
    `kolom "${p.kolom}" noemt de periode "${p.periode}" (${p.uitleg}); verwacht uren per week, per kwartaal of per jaar, of banen, ` +
    `bijvoorbeeld "${p.voorbeeld}". Reken de uren om of verander de kop.`,
  WAARSCHUWING_NIET_BEVESTIGD: (p: Params) =>
    `${p.tekst} Klopt het toch, bevestig dan met --accepteer ${p.code} (in het taakvenster: vink ${p.code} aan).`,
  TE_GROOT_GETAL: (p: Params) => `${p.waarde} is te groot om exact mee te rekenen; verwacht hoogstens ${p.max}.`,
  UITKOMST_TE_GROOT: (p: Params) =>
    `${p.waarde} is te groot om exact in een tabel te tonen; controleer de fte, het doel en de uren (of banen) van deze rij.`,
  GEEN_KOPRIJ: (p: Params) => `geen rij met ${p.wat} gevonden; verwacht een rij met ${p.verwacht}.`,
  GEEN_TOTAALRIJ: () => `geen totaalrij gevonden; verwacht onder de ministeries een rij die begint met "Totaal", zoals "Totaal Rijk".`,
  BESTAND_ONTBREEKT: (p: Params) => `bestand "${p.pad}" bestaat niet; verwacht ${p.verwacht}.`,
  BESTAND_BESTAAT_AL: (p: Params) =>
    `bestand "${p.pad}" bestaat al en wordt niet overschreven; kies een andere naam of geef --overschrijf op.`,
  ONBEKEND_BESTANDSTYPE: (p: Params) => `bestand "${p.pad}" heeft een onbekende soort; verwacht ${p.verwacht}.`,
  GEEN_KWARTAAL: (p: Params) =>
    `het kwartaal staat niet in de bestandsnaam "${p.bestand}"; geef het op met --kwartaal, bijvoorbeeld --kwartaal 2023Q2.`,
  ONBEKEND_BLAD: (p: Params) => `blad "${p.blad}" bestaat niet; de werkmap heeft: ${p.bladen}.`,
  ONBEKENDE_VORM: (p: Params) => `de inhoud is niet herkend; verwacht ${p.verwacht}.`,
  // Sheet choice in a workbook (issue 12, class 5): a sheet named for another quarter is never read as this one.
  BLAD_ANDER_KWARTAAL: (p: Params) =>
    `blad "${p.blad}" hoort bij kwartaal ${p.bladKwartaal}, niet bij ${p.kwartaal} (${p.bron}); kies het blad van ${p.kwartaal} met --blad, of geef --kwartaal ${p.bladKwartaal} op als dit blad bedoeld is.`,
  GEEN_BLAD_VOOR_KWARTAAL: (p: Params) =>
    `geen blad hoort bij kwartaal ${p.kwartaal} (${p.bron}); de bladen met gegevens horen bij een ander kwartaal: ${p.bladen}. Kies een blad met --blad en geef het kwartaal daarvan op met --kwartaal.`,
  // A reading question the evidence does not settle (core/invoer/leesverslag.ts): the evidence, and what settles it.
  ONBESLIST: (p: Params) => `niet zeker ${p.vraag}: ${p.bewijs}. Beslis het zelf met ${p.optie}.`,
  ONGELDIGE_INVOER: (p: Params) => `de invoer heeft ${p.aantal} fout(en); er is niets geschreven.`,
  ONGELDIG_BESTAND: (p: Params) => `${p.reden}`,
  // Text files of the CLI (src/cli/codering.ts, src/cli/csv.ts).
  GEEN_TEKSTBESTAND: (p: Params) => `bestand "${p.bestand}" is geen tekstbestand maar ${p.soort}; ${p.oplossing}.`,
  ONGELDIGE_CODERING: (p: Params) =>
    `bestand "${p.bestand}" is niet te lezen: ${p.reden} (byte ${p.positie}, regel ${p.regel}). ` +
    "Sla het in Excel op als CSV UTF-8, of geef de codering op met --codering utf-8, utf-16le, utf-16be of windows-1252.",
  CSV_FOUT: (p: Params) => `geen leesbare CSV: ${p.reden}.`,
  // CLI edges (issue 12): output over input, options, JSON keys, the self-check, warnings to acknowledge.
  UITVOER_IS_INVOER: (p: Params) =>
    `${p.optie} "${p.pad}" is hetzelfde bestand als ${p.invoer} "${p.invoerPad}"; banen schrijft nooit over zijn invoer, ook niet met --overschrijf. Kies een andere naam.`,
  PROCENT_NIET_TOEGESTAAN: (p: Params) => `"${p.waarde}" heeft een %-teken, maar dit is geen percentage; verwacht ${p.verwacht}.`,
  PERCENTAGE_DUBBELZINNIG: (p: Params) =>
    `"${p.waarde}" zonder %-teken is dubbelzinnig: bedoelt u ${p.alsProcent} % (schrijf ${p.schrijfProcent}) ` +
    `of de fractie ${p.waarde}, dus ${p.alsFractie} % (schrijf ${p.schrijfFractie})? Schrijf het percentage met %-teken.`,
  ONBEKENDE_SLEUTEL: (p: Params) => `de sleutel "${p.sleutel}" bij ${p.waar} is onbekend; bekende sleutels: ${p.bekend}.`,
  ZELFCONTROLE_MISLUKT: (p: Params) =>
    `de eigen controle vindt ${p.aantal} cel(len) die niet volgen uit de andere cellen van de tabel (${p.cellen}); er is niets geschreven. ` +
    "Dit is een fout in banen; meld hem met de opdracht die u gaf.",
  NIET_BEVESTIGD: (p: Params) =>
    `de invoer heeft ${p.aantal} waarschuwing(en) die u moet bevestigen; er is niets geschreven. ` +
    `Controleer ze en bevestig ze met ${p.optie}.`,
  // Excel-werkmappen van de CLI (src/cli/werkmap).
  FORMULE_ZONDER_WAARDE: (p: Params) => `formule zonder berekende waarde (=${p.formule}); sla het bestand op in Excel of plak als waarden.`,
  SAMENGEVOEGDE_CELLEN: (p: Params) =>
    `de cellen ${p.bereik} zijn samengevoegd (in ${p.deel}); maak het samenvoegen ongedaan zodat elke kolom een eigen kop en elke cel een eigen waarde heeft.`,
  LEEG_BLAD: () => "het blad is leeg; verwacht een rij kolomkoppen met gegevens eronder.",
  SCHRIJFFOUT: (p: Params) =>
    `schrijven naar "${p.pad}" is mislukt (${p.reden}); er is niets geschreven en geen half bestand achtergelaten.`,
  // Centrale financiering (src/core/financiering/financiering.ts).
  GEEN_BEDRAG: (p: Params) => `"${p.waarde}" is geen bedrag; verwacht een bedrag in euro zoals 1.250.000 of 45.000,50.`,
  TE_VEEL_DECIMALEN: (p: Params) =>
    `${p.waarde} heeft meer dan 2 decimalen; verwacht een bedrag in hele centen (rond zelf af op 2 decimalen).`,
  KOSTEN_NEGATIEF: (p: Params) => `${p.waarde} is negatief; verwacht kosten per baan in euro groter dan 0.`,
  KOSTEN_NUL: () => "is 0; verwacht kosten per baan in euro groter dan 0.",
  GEEN_KOSTEN: () =>
    "er zijn geen kosten per baan opgegeven; verwacht een bedrag in euro per baan, voor alle ministeries samen of in deze rij " +
    "(de bronnen geven geen bedrag).",
  PLAFOND_NEGATIEF: (p: Params) => `${p.waarde} is negatief; verwacht een plafond van 0 of meer hele banen (bijvoorbeeld ${p.voorbeeld}).`,
  PLAFOND_GEEN_GEHEEL_GETAL: (p: Params) =>
    `${p.waarde} is geen geheel aantal banen; verwacht een plafond in hele banen (bijvoorbeeld ${p.voorbeeld}).`,
  ONBEKENDE_AFRONDING: (p: Params) => `afronding "${p.waarde}" is onbekend; verwacht omhoog of omlaag.`,
  GEEN_KWARTAAL_IN_TABEL: () =>
    'de titel en de naam van het blad noemen geen kwartaal; verwacht een Tabel 1 met het kwartaal in de titel of de bladnaam, zoals "Tabel 1 2023Q2".',
  ZELFDE_KWARTAAL: (p: Params) => `beide tabellen zijn van ${p.kwartaal}; kies Tabel 1 van twee verschillende kwartalen.`,
} as const;

export type FoutCode = keyof typeof BERICHTEN;
/** Every code of the catalogue (tests check that each has an Excel error, src/functions/adapter.ts). */
export const FOUT_CODES: readonly FoutCode[] = Object.keys(BERICHTEN) as FoutCode[];

/**
 * Longest user text (in characters) a message shows per parameter or place:
 * a cell value, a name, a header, a sheet or file name. A 100.000-character
 * cell must not make a 100.000-character message (once per row), and a
 * message shows the value at fault, not a whole paste of data. Program text
 * (what is expected, the list of known names, examples) is not cut here.
 */
const MAX_TEKENS: Readonly<Record<string, number>> = {
  waarde: 40,
  naam: 60,
  formule: 60,
  bereik: 40,
  kolom: 80,
  blad: 80,
  bestand: 80,
  veld: 80,
  reden: 300,
  sleutel: 60,
};

/**
 * Text cut to at most `max` characters, "..." included. Counts and cuts whole
 * code points, so an emoji is never split into half a character.
 */
export function kort(tekst: string, max = 40): string {
  if (tekst.length <= max) return tekst;
  let i = 0;
  let tekens = 0;
  let knip = 0;
  while (i < tekst.length) {
    if (tekens === max - 3) knip = i;
    if (tekens === max) return `${tekst.slice(0, knip)}...`;
    i += tekst.codePointAt(i)! > 0xffff ? 2 : 1;
    tekens++;
  }
  return tekst;
}

function kortParams(params: Params): Params {
  const uit: Params = {};
  for (const [sleutel, waarde] of Object.entries(params)) {
    const max = MAX_TEKENS[sleutel];
    uit[sleutel] = typeof waarde === "string" && max !== undefined ? kort(waarde, max) : waarde;
  }
  return uit;
}

function kortPlaats(plaats: Plaats): Plaats {
  const uit: Plaats = { ...plaats };
  for (const sleutel of ["blad", "kolom", "veld"] as const) {
    const waarde = uit[sleutel];
    if (typeof waarde === "string") uit[sleutel] = kort(waarde, MAX_TEKENS[sleutel]);
  }
  return uit;
}

/** Text for a place: "blad Personen, rij 7, kolom uren (C7)". */
export function plaatsTekst(plaats: Plaats): string {
  const delen: string[] = [];
  if (plaats.blad) delen.push(`blad ${plaats.blad}`);
  if (plaats.rij !== undefined) delen.push(`rij ${plaats.rij}`);
  if (plaats.kolom) delen.push(`kolom ${plaats.kolom}`);
  else if (plaats.veld && plaats.rij === undefined) delen.push(plaats.veld);
  let tekst = delen.join(", ");
  if (plaats.cel) tekst += tekst ? ` (${plaats.cel})` : plaats.cel;
  return tekst;
}

export class BanenFout extends Error {
  override readonly name = "BanenFout";
  /** The message without its place, for hosts that show the place themselves. */
  readonly kern: string;
  /** The parameters, user text cut to MAX_TEKENS (what the message shows). */
  readonly params: Params;
  /** The place, names cut to MAX_TEKENS. */
  readonly plaats: Plaats;

  constructor(
    readonly code: FoutCode,
    params: Params = {},
    plaats: Plaats = {},
    /** For ONGELDIGE_INVOER: every problem found. */
    readonly fouten: readonly BanenFout[] = [],
  ) {
    const p = kortParams(params);
    const w = kortPlaats(plaats);
    const kern = BERICHTEN[code](p);
    const waar = plaatsTekst(w);
    super(waar ? `${hoofdletter(waar)}: ${kern}` : hoofdletter(kern));
    this.kern = kern;
    this.params = p;
    this.plaats = w;
  }

  /** The same error at a more precise place (e.g. when an adapter knows the cell). */
  op(plaats: Plaats): BanenFout {
    return new BanenFout(this.code, this.params, { ...this.plaats, ...plaats }, this.fouten);
  }
}

export function isBanenFout(e: unknown): e is BanenFout {
  return e instanceof BanenFout;
}

/**
 * The single problems behind an error: an ONGELDIGE_INVOER that lists them is
 * opened up (also when nested), any other BanenFout is itself. Anything that
 * is not a BanenFout is a bug, not a problem in the input: it is thrown on.
 */
export function losseFouten(e: unknown): BanenFout[] {
  if (!(e instanceof BanenFout)) throw e;
  return e.code === "ONGELDIGE_INVOER" && e.fouten.length > 0 ? e.fouten.flatMap(losseFouten) : [e];
}

/**
 * Collects every problem instead of stopping at the first, so the user sees
 * them all at once: `probeer(f)` gives f's value, or records its problems and
 * gives undefined.
 */
export function foutenVerzamelaar(): { fouten: BanenFout[]; probeer: <T>(f: () => T) => T | undefined } {
  const fouten: BanenFout[] = [];
  const probeer = <T>(f: () => T): T | undefined => {
    try {
      return f();
    } catch (e) {
      fouten.push(...losseFouten(e));
      return undefined;
    }
  };
  return { fouten, probeer };
}

function hoofdletter(tekst: string): string {
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}
