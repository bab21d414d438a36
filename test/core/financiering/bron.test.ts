/**
 * The source of a centrale financiering: doel and gerealiseerd read from any
 * table that has them (leesDoelEnGerealiseerd, the printed-Tabel 1 reader
 * with fewer demands), or taken from a Tabel 1 we computed (exact or as
 * printed); the notes that say which numbers were used; the sheet grid.
 *
 * Doel/realisatie: Tabel 1 2023Q2 (seed 003) and the synthetic sample that
 * reproduces it (seeds/voorbeeld). Plafond 400: seed 004, regel 524. The cost
 * per baan and the budget are SYNTHETIC (the sources give no amount).
 */
import {
  BanenFout,
  bouwTabel1,
  centraleFinanciering,
  leesDoelEnGerealiseerd,
  leesGedrukteTabel1,
  leesInvoer,
  type Raster,
  type Tabel1,
} from "../../../src/core";
import {
  financieringBlad,
  financieringBronUitRaster,
  financieringBronUitTabel1,
  financieringJaar,
  financieringUitBron,
  herkomstNotities,
} from "../../../src/core/financiering/bron";
import { financieringBladnaam, financieringTabelnaam } from "../../../src/core/financiering/opmaak";
import { tabel1Cellen } from "../../../src/core/tabel1/opmaak";
import { csvRaster } from "../voorbeeld-raster";

const GEFINANCIERD_400 = [4, 15, 12, 24, 69, 91, 77, 0, 10, 0, 25, 7, 66]; // test/core/financiering/financiering.test.ts, worked example
const OPTIES = { plafond: 400, verdeling: "naar-tekort", kostenPerBaan: 45000, budget: 15000000 };

function sampleTabel(): Tabel1 {
  const g = leesInvoer({ kwartaal: "2023Q2", hoofd: csvRaster("ministeries-2023Q2.csv") });
  if (!g.ok) throw new Error(g.fouten.map((f) => f.message).join("\n"));
  return bouwTabel1(g.invoer);
}

/** The sheet our writers make (pane and `banen tabel1 -o x.xlsx`), read as the pane reads a used range. */
function tabel1Blad(tabel: Tabel1, blad = "Tabel 1 2023Q2"): Raster {
  const [koppen = [], ...rijen] = tabel1Cellen(tabel);
  return { blad, rijIndex: 0, kolomIndex: 0, koppen, rijen };
}

function fouten(f: () => unknown): Array<[string, string]> {
  try {
    f();
  } catch (e) {
    if (!(e instanceof BanenFout)) throw e;
    return (e.fouten.length ? e.fouten : [e]).map((x) => [x.code, x.message]);
  }
  throw new Error("expected an error");
}

describe("leesDoelEnGerealiseerd: ministerie, doel and gerealiseerd from any table that has them", () => {
  const tabel = sampleTabel();

  test("our own Tabel 1 sheet: header in row 3, the printed cells, the total row apart, DJI's 409 from footnote 7", () => {
    const g = leesDoelEnGerealiseerd(tabel1Blad(tabel));
    expect(g.isTabel1).toBe(true);
    expect(g.titel).toBe(`Tabel 1 ${tabel.titel}`);
    expect(g.rijen.map((r) => [r.naam, r.doel.toNumber(), r.gerealiseerd.toNumber(), r.rij])).toEqual(
      tabel.weergave.rijen.map((r, i) => [r.naam, r.doel, r.totaal, 4 + i]),
    );
    expect(g.totaal).toMatchObject({ naam: "Totaal Rijk", rij: 17 });
    expect([g.totaal!.doel.toNumber(), g.totaal!.gerealiseerd.toNumber()]).toEqual([5591, 4175]); // as published: the rounded cells sum to 4.177
    expect(g.nietToegedeeld).toEqual([{ omschrijving: "Niet toegedeeld doel (voetnoot 7)", doel: 409 }]);
  });

  test("a plain list without a total row ends at its first empty row; Excel's binary dust is read as Excel shows it", () => {
    const lijst = {
      blad: "Lijst",
      rijIndex: 0,
      kolomIndex: 0,
      koppen: ["Ministerie", "Doel", "Gerealiseerd"],
      rijen: [["AZ", 19, 9], ["Fin", "1.399", 1220.0000000000002], [], ["Opmerking: cijfers uit het dashboard", null, null]],
    };
    // The text "1.399" alone (no other text number in the list) fits both notations: the reader asks (issue 12).
    expect(() => leesDoelEnGerealiseerd(lijst)).toThrow(
      expect.objectContaining({ fouten: [expect.objectContaining({ code: "ONBESLIST" })] }) as unknown as Error,
    );
    const g = leesDoelEnGerealiseerd(lijst, ",");
    expect(g.isTabel1).toBe(false);
    expect(g.titel).toBeNull();
    expect(g.totaal).toBeNull();
    expect(g.rijen.map((r) => [r.naam, r.doel.toString(), r.gerealiseerd.toString(), r.rij])).toEqual([
      ["AZ", "19", "9", 2],
      ["Fin", "1399", "1220", 3],
    ]);
  });

  test("the published headers are recognised too, and a short header 'gerealiseerd' is the total realised", () => {
    const g = leesDoelEnGerealiseerd({
      blad: "csv",
      rijIndex: 4,
      kolomIndex: 1,
      koppen: ["Ministerie", "Doel (voorlopig)²", "Realisatie %", "Totaal banen gerealiseerd"],
      rijen: [
        ["BZ⁴", 131, 0.7, 93],
        ["Totaal Rijk⁷", 131, 0.7, 93],
      ],
    });
    expect(g.rijen.map((r) => [r.naam, r.doel.toNumber(), r.gerealiseerd.toNumber(), r.rij])).toEqual([["BZ", 131, 93, 6]]);
    expect(g.totaal?.naam).toBe("Totaal Rijk");
  });

  test("errors with their place: no header row, text and error values in number cells, duplicates, hidden rows", () => {
    expect(
      fouten(() =>
        leesDoelEnGerealiseerd({ blad: "Blad1", rijIndex: 0, kolomIndex: 0, koppen: ["ministerie", "fte"], rijen: [["AZ", 1]] }),
      ),
    ).toEqual([
      [
        "GEEN_KOPRIJ",
        // What this reader wanted (a plain list will do), not the headers of Tabel 1.
        'Blad Blad1: geen rij met kolomkoppen voor doel en gerealiseerd gevonden; verwacht een rij met "Ministerie", "Doel" en "Gerealiseerd" (of "Totaal banen gerealiseerd").',
      ],
    ]);
    expect(
      fouten(() =>
        leesDoelEnGerealiseerd({
          blad: "Lijst",
          rijIndex: 0,
          kolomIndex: 0,
          koppen: ["Ministerie", "Doel", "Gerealiseerd"],
          rijen: [
            ["AZ", "veel", 9],
            ["AZ", 19, 9],
            ["BZ", 131, "#DEEL/0!"],
            ["EZK", 403, 340],
          ],
          verborgenRijen: [5],
        }),
      ),
    ).toEqual([
      ["GEEN_GETAL", 'Blad Lijst, rij 2, kolom Doel (B2): "veel" is geen getal; verwacht een getal zoals 1.399 of 2,76.'],
      ["DUBBEL_MINISTERIE", 'Blad Lijst, rij 3, kolom Ministerie (A3): ministerie "AZ" komt dubbel voor (ook in rij 2).'],
      ["FORMULEFOUT", "Blad Lijst, rij 4, kolom Gerealiseerd (C4): de cel bevat de foutwaarde #DEEL/0!; verwacht een getal."],
      ["VERBORGEN_RIJ", "Blad Lijst, rij 5 (A5): deze rij is verborgen of weggefilterd; maak haar zichtbaar of verwijder haar."],
    ]);
  });

  test("the strict Tabel 1 reader is unchanged: it still wants every column and a total row", () => {
    const blad = tabel1Blad(tabel);
    expect(leesGedrukteTabel1(blad).rijen).toHaveLength(13);
    const zonderTotaal = { ...blad, rijen: blad.rijen.slice(0, 15) };
    expect(fouten(() => leesGedrukteTabel1(zonderTotaal)).map(([c]) => c)).toEqual(["GEEN_TOTAALRIJ"]);
    expect(leesDoelEnGerealiseerd(zonderTotaal).rijen).toHaveLength(13);
  });
});

describe("the numbers used: printed cells, exact values, or cells as they are", () => {
  const tabel = sampleTabel();

  test("from the printed sheet: the worked example's financed jobs, and notes that say the cells are rounded", () => {
    const bron = financieringBronUitRaster(leesDoelEnGerealiseerd(tabel1Blad(tabel)), "blad Tabel 1 2023Q2");
    expect(bron.getallen).toBe("gedrukt");
    expect(bron.kwartaal).toBe("2023Q2");
    expect(financieringJaar(bron)).toBe(2023);
    const f = centraleFinanciering(bron.ministeries, OPTIES);
    expect(f.rijen.map((r) => r.gefinancierd)).toEqual(GEFINANCIERD_400);
    expect(f.totaal.tekortBanen).toBe(1035);
    expect(herkomstNotities(bron, f)).toEqual([
      `Bron: de gedrukte cellen doel en totaal banen gerealiseerd van Tabel 1 ${tabel.titel} (blad Tabel 1 2023Q2). Die zijn per cel afgerond op hele banen, zoals de publicatie; het exacte tekort van een ministerie kan daardoor minder dan 1 baan verschillen van doel − gerealiseerd hier.`,
      "Niet toegedeeld: Niet toegedeeld doel (voetnoot 7), doel 409 banen. Dit doel hoort bij geen ministerie en is niet per ministerie te financieren; het telt niet mee in de tabel hierboven.",
      'De totaalrij van de bron ("Totaal Rijk": doel 5.591, gerealiseerd 4.175) is niet gebruikt: het totaal hierboven is de som van de ministeries (doel 5.183, gerealiseerd 4.177); de totaalrij telt ook het niet toegedeelde doel mee.',
    ]);
  });

  test("from the input data: exact values give a different whole tekort than the rounded cells (every ministry just below)", () => {
    // The synthetic sample lies just below the printed cells: AZ doel 18,898 − 8,804 = 10,094 → 11 whole banen (printed 19 − 9 = 10).
    const exact = financieringBronUitTabel1(tabel, "exact", "ministeries-2023Q2.csv");
    const f = centraleFinanciering(exact.ministeries, OPTIES);
    expect(exact.getallen).toBe("exact");
    expect(f.rijen.map((r) => r.tekortBanen)).toEqual([11, 39, 31, 64, 181, 236, 200, 2, 26, 0, 65, 19, 172]);
    expect(f.totaal.gefinancierd).toBe(400);
    expect(exact.nietToegedeeld[0]!.doel.toFixed(2)).toBe("408.78");
    expect(herkomstNotities(exact, f)[1]).toContain("Executieve functies DJI, doel 408,78 banen.");

    const gedrukt = financieringBronUitTabel1(tabel, "gedrukt", "ministeries-2023Q2.csv");
    expect(centraleFinanciering(gedrukt.ministeries, OPTIES).rijen.map((r) => r.gefinancierd)).toEqual(GEFINANCIERD_400);
  });

  test("a plain list: the cells as they are; the year from the sheet name", () => {
    const g = leesDoelEnGerealiseerd({
      blad: "Stand 2024Q1",
      rijIndex: 0,
      kolomIndex: 0,
      koppen: ["ministerie", "doel", "gerealiseerd"],
      rijen: [["AZ", 20.5, 9]],
    });
    const bron = financieringBronUitRaster(g, "blad Stand 2024Q1");
    expect([bron.getallen, bron.kwartaal, financieringJaar(bron)]).toEqual(["cellen", "2024Q1", 2024]);
    const f = centraleFinanciering(bron.ministeries);
    expect(herkomstNotities(bron, f)).toEqual(["Bron: doel en gerealiseerd zoals ze in de cellen van blad Stand 2024Q1 staan."]);
    expect(financieringJaar({ kwartaal: null })).toBeNull();
  });
});

test("the grid: the quarter in the title, the notes on the source after the numbered footnotes; names of sheet and table", () => {
  const tabel = sampleTabel();
  const bron = financieringBronUitRaster(leesDoelEnGerealiseerd(tabel1Blad(tabel)), "blad Tabel 1 2023Q2");
  const raster = financieringBlad(centraleFinanciering(bron.ministeries, OPTIES), bron);
  expect(raster.titel).toBe("Centrale financiering: tekort, te financieren banen en budget (realisatie 2023Q2)");
  expect(raster.voetnoten.map((v) => v.slice(0, 12))).toEqual([
    "¹ Het tekort",
    "² De gevraag",
    "³ De kosten ",
    "Aanname (pla",
    "Aanname (gev",
    "Aanname (bud",
    "Bron: de ged",
    "Niet toegede",
    "De totaalrij",
  ]);
  expect(raster.rijen.map((r) => r[5])).toEqual(GEFINANCIERD_400);
  expect([financieringBladnaam(2023), financieringTabelnaam(2023), financieringBladnaam(null), financieringTabelnaam(null)]).toEqual([
    "Centrale financiering 2023",
    "Financiering_2023",
    "Centrale financiering",
    "Financiering",
  ]);
});

/**
 * Issue 19: each ministry's own choices next to doel and gerealiseerd — the
 * banen it asks to finance ("gevraagd") and its own budget ("budget") —
 * recognised by header (invoer/herken.ts FINANCIERING_VELDEN), text numbers in
 * the notation decided per column (invoer/getalnotatie.ts), in the reading report.
 * Doel/gerealiseerd: Tabel 1 2023Q2 (seed 003: AZ 19/9, BZ 131/93, Fin 229/49).
 * Gevraagd, budget and cost per baan are SYNTHETIC (the sources give no amount).
 */
describe("a ministry's own gevraagd and budget columns", () => {
  const lijst = (
    rijen: unknown[][],
    koppen: unknown[] = ["Ministerie", "Doel", "Gerealiseerd", "Gevraagde banen", "Eigen budget"],
  ): Raster => ({
    blad: "Vraag 2023Q2",
    rijIndex: 0,
    kolomIndex: 0,
    koppen,
    rijen,
  });

  test("read by header, Dutch text amounts with € and ,- decided for the column, an empty cell stays absent; the report says so", () => {
    const g = leesDoelEnGerealiseerd(
      lijst([
        ["AZ", 19, 9, "8", "€ 360.000"],
        ["BZ", 131, 93, "", "1.500.000,-"],
        ["Ministerie van Financiën", "229", "49", "100", ""],
      ]),
    );
    expect(g.rijen.map((r) => [r.naam, r.gevraagd?.toNumber() ?? null, r.budget?.toNumber() ?? null])).toEqual([
      ["AZ", 8, 360000],
      ["BZ", null, 1500000],
      ["Fin", 100, null],
    ]);
    expect(g.koppen).toMatchObject({ gevraagd: "Gevraagde banen", budget: "Eigen budget" });
    const v = g.verslag;
    expect(v.kolommen.map((k) => [k.positie, k.kop, k.veld, k.eenheid])).toEqual([
      ["A", "Ministerie", "naam", null],
      ["B", "Doel", "doel", "banen"],
      ["C", "Gerealiseerd", "totaal", "banen"],
      ["D", "Gevraagde banen", "gevraagd", "hele banen"],
      ["E", "Eigen budget", "budget", "euro"],
    ]);
    expect(v.beslissingen.find((b) => b.vraag === "decimaalteken")).toMatchObject({ antwoord: expect.stringMatching(/^Nederlands/) });
    expect(v.beslissingen.find((b) => b.vraag === "ministerie")).toMatchObject({ onderwerp: "Ministerie van Financiën", antwoord: "Fin" });
    expect(v.rijenGelezen).toBe(3);

    const bron = financieringBronUitRaster(g, "blad Vraag 2023Q2");
    expect(bron.verslagen).toEqual([v]);
    const f = financieringUitBron(bron, { kostenPerBaan: 45000, plafond: 400, verdeling: "naar-vraag" });
    // AZ asks 8 of its 10, BZ its whole 38, Fin 100 of 180: 146 fit under 400.
    expect(f.rijen.map((r) => [r.ministerie, r.gevraagd, r.eigenVraag, r.gefinancierd, r.saldoEuro?.toNumber() ?? null])).toEqual([
      ["AZ", 8, true, 8, 0],
      ["BZ", 38, false, 38, -210000],
      ["Fin", 100, true, 100, null],
    ]);
  });

  test("bad cells name sheet, row, column and cell; a demand above the tekort names the user's column", () => {
    expect(fouten(() => leesDoelEnGerealiseerd(lijst([["AZ", 19, 9, 2.5, 100.005]])))).toEqual([
      ["GEEN_GEHEEL_GETAL", "Blad Vraag 2023Q2, rij 2, kolom Gevraagde banen (D2): 2,5 is geen geheel getal; verwacht een geheel aantal."],
      [
        "TE_VEEL_DECIMALEN",
        "Blad Vraag 2023Q2, rij 2, kolom Eigen budget (E2): 100,005 heeft meer dan 2 decimalen; verwacht een bedrag in hele centen (rond zelf af op 2 decimalen).",
      ],
    ]);
    const bron = financieringBronUitRaster(leesDoelEnGerealiseerd(lijst([["AZ", 19, 9, 11, ""]])), "blad Vraag 2023Q2");
    expect(fouten(() => financieringUitBron(bron, {}))).toEqual([
      [
        "MEER_DAN_TEKORT",
        "Blad Vraag 2023Q2, rij 2, kolom Gevraagde banen: 11 gevraagde banen is meer dan het tekort van 10 hele banen; verwacht hoogstens het tekort.",
      ],
    ]);
  });

  test("a sheet without these columns reads as before: every ministry asks its whole tekort; outcome headers are not read as input", () => {
    const g = leesDoelEnGerealiseerd(
      lijst([["AZ", 19, 9, 10, 450000]], ["Ministerie", "Doel", "Gerealiseerd", "Te financieren banen", "Benodigd budget"]),
    );
    expect(g.rijen[0]).not.toHaveProperty("gevraagd");
    expect(g.rijen[0]).not.toHaveProperty("budget");
    expect(g.verslag.kolommen.filter((k) => k.veld === null).map((k) => k.kop)).toEqual(["Te financieren banen", "Benodigd budget"]);
  });
});
