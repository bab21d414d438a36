/** The result of `controleer` as text: which printed cells do not follow from the others, by how much, and why. */
import { type Afwijking, formatteerGetal } from "../../core";

/** Terms of a sum shown in full up to this many; longer sums show their first and last term. */
const MAX_TERMEN = 4;

/** The rule in words, with long column sums shortened: "som van 13 cellen: AZ / doel + … + Rechtspraak / doel". */
function regelTekst(regel: string): string {
  const [resultaat, rechts] = regel.split(" = ");
  const termen = rechts?.split(" + ") ?? [];
  if (termen.length <= MAX_TERMEN) return regel;
  return `${resultaat} = som van ${termen.length} cellen: ${termen[0]} + … + ${termen.at(-1)}`;
}

export function afwijkingTekst(a: Afwijking): string {
  const teken = a.verschil > 0 ? "+" : "";
  const reden = a.verklaarbaarDoorAfronding ? "verklaarbaar door afronding" : "NIET verklaarbaar door afronding";
  return `${a.cel}: gedrukt ${formatteerGetal(a.gepubliceerd)}, uit de andere cellen ${formatteerGetal(a.berekend)} (verschil ${teken}${formatteerGetal(a.verschil)}; ${reden}) — ${regelTekst(a.regel)}`;
}

/** One heading line with a verdict, then one line per afwijking. */
export function controleTekst(kop: string, afwijkingen: readonly Afwijking[]): string[] {
  if (afwijkingen.length === 0) return [`${kop}: alle cellen tellen op.`];
  const niet = afwijkingen.filter((a) => !a.verklaarbaarDoorAfronding).length;
  const oordeel =
    niet === 0
      ? "alle verschillen zijn verklaarbaar door afronding"
      : `${formatteerGetal(niet)} ${niet === 1 ? "verschil is" : "verschillen zijn"} NIET verklaarbaar door afronding`;
  const aantal = `${formatteerGetal(afwijkingen.length)} ${afwijkingen.length === 1 ? "cel telt" : "cellen tellen"} niet op`;
  return [`${kop}: ${aantal}; ${oordeel}.`, ...afwijkingen.map((a) => `  - ${afwijkingTekst(a)}`)];
}
