/**
 * The one layout of a centrale financiering (pane cells with formats, CLI
 * text). Doel/realisatie: Tabel 1 2023Q2 (seed 003); costs and budgets are
 * synthetic (the sources give none).
 */
import { centraleFinanciering, plafondSuggesties } from "../../../src/core";
import {
  BANEN_DECIMAAL_FORMAAT,
  celTekst,
  EURO_FORMAAT,
  financieringIndeling,
  financieringRaster,
  financieringTekst,
  formatteerBedrag,
  plafondBronTekst,
  plafondSuggestieTekst,
} from "../../../src/core/financiering/opmaak";
import { GETAL_FORMAAT } from "../../../src/core/tabel1/opmaak";

// AZ 19 − 9 = 10; BZ 131,4 − 93 = 38,4 → 39 (up); SZW 183 − 212 → 0. Whole 49 > plafond 40:
//   40 × 10/49 = 8,163 → 8; 40 × 39/49 = 31,837 → 31; floors 39, one unit to the larger remainder: BZ → 32.
// € 45.000,50 per baan: AZ 8 × 45.000,50 = 360.004; BZ 32 × 45.000,50 = 1.440.016; total 1.800.020.
// Budget 1.000.000: saldo −800.020; floor(1.000.000 / 45.000,50) = floor(22,22) = 22 jobs, 40 − 22 = 18 short.
const INVOER = [
  { ministerie: "AZ", doel: 19, gerealiseerd: 9 },
  { ministerie: "BZ", doel: "131,4", gerealiseerd: 93 },
  { ministerie: "SZW", doel: 183, gerealiseerd: 212 },
];
const raster = financieringRaster(
  centraleFinanciering(INVOER, { plafond: 40, verdeling: "naar-tekort", kostenPerBaan: "45.000,50", budget: 1000000 }),
);

test("euro in Dutch notation: € 1.234.567,89, always two decimals, minus after the sign", () => {
  expect(formatteerBedrag("1234567.89")).toBe("€ 1.234.567,89");
  expect(formatteerBedrag(45000)).toBe("€ 45.000,00");
  expect(formatteerBedrag(-800020)).toBe("€ -800.020,00");
  expect(formatteerBedrag(0)).toBe("€ 0,00");
  expect(formatteerBedrag("0.005")).toBe("€ 0,01"); // half up, for display only
});

test("headers with footnote markers; a ministry that got a remainder unit carries the marker of the division", () => {
  expect(raster.koppen).toEqual([
    "Ministerie",
    "Doel",
    "Gerealiseerd",
    "Tekort",
    "Tekort in hele banen¹",
    "Te financieren banen²",
    "Kosten per baan³",
    "Benodigd budget",
  ]);
  expect(raster.rijen).toEqual([
    ["AZ", 19, 9, 10, 10, 8, 45000.5, 360004],
    ["BZ²", 131.4, 93, 38.4, 39, 32, 45000.5, 1440016],
    ["SZW", 183, 212, 0, 0, 0, 45000.5, 0],
  ]);
  expect(raster.totaal).toEqual(["Totaal", 333.4, 314, 48.4, 49, 40, "", 1800020]);
  expect(raster.namen).toEqual(["AZ", "BZ", "SZW"]);
  expect(raster.formaten).toEqual([
    "General",
    BANEN_DECIMAAL_FORMAAT,
    BANEN_DECIMAAL_FORMAAT,
    BANEN_DECIMAAL_FORMAAT,
    GETAL_FORMAAT,
    GETAL_FORMAAT,
    EURO_FORMAAT,
    EURO_FORMAAT,
  ]);
  expect(raster.breedtes).toHaveLength(8);
});

test("footnotes say how the tekort was rounded, who got a remainder, and that costs are the user's", () => {
  expect(raster.voetnoten).toEqual([
    "¹ Het tekort is per ministerie naar boven afgerond op hele banen (een deel van een baan vraagt een hele baan om het quotum te halen).",
    "² De gevraagde banen (49) zijn meer dan het plafond (40); de plaatsen zijn naar rato van het tekort in hele banen verdeeld met de grootsterestmethode, nooit meer dan een ministerie vraagt (aanname van de gebruiker: de bronnen geven geen verdeelsleutel). Een restbaan ging naar: BZ.",
    "³ De kosten per baan zijn opgegeven door de gebruiker; de bronnen geven geen bedrag.",
  ]);
});

test("verdict sentences and summary as text, the same cells the pane writes with formats", () => {
  expect(raster.oordeel).toEqual([
    "Totaal tekort: 48,40 banen; in hele banen 49 (per ministerie naar boven afgerond).",
    "De gevraagde banen zijn meer dan het plafond van 40 banen: 40 banen te financieren, verdeeld naar rato van het tekort in hele banen (aanname); 9 banen blijven zonder financiering.",
    "Het budget van € 1.000.000,00 is niet toereikend voor € 1.800.020,00: tekort € 800.020,00; het dekt 22 van de 40 banen (18 banen te weinig).",
  ]);
  const tekst = financieringTekst(raster);
  expect(tekst.rijen[1]).toEqual(["BZ²", "131,40", "93,00", "38,40", "39", "32", "€ 45.000,50", "€ 1.440.016,00"]);
  expect(tekst.totaal).toEqual(["Totaal", "333,40", "314,00", "48,40", "49", "40", "", "€ 1.800.020,00"]);
  expect(tekst.samenvatting).toEqual([
    ["Tekort (banen)", "48,40"],
    ["Tekort in hele banen (naar boven afgerond)", "49"],
    ["Plafond (banen)", "40"],
    ["Verdeling van het plafond (aanname)", "naar rato van het tekort in hele banen"],
    ["Te financieren banen", "40"],
    ["Banen zonder financiering (boven het plafond)", "9"],
    ["Benodigd budget", "€ 1.800.020,00"],
    ["Beschikbaar budget", "€ 1.000.000,00"],
    ["Saldo (+ overschot, − tekort)", "€ -800.020,00"],
    ["Banen gedekt door het budget", "22"],
    ["Banen te weinig budget", "18"],
    ["Banen uit het budget (budget / kosten per baan, afgerond naar beneden)", "22"],
  ]);
});

test("without a cost there are no euro columns and no amounts; without a plafond it says so", () => {
  const r = financieringRaster(centraleFinanciering(INVOER, { afronding: "omlaag" }));
  expect(r.kolommen).toEqual(["ministerie", "doel", "gerealiseerd", "tekort", "tekortBanen", "gefinancierd"]);
  expect(r.rijen[1]).toEqual(["BZ", 131.4, 93, 38.4, 38, 38]);
  expect(r.voetnoten).toEqual([
    "¹ Het tekort is per ministerie naar beneden afgerond op hele banen (nooit meer banen dan het exacte tekort).",
  ]);
  expect(r.oordeel).toEqual([
    "Totaal tekort: 48,40 banen; in hele banen 48 (per ministerie naar beneden afgerond).",
    "Geen plafond opgegeven: alle 48 banen worden gefinancierd.",
    "Geen kosten per baan opgegeven: er zijn geen bedragen berekend.",
  ]);
  expect(financieringTekst(r).samenvatting[2]).toEqual(["Plafond (banen)", "geen plafond opgegeven"]);
});

test("a sufficient budget: overschot, and how many more jobs it would pay for", () => {
  // 48 jobs within plafond 60 (12 places left); 48 × 1.000 = 48.000; budget 50.500 → overschot 2.500;
  // floor(50.500 / 1.000) = 50 jobs, 2 more than needed.
  const r = financieringRaster(
    centraleFinanciering(INVOER, { afronding: "omlaag", plafond: 60, verdeling: "naar-tekort", kostenPerBaan: 1000, budget: "50.500" }),
  );
  expect(r.oordeel.slice(1)).toEqual([
    "Het tekort past binnen het plafond van 60 banen; 12 plaatsen blijven over.",
    "Het budget van € 50.500,00 is toereikend voor € 48.000,00: overschot € 2.500,00; het dekt de 48 banen en nog 2 banen meer.",
  ]);
  // A cost but no budget: only the amount needed.
  expect(financieringRaster(centraleFinanciering(INVOER, { kostenPerBaan: 1000 })).oordeel[2]).toBe(
    "Benodigd budget: € 49.000,00 (geen beschikbaar budget opgegeven).",
  );
});

test("cells as text follow the format: whole, two decimals, euro, plain", () => {
  expect(celTekst(1234.5, GETAL_FORMAAT)).toBe("1.235");
  expect(celTekst(1234.5, BANEN_DECIMAAL_FORMAAT)).toBe("1.234,50");
  expect(celTekst(-0.5, EURO_FORMAAT)).toBe("€ -0,50");
  expect(celTekst("BZ²", "General")).toBe("BZ²");
  expect(celTekst(408.78, "General")).toBe("408,78");
});

test("the sourced plafonds as text to pick from, with their source", () => {
  // Seed 004, regels 523-525: tranches per year; 2023's is extra ("erbij"), the sum is ours and stays approximate.
  expect(plafondSuggesties().map(plafondSuggestieTekst)).toEqual([
    "2022: maximaal 400 banen",
    "2023: ongeveer 500 banen erbij (samen ongeveer 900, afgeleid: 400 + ca. 500)",
  ]);
  expect(plafondSuggesties().map((s) => [s.jaar, s.banen, s.benadering, s.samen, s.samenBenadering, s.erbij])).toEqual([
    [2022, 400, false, 400, false, false],
    [2023, 500, true, 900, true, true],
  ]);
  expect(plafondBronTekst(plafondSuggesties()[0]!)).toBe(
    "Kamerbrief over de banenafspraak, Kamerstuk 34 352, nr. 255 (Tweede Kamer, vergaderjaar 2021–2022), paragraaf “Rijksoverheid”, blz. 9 e.v.: “2022 nog maximaal 400 extra banen gecreëerd worden via Binnenwerk”",
  );
});

test("sheet layout: title, table, summary, verdict and footnotes, each after an empty row", () => {
  // 3 ministries: headers row 2, data 3-5, total 6; 12 summary lines 8-19; 3 sentences in 5 lines 21-25; 3 footnotes 27-32.
  const { oordeelRegels, voetnootRegels, rijhoogtes, ...rijen } = financieringIndeling(raster);
  expect(rijen).toEqual({
    titelRij: 0,
    kopRij: 2,
    eersteDataRij: 3,
    totaalRij: 6,
    eersteSamenvattingRij: 8,
    eersteOordeelRij: 21,
    eersteVoetnootRij: 27,
    laatsteRij: 32,
    kolommen: 8,
  });
  // Lines no wider than the table (the sum of the column widths), joined they are the sentences and notes again.
  const breedte = raster.breedtes.reduce((a, b) => a + b, 0);
  expect([oordeelRegels.length, voetnootRegels.length]).toEqual([5, 6]);
  for (const r of [...oordeelRegels, ...voetnootRegels]) expect([...r].length).toBeLessThanOrEqual(breedte);
  expect(oordeelRegels.join(" ")).toBe(raster.oordeel.join(" "));
  expect(voetnootRegels.join(" ")).toBe(raster.voetnoten.join(" "));
  // The header row and the summary labels longer than column A's 20 characters get the height of their lines.
  expect(rijhoogtes[0]).toEqual({ rij: 2, punten: 45 });
  expect(rijhoogtes.slice(1).map((h) => raster.samenvatting[h.rij - 8]!.label)).toEqual(
    raster.samenvatting.filter((s) => [...s.label].length > 20).map((s) => s.label),
  );
});

test("the result serialises for --json with exact decimals as text and whole banen as numbers", () => {
  const json = JSON.parse(
    JSON.stringify(centraleFinanciering(INVOER, { plafond: 40, verdeling: "naar-tekort", kostenPerBaan: "45.000,50", budget: 1000000 })),
  );
  expect(json.rijen[1]).toMatchObject({ ministerie: "BZ", tekort: "38.4", tekortBanen: 39, gefinancierd: 32, benodigdEuro: "1440016" });
  expect(json.oordeel.budget).toMatchObject({ saldoEuro: "-800020", banenGedekt: 22, banenTekort: 18 });
});
