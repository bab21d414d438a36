/** The JSON document of `banen tabel1 --json` (and of `-o tabel1.json`): printed values, exact values as text, footnotes, checks. */
import type { Leesverslag, Tabel1, Tabel1Rij, WeergaveRij } from "../core";
import { kopBijStatus, TABEL1_SCHEMA } from "../core";
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
      realisatie: exact.realisatieFractie === null ? null : exactJson(exact.realisatieFractie),
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
    // Column key → published header, in the published order (TABEL1_SCHEMA).
    kolommen: Object.fromEntries(TABEL1_SCHEMA.map((k) => [k.sleutel, kopBijStatus(k, tabel.doelgrondslag.status)])),
    rijen: tabel.rijen.map((r, i) => rijJson(r, tabel.weergave.rijen[i]!)),
    totaal: rijJson(tabel.totaal, tabel.weergave.totaal),
    nietToegedeeld: tabel.nietToegedeeld.map((n, i) => ({
      omschrijving: n.omschrijving,
      fte: n.fte === null ? null : exactJson(n.fte),
      doel: exactJson(n.doel),
      doelAfgerond: tabel.weergave.nietToegedeeld[i],
    })),
    doelgrondslag: {
      status: tabel.doelgrondslag.status,
      ftePeildatum: tabel.doelgrondslag.ftePeildatum,
      fteBron: tabel.doelgrondslag.fteBron,
      regelPeildatum: tabel.doelgrondslag.regelPeildatum,
      basis: {
        naam: tabel.doelgrondslag.basis.naam,
        urenPerFte: exactJson(tabel.doelgrondslag.basis.urenPerFte),
        grondslag: tabel.doelgrondslag.basis.grondslag,
      },
      quotumpercentage: {
        jaar: tabel.doelgrondslag.quotum.jaar,
        waarde: exactJson(tabel.doelgrondslag.quotum.waarde),
        grondslag: tabel.doelgrondslag.quotum.grondslag,
      },
      uitzonderingen: tabel.doelgrondslag.uitzonderingen,
      meldingen: tabel.doelgrondslag.meldingen,
    },
    naastQuotum: tabel.naastQuotum && {
      omschrijving: tabel.naastQuotum.omschrijving,
      rijen: [...tabel.naastQuotum.rijen, tabel.naastQuotum.totaal].map((r) => ({
        naam: r.naam,
        buitenQuotum: exactJson(r.buitenQuotum),
        realisatieInclusief: r.realisatieInclusief === null ? null : exactJson(r.realisatieInclusief),
      })),
    },
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
