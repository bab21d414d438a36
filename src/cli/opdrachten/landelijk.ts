/**
 * `banen landelijk`: the national results end 2021 against the nulmeting
 * (seed 004), recomputed: inleen split over market and government with the
 * verdeelsleutel of each measurement, totals from formeel plus inleen, each
 * compared with the printed cell.
 */
import type { Command } from "commander";
import { Decimal, formatteerGetal, landelijkeToename, landelijkInvoer, type SectorBanen } from "../../core";
import { opdracht } from "../commander-nl";
import { exactJson, heelTekst } from "../getallen";
import { landelijkSeed } from "../seeds";
import { tekstTabel } from "../tekst/tabel";
import { type Context, schrijfJson, schrijfRegels } from "../uitvoer";

type Sector = keyof SectorBanen;
const SECTOREN: readonly Sector[] = ["markt", "overheid", "totaal"];

interface Vergeleken {
  rij: string;
  sector: Sector;
  berekend: Decimal;
  gedrukt: number;
  /** How far the computed value may lie from the printed one through rounding of printed inputs and the cell itself. */
  marge: Decimal;
  klopt: boolean;
}

export function registreerLandelijk(programma: Command, ctx: Context): void {
  opdracht(
    programma,
    "landelijk",
    "de landelijke resultaten eind 2021 t.o.v. de nulmeting (seed 004) opnieuw berekend: inleen met de verdeelsleutel",
  )
    .option("--json", "uitvoer als JSON")
    .action((opties: { json?: boolean }) => {
      const vergeleken = vergelijk();
      if (opties.json) {
        schrijfJson(ctx, {
          opdracht: "landelijk",
          eenheid: "extra banen van 25,5 uur per week sinds de nulmeting (eind 2012)",
          cellen: vergeleken.map((v) => ({ ...v, berekend: exactJson(v.berekend), marge: exactJson(v.marge) })),
          klopt: vergeleken.every((v) => v.klopt),
        });
      } else schrijfRegels(ctx, tekst(vergeleken));
      if (!vergeleken.every((v) => v.klopt)) ctx.code = 1;
    });
}

function kern(seed: ReturnType<typeof landelijkSeed>, naam: string): number {
  const k = seed.kerncijfers.find((c) => c.naam === naam);
  if (!k) throw new Error(`seeds/landelijk-2021.json mist kerncijfer "${naam}"`);
  return k.waarde;
}

function vergelijk(): Vergeleken[] {
  const seed = landelijkSeed();
  const rij = (naam: string) => seed.tabel.rijen.find((r) => r.rij === naam)!;
  // The national table's first row: formele dienstverbanden (seed 004, Tabel 1; not Tabel 1 of the Rijk, whose headers live in core/tabel1/schema.ts).
  const formeel = seed.tabel.rijen[0]!;
  const uitkomst = landelijkeToename(
    landelijkInvoer({
      inleenNulmeting: kern(seed, "banen via inleenverbanden bij de nulmeting"),
      inleenEind: kern(seed, "banen via inleenverbanden eind 2021"),
      formeel,
    }),
  );
  const half = new Decimal("0.5");
  const cellen: Vergeleken[] = [];
  const voeg = (naam: string, waarden: SectorBanen, marge: Decimal) => {
    for (const s of SECTOREN) {
      const gedrukt = rij(naam)[s];
      const berekend = waarden[s];
      cellen.push({ rij: naam, sector: s, berekend, gedrukt, marge, klopt: berekend.minus(gedrukt).abs().lessThanOrEqualTo(marge) });
    }
  };
  // Inleen comes from printed whole banen and printed percentages: only the cell's own rounding.
  voeg("Inleenverbanden", uitkomst.inleen, half);
  // Totals add the printed (rounded) formeel cell: its half unit and the cell's own.
  voeg("Totaal", uitkomst.totaal, half.times(2));
  return cellen;
}

function tekst(cellen: readonly Vergeleken[]): string[] {
  const rijen = cellen.map((c) => [
    c.rij,
    c.sector,
    formatteerGetal(c.berekend, 2),
    heelTekst(c.gedrukt),
    c.klopt ? "klopt (binnen afronding)" : "WIJKT AF",
  ]);
  return [
    "Landelijk eind 2021 t.o.v. de nulmeting (seed 004, Tabel 1), opnieuw berekend",
    "",
    ...tekstTabel([["Rij"], ["Sector"], ["Berekend"], ["Gedrukt"], ["Oordeel"]], rijen, ["links", "links", "rechts", "rechts", "links"]),
    "",
    "Inleen per sector = inleenbanen eind 2021 × aandeel 2021 − inleenbanen nulmeting × aandeel nulmeting",
    "(41.993 × 32% − 36.206 × 24,0% voor de overheid; verdeelsleutel uit seed 004; deze rekenwijze is afgeleid, de gedrukte 4.748 en 1.039 bevestigen haar).",
    "Totaal = formele dienstverbanden (gedrukt, afgerond) + inleen (berekend).",
    "",
    "Let op: dit zijn extra banen sinds de nulmeting (de 25.000 van de overheid in de banenafspraak);",
    "het doel in Tabel 1 (quotum) telt alle banen van een werkgever. Twee verschillende maten.",
  ];
}
