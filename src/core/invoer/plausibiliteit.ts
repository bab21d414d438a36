/**
 * Plausibility bounds for values read from input, each with its reason.
 * None of these numbers is a rule of the Banenafspraak: the sources give no
 * bounds. Two kinds:
 * - impossible (an error): more hours in a period than the period has
 *   (afgeleid from the calendar: a week has 7 × 24 = 168 hours, the longest
 *   quarter 92 × 24 = 2.208, a leap year 366 × 24 = 8.784);
 * - suspicious (a warning the user must acknowledge by its code): eigen
 *   keuze, a plausibility bound and not a rule from the sources.
 */
import { Decimal } from "../basis/decimaal";
import { type Eenheid, eenheidTekst, type Periode, urenPerBaan } from "../eenheden/eenheden";
import { formatteerGetal } from "../basis/getal";
import { UREN_PER_FTE_RIJK } from "../regels/regels";

/** Hours a period has, for one person (afgeleid from the calendar, see above). */
export const UREN_IN_PERIODE: Readonly<Record<Periode, number>> = { week: 7 * 24, kwartaal: 92 * 24, jaar: 366 * 24 };

/**
 * Eigen keuze, not from the sources: more than 60 hours a week for one person
 * is suspicious, well above a full-time week (36 hours at the Rijk,
 * UREN_PER_FTE_RIJK, afgeleid). Over a quarter or a year it is scaled by 13
 * and 52 weeks (afgeleid, domain.md): 780 and 3.120 hours.
 */
export const VERDACHT_UREN_PER_WEEK = 60;
const WEKEN: Readonly<Record<Periode, number>> = { week: 1, kwartaal: 13, jaar: 52 };

/**
 * Eigen keuze, not from the sources: a realisatie above 1.000 % (ten times
 * the doel) is suspicious; a factor that large points at a unit or a doel
 * read wrongly (the printed-table reader uses the same bound for fractions).
 */
export const VERDACHTE_REALISATIE_FRACTIE = 10;

/** The bounds for one person's value in unit `e`, exact, with plain-number copies for a quick first test per row. */
export interface Grenzen {
  eenheid: Eenheid;
  onmogelijk: Decimal;
  verdacht: Decimal;
  /** Slightly below the exact bounds: a plain number above it is then tested exactly. */
  onmogelijkSnel: number;
  verdachtSnel: number;
  /** Why, in Dutch, for the messages. */
  onmogelijkGrond: string;
  verdachtGrond: string;
}

export function grenzenPerPersoon(e: Eenheid): Grenzen {
  const periode: Periode = e.soort === "banen" ? "week" : e.periode;
  // Banen per person: the bound in hours per week divided by 25,5 (a baan is 25,5 hours a week, seed 004).
  const deler = e.soort === "banen" ? urenPerBaan("week") : new Decimal(1);
  const onmogelijk = new Decimal(UREN_IN_PERIODE[periode]).dividedBy(deler);
  const verdacht = new Decimal(VERDACHT_UREN_PER_WEEK * WEKEN[periode]).dividedBy(deler);
  const per = e.soort === "banen" ? "banen (een baan is 25,5 uur per week)" : eenheidTekst(e);
  return {
    eenheid: e,
    onmogelijk,
    verdacht,
    onmogelijkSnel: onmogelijk.toNumber() * (1 - 1e-9),
    verdachtSnel: verdacht.toNumber() * (1 - 1e-9),
    onmogelijkGrond:
      `meer dan ${getalTekst(onmogelijk)} ${per} voor één medewerker kan niet: ` +
      `een ${periode} heeft ${formatteerGetal(new Decimal(UREN_IN_PERIODE[periode]))} uur (afgeleid uit de kalender)`,
    verdachtGrond:
      `meer dan ${getalTekst(verdacht)} ${per} voor één medewerker is ongebruikelijk ` +
      `(grens ${VERDACHT_UREN_PER_WEEK} uur per week, ruim boven een voltijdweek van ${UREN_PER_FTE_RIJK.waarde} uur bij het Rijk; ` +
      "eigen keuze, geen regel uit de bronnen)",
  };
}

/** 168, or 6,59 for a bound that is not whole. */
function getalTekst(d: Decimal): string {
  return d.isInteger() ? formatteerGetal(d) : formatteerGetal(d.toDecimalPlaces(2), 2);
}
