/**
 * The rules a herkomst cites, in words with their source (core/regels/regels.ts):
 * the conversion of hours to banen per unit and the doel from fte.
 */
import { Decimal } from "../basis/decimaal";
import { formatteerGetal } from "../basis/getal";
import { type Eenheid, urenPerBaan } from "../eenheden/eenheden";
import { type Grondslag, QUOTUMPERCENTAGE, UREN_PER_BAAN_PER_WEEK, WEKEN_PER_PERIODE } from "../regels/regels";
import { bronVerwijzing } from "../regels/documenten";

/** A rule's source in one line: the document and place, or "afgeleid". */
export function bronTekst(g: Grondslag): string {
  return g.soort === "bron" ? `${bronVerwijzing(g)}: "${g.citaat}"` : "afgeleid (geen bron noemt dit getal; zie regels.ts)";
}

/** The divisor from a unit to banen (1 for banen) and the rule behind it. */
export function omrekenRegel(e: Eenheid): { deler: Decimal; regel: string } {
  if (e.soort === "banen") return { deler: new Decimal(1), regel: "banen: al in banen, geen omrekening" };
  const deler = urenPerBaan(e.periode);
  const week = `UREN_PER_BAAN_PER_WEEK = 25,5 (${bronTekst(UREN_PER_BAAN_PER_WEEK.bron)})`;
  if (e.periode === "week") return { deler, regel: `uren per week ÷ ${formatteerGetal(deler)}: ${week}` };
  const weken = WEKEN_PER_PERIODE.waarde[e.periode];
  return {
    deler,
    regel: `uren per ${e.periode} ÷ ${formatteerGetal(deler)} = 25,5 × ${weken} weken per ${e.periode}: ${week}; WEKEN_PER_PERIODE.${e.periode} = ${weken} (${bronTekst(WEKEN_PER_PERIODE.bron)})`,
  };
}

/** The doel formula in short: "fte × 36 ÷ 25,5 × 2,76 %". */
export function doelFormule(urenPerFte: Decimal, percentage: Decimal): string {
  return `fte × ${formatteerGetal(urenPerFte)} uur per fte ÷ 25,5 × ${formatteerGetal(percentage.times(100))} %`;
}

/** The doel rule: fte × uren per fte × quotumpercentage ÷ 25,5, with the percentage's source. */
export function doelRegel(quotumjaar: number, urenPerFte: Decimal, percentage: Decimal): string {
  const bron = QUOTUMPERCENTAGE[quotumjaar]?.bron;
  return (
    `doel = ${doelFormule(urenPerFte, percentage)} ` +
    `(quotumpercentage ${quotumjaar}: ${bron ? bronTekst(bron) : "opgegeven"}; 25,5: ${bronTekst(UREN_PER_BAAN_PER_WEEK.bron)})`
  );
}
