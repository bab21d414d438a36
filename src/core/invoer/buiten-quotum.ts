/**
 * Person rows that are read but do not count for the quotum (SROI, inkoop,
 * Groeituin, werkervaringsplaats, or not in the doelgroepregister): collected
 * here with their rows and reason for the reading report (weggelaten), and the
 * banen of SROI/inkoop/Groeituin rows per ministry for the side figure
 * "inclusief SROI/inkoop" (never part of Tabel 1's totals). Part of the shared
 * reader (invoer.ts); the vocabulary is core/regels/soorten.ts.
 */
import { Decimal, NUL } from "../basis/decimaal";
import { leesNietNegatief } from "../basis/getal";
import { urenPerBaan } from "../eenheden/eenheden";
import { nietMeetellendReden, REGISTER_BRON, type Soort } from "../regels/soorten";
import type { MinisterieInvoer } from "../tabel1/tabel1";
import type { Eenheid } from "./herken";
import type { Weglating } from "./leesverslag";
import { bronVerwijzing } from "../regels/documenten";

type NietMee = Extract<Soort, { telt: false }>;

const REGISTER_REDEN =
  `niet in het doelgroepregister (kolom doelgroepregister is nee of leeg): telt niet mee ` +
  `(bron: ${bronVerwijzing(REGISTER_BRON)}: “${REGISTER_BRON.citaat}”)`;

export class BuitenQuotum {
  private readonly rijenPerReden = new Map<string, number[]>();
  private readonly banen = new Map<MinisterieInvoer, Decimal>();
  private aantal = 0;

  /** A row whose soort does not count; its banen go to the side figure when the soort belongs there. */
  soort(
    s: NietMee,
    rij: number,
    m: MinisterieInvoer | undefined,
    waarde: number | Decimal | undefined,
    eenheid: Eenheid | undefined,
  ): void {
    this.weglaten(nietMeetellendReden(s), rij);
    if (!s.inclusiefSroi || !m || waarde === undefined || !eenheid) return;
    const w = leesNietNegatief(waarde);
    const banen = eenheid.soort === "banen" ? w : w.dividedBy(urenPerBaan(eenheid.periode));
    this.banen.set(m, (this.banen.get(m) ?? NUL).plus(banen));
  }

  /** A row that says it is not in the doelgroepregister (or says nothing where the column exists). */
  nietGeregistreerd(rij: number): void {
    this.weglaten(REGISTER_REDEN, rij);
  }

  private weglaten(reden: string, rij: number): void {
    const rijen = this.rijenPerReden.get(reden);
    if (rijen) rijen.push(rij);
    else this.rijenPerReden.set(reden, [rij]);
    this.aantal++;
  }

  get leeg(): boolean {
    return this.aantal === 0;
  }

  weglatingen(): Weglating[] {
    return [...this.rijenPerReden].map(([reden, rijen]) => ({ rijen, reden }));
  }

  /** "3 rijen tellen niet mee (Social Return (SROI): 2, werkervaringsplaats: 1); zie weggelaten." */
  samenvatting(): string {
    if (this.aantal === 0) return "";
    const delen = [...this.rijenPerReden].map(([reden, rijen]) => `${reden.split(":")[0]}: ${rijen.length}`);
    const werkwoord = this.aantal === 1 ? "rij telt" : "rijen tellen";
    return ` ${this.aantal} ${werkwoord} niet mee voor het quotum (${delen.join(", ")}); zie weggelaten in het leesverslag.`;
  }

  /** Banen via SROI/inkoop/Groeituin per ministry, for the side figure only. */
  zetIn(): void {
    for (const [m, banen] of this.banen) m.buitenQuotum = banen;
  }
}
