/**
 * The skeleton every flow of the pane shares (Tabel 1, financing, comparison,
 * and the views still to come), without DOM: read the source(s) with progress
 * in data rows and a way out, check everything at once, and only a clean check
 * writes, to a new sheet, with progress per request. A view gives its three
 * steps (`Stroom`) and a `Meter` (bediening.ts: Voortgang) and shows the outcome;
 * the Tabel 1 view, whose steps wait for the user in between, uses the same
 * `leesMet` / `schrijfMet` per step.
 */
import type { BanenFout } from "../core";
import type { LeesOpties, SchrijfOpties } from "./excel-toegang";

/** Where progress is shown: a phase (indeterminate until the size is known), then counts. */
export interface Meter {
  fase(omschrijving: string, opties?: { annuleerbaar?: boolean }): void;
  stand(gedaan: number, totaal: number, eenheid: string): void;
  geannuleerd(): boolean;
}

export type Controle<C> = { ok: true; waarde: C } | { ok: false; fouten: BanenFout[] };

/** A flow's three steps. */
export interface Stroom<Gelezen, Gecontroleerd, Resultaat> {
  lees(meter: Meter): Promise<Gelezen>;
  controleer(gelezen: Gelezen): Controle<Gecontroleerd>;
  schrijf(gecontroleerd: Gecontroleerd, meter: Meter): Promise<Resultaat>;
}

export type Doorlopen<C, R> = { ok: true; gecontroleerd: C; resultaat: R } | { ok: false; fouten: BanenFout[] };

/** Read, check, and write only when the check found nothing. */
export async function doorloop<G, C, R>(stroom: Stroom<G, C, R>, meter: Meter): Promise<Doorlopen<C, R>> {
  const gelezen = await stroom.lees(meter);
  meter.fase("Controleren");
  const c = stroom.controleer(gelezen);
  if (!c.ok) return c;
  return { ok: true, gecontroleerd: c.waarde, resultaat: await stroom.schrijf(c.waarde, meter) };
}

/** Read options for ExcelToegang.lees: a phase ("Gegevens lezen uit Personen"), then "1.200 van 4.813 rijen", cancellable. */
export function leesMet(meter: Meter, omschrijving: string): Required<Pick<LeesOpties, "voortgang" | "geannuleerd">> {
  meter.fase(omschrijving, { annuleerbaar: true });
  return {
    voortgang: (gelezen, totaal) => meter.stand(gelezen, totaal, totaal === 1 ? "rij" : "rijen"),
    geannuleerd: () => meter.geannuleerd(),
  };
}

/** Write options for ExcelToegang.schrijf: a phase ("Schrijven naar een nieuw blad"), then "2 van 3 stappen". */
export function schrijfMet(meter: Meter, omschrijving: string): Required<SchrijfOpties> {
  meter.fase(omschrijving);
  return { voortgang: (gedaan, totaal) => meter.stand(gedaan, totaal, "stappen") };
}
