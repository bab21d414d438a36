/**
 * The pane's centrale-financiering flow without a browser: the write plan
 * (laid out from financieringIndeling), the checks before writing, the
 * source offered first, and the flow against the fake Excel host (a Tabel 1
 * sheet in, "Centrale financiering 2023" out, nothing else touched).
 *
 * Plafond 400: seed 004, regel 524; cost per baan and budget are SYNTHETIC.
 */
import { centraleFinanciering, projecteer } from "../../src/core";
import { financieringBlad, financieringBronUitTabel1 } from "../../src/core/financiering/bron";
import { financieringIndeling } from "../../src/core/financiering/opmaak";
import { tabel1Cellen } from "../../src/core/tabel1/opmaak";
import { type ExcelRun, type GelezenBereik, maakExcelToegang } from "../../src/taskpane/excel-toegang";
import { bronKeuzes } from "../../src/taskpane/stroom";
import { controleerFinanciering, FinancieringStroom, voorkeurBron } from "../../src/taskpane/stroom-financiering";
import { maakFinancieringPlan } from "../../src/taskpane/uitvoer-financiering";
import { voorbeeldTabel } from "./hulp";

const nep = require("./fake-excel-host.js");
const excel = () => (globalThis as unknown as { Excel: ExcelRun }).Excel;
const GEFINANCIERD = [4, 15, 12, 24, 69, 91, 77, 0, 10, 0, 25, 7, 66]; // test/core/financiering/financiering.test.ts, worked example

/** Tabel 1 2023Q2 laid out as the pane writes it, as rows of cells from A1. */
function voorbeeldCellen(): unknown[][] {
  return tabel1Cellen(voorbeeldTabel());
}

function bereikVan(cellen: unknown[][], blad = "Tabel 1 2023Q2", verborgenRijen: number[] = []): GelezenBereik {
  const [koppen = [], ...rijen] = cellen;
  return { blad, rijIndex: 0, kolomIndex: 0, koppen, rijen, verborgenRijen, adres: `${blad}!A1`, verzoeken: 1 };
}

const INVOER = { kostenPerBaan: "45.000", budget: "15.000.000", plafond: "400", afronding: "omhoog", verdeling: "naar-tekort" };

describe("write plan", () => {
  const tabel = voorbeeldTabel();
  const bron = financieringBronUitTabel1(tabel, "gedrukt", "Tabel 1 2023Q2");
  const raster = financieringBlad(
    centraleFinanciering(bron.ministeries, { plafond: 400, verdeling: "naar-tekort", kostenPerBaan: 45000, budget: 15000000 }),
    bron,
  );
  const plan = maakFinancieringPlan(raster, { jaar: 2023, kwartaal: "2023Q2" });
  const ind = financieringIndeling(raster);

  test("names, the table with its total row, and every part where financieringIndeling puts it", () => {
    expect([plan.bladnaam, plan.tabelnaam]).toEqual(["Centrale financiering 2023", "Financiering_2023"]);
    expect(plan.tabel).toEqual({ adres: "A3:H16", totaalrij: raster.totaal, totaalFormaten: raster.formaten, stijl: "TableStyleMedium2" });
    expect(plan.blokken.map((b) => b.adres)).toEqual([
      "A1",
      "A3:H16",
      `A${ind.eersteSamenvattingRij + 1}:B${ind.eersteSamenvattingRij + raster.samenvatting.length}`,
      `A${ind.eersteOordeelRij + 1}:A${ind.eersteOordeelRij + ind.oordeelRegels.length}`,
      `A${ind.eersteVoetnootRij + 1}:A${ind.laatsteRij + 1}`,
    ]);
    expect(plan.blokken[1]!.waarden.slice(1).map((r) => r[5])).toEqual(GEFINANCIERD);
    expect(plan.blokken[2]!.waarden[0]).toEqual(["Tekort (banen)", 1035]);
    expect(plan.blokken[2]!.waarden[3]).toEqual(["Verdeling van het plafond (aanname)", "naar rato van het tekort in hele banen"]);
    expect(plan.blokken[2]!.formaten[6]).toEqual(["@", '"€ "#,##0.00;"€ "-#,##0.00']);
    expect(plan.vet).toEqual(["A1", "A3:H3", "A17:H17"]); // title, headers, total row
    expect(plan.omloop).toEqual(["A3:H3", `A${ind.eersteSamenvattingRij + 1}:A${ind.eersteSamenvattingRij + raster.samenvatting.length}`]);
    expect(plan.grafiek).toBeNull();
    expect(plan.kolombreedtes.map((k) => k.kolom)).toEqual(["A", "B", "C", "D", "E", "F", "G", "H"]);
    expect(plan.samenvatting).toEqual({ rijen: 13, voetnoten: raster.voetnoten.length, kwartaal: "2023Q2" });
    expect(plan.afdruk).toEqual({ liggend: false, paginasBreed: 1, papier: "A4", bereik: `A1:H${ind.laatsteRij + 1}` });
  });

  test("verdict and footnotes in lines no wider than the table; column B fits the largest amount of the summary", () => {
    const breedte = plan.kolombreedtes.reduce((s, k) => s + k.tekens, 0);
    const regels = [...ind.oordeelRegels, ...ind.voetnootRegels];
    expect(regels.filter((r) => [...r].length > breedte)).toEqual([]);
    expect(ind.oordeelRegels.join(" ")).toBe(raster.oordeel.join(" "));
    expect(ind.voetnootRegels.join(" ")).toBe(raster.voetnoten.join(" "));
    // "€ 22.500.000,00" (15 characters) and a margin: Excel shows ### for a number wider than its column.
    expect(plan.kolombreedtes[1]).toEqual({ kolom: "B", tekens: 17 });
    // The wrapped header row ("Te / financieren / banen²" in 13 characters: 3 lines of 15 pt) and the summary
    // labels that need more than one line of column A (20 characters).
    expect(plan.rijhoogtes[0]).toEqual({ rij: 2, punten: 45 });
    const lang = raster.samenvatting.findIndex((s) => s.label.startsWith("Banen uit het budget"));
    expect(plan.rijhoogtes).toContainEqual({ rij: ind.eersteSamenvattingRij + lang, punten: 60 });
  });

  test("every block's values and formats have the shape of its address", () => {
    for (const b of plan.blokken) {
      const [links, rechts = links] = b.adres.split(":");
      const rij = (a: string) => Number(/\d+/.exec(a)![0]);
      const kolom = (a: string) => /[A-Z]+/.exec(a)![0].charCodeAt(0) - 64;
      expect([b.waarden.length, b.formaten.length]).toEqual([rij(rechts!) - rij(links!) + 1, rij(rechts!) - rij(links!) + 1]);
      for (const r of [...b.waarden, ...b.formaten]) expect(r).toHaveLength(kolom(rechts!) - kolom(links!) + 1);
    }
  });
});

describe("checks before writing", () => {
  test("a Tabel 1 sheet and good input: the worked example", () => {
    const c = controleerFinanciering({ bereik: bereikVan(voorbeeldCellen()), ...INVOER });
    if (!c.ok) throw new Error(c.fouten.map((f) => f.message).join("\n"));
    expect(c.financiering.rijen.map((r) => r.gefinancierd)).toEqual(GEFINANCIERD);
    expect([c.jaar, c.bron.getallen, c.bron.plaats]).toEqual([2023, "gedrukt", "blad Tabel 1 2023Q2"]);
    expect(c.financiering.oordeel.budget).toMatchObject({ banenGedekt: 333, banenTekort: 67 });
  });

  test("a plafond below the demand and no division chosen: the check asks for it at the field, nothing is assumed", () => {
    const c = controleerFinanciering({ bereik: bereikVan(voorbeeldCellen()), ...INVOER, verdeling: "" });
    if (c.ok) throw new Error("expected an error");
    expect(c.fouten.map((f) => [f.code, f.plaats.veld, f.plaats.blad])).toEqual([["VERDELING_NODIG", "verdeling", undefined]]);
    expect(c.fouten[0]!.message).toMatch(/vragen 1\.035 banen en het plafond .* is 400/);
  });

  test("the chosen division is in the result and named on the sheet as an assumption", () => {
    for (const verdeling of ["naar-tekort", "naar-vraag"] as const) {
      const c = controleerFinanciering({ bereik: bereikVan(voorbeeldCellen()), ...INVOER, verdeling });
      if (!c.ok) throw new Error(c.fouten.map((f) => f.message).join("\n"));
      expect(c.financiering.verdeling).toBe(verdeling);
      const samenvatting = Object.fromEntries(c.raster.samenvatting.map((r) => [r.label, r.waarde]));
      expect(samenvatting["Verdeling van het plafond (aanname)"]).toBe(
        verdeling === "naar-tekort" ? "naar rato van het tekort in hele banen" : "naar rato van de gevraagde banen",
      );
    }
  });

  test("the projection is the core's projecteer on the same financing, with the printed Binnenwerk column", () => {
    const c = controleerFinanciering({ bereik: bereikVan(voorbeeldCellen()), ...INVOER });
    if (!c.ok) throw new Error(c.fouten.map((f) => f.message).join("\n"));
    expect(c.projectie).toEqual(projecteer(c.financiering, c.bron.nietToegedeeld));
    const r = c.projectieRaster;
    expect(r.koppen[3]).toBe("Binnenwerk 2023Q2");
    // AZ: doel 19, 9 gerealiseerd of which Binnenwerk 4, 4 financed: Binnenwerk 8, 13 banen, 47% → 68%.
    expect(r.rijen[0]).toEqual(["AZ", 19, 9, 4, 4, 8, 13, 9 / 19, 13 / 19]);
    expect(r.totaal.slice(1)).toEqual([5592, 4177, 755, 400, 1155, 4577, 4177 / 5592, 4577 / 5592]);
    expect(r.voetnoten.join(" ")).toContain("blijft: Niet toegedeeld doel (voetnoot 7): doel 409 banen.");
  });

  test("empty plafond means no plafond (said in the verdict), never a sourced figure", () => {
    const c = controleerFinanciering({ bereik: bereikVan(voorbeeldCellen()), ...INVOER, plafond: " " });
    if (!c.ok) throw new Error("expected ok");
    expect(c.financiering.plafond).toBeNull();
    expect(c.financiering.totaal.gefinancierd).toBe(1035);
    expect(c.raster.oordeel[1]).toBe("Geen plafond opgegeven: alle 1.035 banen worden gefinancierd.");
  });

  test("every problem at once: inputs and the sheet, with their place", () => {
    const cellen = voorbeeldCellen();
    cellen[4]![1] = "veel"; // BZ's doel, row 5
    const c = controleerFinanciering({
      bereik: bereikVan(cellen, "Tabel 1 2023Q2", [6]),
      kostenPerBaan: "-45.000",
      budget: "",
      plafond: "12,5",
      afronding: "half",
    });
    if (c.ok) throw new Error("expected errors");
    expect(c.fouten.map((f) => f.message)).toEqual([
      "Kosten per baan: -45.000 is negatief; verwacht kosten per baan in euro groter dan 0.",
      "Plafond: 12,5 is geen geheel aantal banen; verwacht een plafond in hele banen (bijvoorbeeld 400 in 2022).",
      'Afronding: afronding "half" is onbekend; verwacht omhoog of omlaag.',
      'Blad Tabel 1 2023Q2, rij 5, kolom Doel (voorlopig) (B5): "veel" is geen getal; verwacht een getal zoals 1.399 of 2,76.',
      "Blad Tabel 1 2023Q2, rij 6 (A6): deze rij is verborgen of weggefilterd; maak haar zichtbaar of verwijder haar.",
    ]);
  });
});

describe("the budget as the CLI's --budget, and the source's own columns", () => {
  // A plain list with the ministries' own ask and budget (SYNTHETIC numbers), as a finance officer keeps it.
  const lijst = (gevraagdAZ = 4): unknown[][] => [
    ["Ministerie", "Doel", "Gerealiseerd", "Gevraagde banen", "Eigen budget"],
    ["AZ", 20, 10, gevraagdAZ, 200000],
    ["BZ", 30, 25, 5, 100000],
  ];
  const vraag = (cellen: unknown[][], budget = "") => ({ bereik: bereikVan(cellen, "Vraag 2023Q2"), ...INVOER, budget, plafond: "" });

  test("a Budget column and no pane budget: each ministry's own budget, no budget for all together, nothing assumed", () => {
    const c = controleerFinanciering(vraag(lijst()));
    if (!c.ok) throw new Error(c.fouten.map((f) => f.message).join("\n"));
    expect(c.financiering.rijen.map((r) => [r.gefinancierd, r.budgetEuro?.toNumber(), r.saldoEuro?.toNumber()])).toEqual([
      [4, 200000, 20000],
      [5, 100000, -125000],
    ]);
    expect(c.financiering.oordeel.budget).toBeNull();
    expect(c.bron.koppen).toMatchObject({ gevraagd: "Gevraagde banen", budget: "Eigen budget" });
  });

  test("no budget at all: no budget comparison, no error (the CLI without --budget)", () => {
    const c = controleerFinanciering(
      vraag([
        ["Ministerie", "Doel", "Gerealiseerd"],
        ["AZ", 20, 10],
      ]),
    );
    if (!c.ok) throw new Error(c.fouten.map((f) => f.message).join("\n"));
    expect([c.financiering.oordeel.budget, c.financiering.rijen[0]!.budgetEuro]).toEqual([null, null]);
  });

  test("an error in a row names the sheet and the user's own column header; the reading report comes with it", () => {
    const c = controleerFinanciering(vraag(lijst(11)));
    if (c.ok) throw new Error("expected an error");
    expect(c.fouten.map((f) => f.message)).toEqual([
      "Blad Vraag 2023Q2, rij 2, kolom Gevraagde banen: 11 gevraagde banen is meer dan het tekort van 10 hele banen; verwacht hoogstens het tekort.",
    ]);
    expect(c.verslagen).toHaveLength(1);
    expect(c.verslagen[0]!.kolommen.map((k) => [k.kop, k.veld])).toContainEqual(["Eigen budget", "budget"]);
  });

  test("the reading report of a clean check is the source's, in the same lines as the CLI", () => {
    const c = controleerFinanciering(vraag(lijst(), "15.000.000"));
    if (!c.ok) throw new Error(c.fouten.map((f) => f.message).join("\n"));
    expect(c.bron.verslagen[0]!.bron).toContain("Vraag 2023Q2");
    expect(c.bron.verslagen[0]!.rijenGelezen).toBe(2);
    expect(c.financiering.oordeel.budget).not.toBeNull();
  });
});

test("the source offered first: the newest Tabel 1 sheet, else a sheet or table named after Tabel 1, else none", () => {
  const overzicht = (bladen: string[], tabellen: Array<{ naam: string; blad: string }> = []) =>
    bronKeuzes(
      { bladen: bladen.map((naam) => ({ naam, gebruikt: "A1:B2" })), tabellen, selectie: { blad: bladen[0]!, adres: "A1" } },
      "tabel1-of-tabel",
    );
  expect(voorkeurBron(overzicht(["Personen", "Tabel 1 2023Q2", "Tabel 1 2023Q2 (2)", "Fte"]))?.waarde).toBe("blad:Tabel 1 2023Q2 (2)");
  expect(voorkeurBron(overzicht(["Personen"], [{ naam: "Tabel1_2023Q2", blad: "Blad3" }]))?.waarde).toBe("tabel:Tabel1_2023Q2");
  expect(voorkeurBron(overzicht(["Personen", "Fte"]))).toBeNull();
});

describe("the flow against the fake Excel host", () => {
  beforeEach(() => nep.leegmaken());

  test("reads the Tabel 1 sheet and writes a new sheet; the sheets that were there stay as they were", async () => {
    nep.laadBlad("Personen", [["id", "ministerie"]]);
    nep.laadBlad("Tabel 1 2023Q2", voorbeeldCellen());
    const voor = JSON.stringify(["Personen", "Tabel 1 2023Q2"].map((n) => nep.blad(n)));
    const stroom = new FinancieringStroom(maakExcelToegang(excel()));
    const keuze = voorkeurBron(await stroom.keuzes())!;
    expect(keuze.waarde).toBe("blad:Tabel 1 2023Q2");
    const c = controleerFinanciering({ bereik: await stroom.lees(keuze.bron), ...INVOER });
    if (!c.ok) throw new Error(c.fouten.map((f) => f.message).join("\n"));
    const uit = await stroom.schrijf(c);
    expect(uit).toMatchObject({ blad: "Centrale financiering 2023", tabel: "Financiering_2023", grafiek: false, verzoeken: 3 });
    const blad = nep.blad("Centrale financiering 2023");
    expect(blad.waarden.slice(3, 16).map((r: unknown[]) => r[5])).toEqual(GEFINANCIERD);
    expect(blad.tabellen).toEqual([{ naam: "Financiering_2023", adres: "A3:H17", totaalrij: true, stijl: "TableStyleMedium2" }]);
    expect(JSON.stringify(["Personen", "Tabel 1 2023Q2"].map((n) => nep.blad(n)))).toBe(voor);

    // Again: a unique name, never over the first.
    expect((await stroom.schrijf(c)).blad).toBe("Centrale financiering 2023 (2)");
  });

  test("a write that fails midway removes the half-written sheet", async () => {
    nep.laadBlad("Tabel 1 2023Q2", voorbeeldCellen());
    const stroom = new FinancieringStroom(maakExcelToegang(excel()));
    const c = controleerFinanciering({ bereik: await stroom.lees({ soort: "blad", naam: "Tabel 1 2023Q2" }), ...INVOER });
    if (!c.ok) throw new Error("expected ok");
    const voor = nep.snapshot();
    nep.faalBijVerzoek(3, { naOperaties: 10 });
    await expect(stroom.schrijf(c)).rejects.toThrow(/halverwege mislukt.*verwijderd/);
    expect(nep.snapshot()).toBe(voor);
  });
});
