/** The JSON document of `banen tabel1 --json` (and of `-o tabel1.json`): printed values, exact values as text, footnotes, checks. */
import type { Leesverslag, Tabel1, Tabel1Rij, WeergaveRij } from "../core";
import { KOLOMKOPPEN } from "../core";
import { exactJson } from "./getallen";
import type { Controle } from "./tabel1-controle";
import { AFRONDING_TEKST } from "./tekst/tabel1";

function rijJson(exact: Tabel1Rij, weergave: WeergaveRij): Record<string, unknown> {
  return {
    ...weergave,
    exact: {
      fte: exact.fte === null ? null : exactJson(exact.fte),
      doel: exactJson(exact.doel),
      formeel: exactJson(exact.formeel),
      binnenwerk: exactJson(exact.binnenwerk),
      inleen: exactJson(exact.inleen),
      totaal: exactJson(exact.totaal),
      realisatie: exact.realisatie === null ? null : exactJson(exact.realisatie),
    },
  };
}

export function tabel1Json(
  tabel: Tabel1,
  samenvatting: string,
  c: Controle,
  verslagen: readonly Leesverslag[] = [],
): Record<string, unknown> {
  return {
    opdracht: "tabel1",
    titel: tabel.titel,
    kwartaal: tabel.kwartaal,
    quotumjaar: tabel.quotumjaar,
    quotumpercentage: exactJson(tabel.quotumpercentage),
    urenPerFte: exactJson(tabel.urenPerFte),
    afronding: tabel.afronding,
    afrondingUitleg: AFRONDING_TEKST[tabel.afronding],
    kolommen: KOLOMKOPPEN,
    rijen: tabel.rijen.map((r, i) => rijJson(r, tabel.weergave.rijen[i]!)),
    totaal: rijJson(tabel.totaal, tabel.weergave.totaal),
    nietToegedeeld: tabel.nietToegedeeld.map((n, i) => ({
      omschrijving: n.omschrijving,
      fte: n.fte === null ? null : exactJson(n.fte),
      doel: exactJson(n.doel),
      doelAfgerond: tabel.weergave.nietToegedeeld[i],
    })),
    voetnoten: tabel.voetnoten,
    bronregel: tabel.bronregel,
    invoer: samenvatting,
    // The reading report per input (main file, then the fte file) as data: every decision with its evidence.
    leesverslagen: verslagen,
    controle: {
      eigen: { afwijkingen: c.eigen },
      gepubliceerd: c.gepubliceerd,
    },
  };
}
