/**
 * The shared reader (src/core/invoer/invoer.ts, invoer-gedrukt.ts): both shapes, every
 * error with its place (sheet, row, column header, A1 cell), units, empty and
 * hidden rows, and the printed Tabel 1 read back from our own layout and from
 * the published seed.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import {
  alsGedrukt,
  BANEN,
  BanenFout,
  bouwTabel1,
  Decimal,
  eenheidUitKop,
  herkenHoofd,
  kwartaalUitNaam,
  leesGedrukteTabel1,
  leesHoeveelheid,
  leesInvoer,
  maakInvoer,
  metKopRij,
  urenNaarBanen,
  type Gelezen,
  type Raster,
  type Tabel1,
  type Tabel1Invoer,
  UREN,
} from "../../../src/core";
import { tabel1Cellen } from "../../../src/core/tabel1/opmaak";
import { csvRaster } from "../voorbeeld-raster";

const WORTEL = path.resolve(__dirname, "..", "..", "..");
const gepubliceerd = JSON.parse(fs.readFileSync(path.join(WORTEL, "seeds", "tabel1-2023Q2.json"), "utf8"));
const KOLOMMEN = ["doel", "formeel", "binnenwerk", "inleen", "totaal", "realisatiePercentage"] as const;

function raster(koppen: unknown[], rijen: unknown[][], extra: Partial<Raster> = {}): Raster {
  return { blad: "Blad1", rijIndex: 0, kolomIndex: 0, koppen, rijen, ...extra };
}

function ok(g: Gelezen): Tabel1Invoer {
  if (!g.ok) throw new Error(g.fouten.map((f) => f.message).join("\n"));
  return g.invoer;
}

function fouten(g: Gelezen): BanenFout[] {
  if (g.ok) throw new Error("expected errors, got a valid input");
  return g.fouten;
}

/** code + full message of every error: the message carries the place. */
const samengevat = (g: Gelezen) => fouten(g).map((f) => [f.code, f.message]);

function verwachtGepubliceerd(tabel: Tabel1): void {
  expect(tabel.weergave.rijen.map((r) => r.naam)).toEqual(gepubliceerd.rijen.map((r: { naam: string }) => r.naam));
  tabel.weergave.rijen.forEach((r, i) => {
    for (const k of KOLOMMEN) expect([r.naam, k, r[k]]).toEqual([r.naam, k, gepubliceerd.rijen[i][k]]);
  });
  for (const k of KOLOMMEN) expect([k, tabel.weergave.totaal[k]]).toEqual([k, gepubliceerd.totaal[k]]);
  expect(tabel.weergave.nietToegedeeld).toEqual([409]);
  // Footnote 2 is generated from the doel record: the published sentence (or, without a peildatum for the fte, what is
  // known) and the basis, which is derived (src/core/regels.ts); the other footnotes are as published.
  const teksten = tabel.voetnoten.map((v) => v.tekst);
  const pub = gepubliceerd.voetnoten.map((v: { tekst: string }) => v.tekst);
  expect(teksten.filter((_, i) => i !== 1)).toEqual(pub.filter((_: string, i: number) => i !== 1));
  expect(teksten[1]).toMatch(
    /^Het voorlopige doel wordt berekend m\.b\.v\. de quotumcalculator met quotumpercentage 2,76 procent o\.b\.v\. het aantal fte/,
  );
  expect(teksten[1]).toContain("Basis: Rijk (36 uur per fte); afgeleid, geen bron noemt dit");
}

const FTE_KOPPEN = ["ministerie", "fte"];
const fteRaster = (
  rijen: unknown[][] = [
    ["AZ", 485],
    ["BZ", 3370],
  ],
) => raster(FTE_KOPPEN, rijen, { blad: "Fte" });
const PERSOON_KOPPEN = ["id", "ministerie", "soort dienstverband", "uren per week"];
const personen = (rijen: unknown[][], extra: Partial<Raster> = {}) => raster(PERSOON_KOPPEN, rijen, { blad: "Personen", ...extra });

describe("the samples reproduce the published Tabel 1 2023Q2 through the reader", () => {
  test("one row per ministry (ministeries-2023Q2.csv)", () => {
    const g = leesInvoer({ kwartaal: "2023Q2", hoofd: csvRaster("ministeries-2023Q2.csv") });
    expect(g.ok && g.samenvatting).toBe("13 ministeries en 1 niet toegedeelde rij.");
    verwachtGepubliceerd(bouwTabel1(ok(g)));
  });

  test("one row per employee with the fte table (personen-2023Q2.csv + fte-2023Q1.csv)", () => {
    const g = leesInvoer({ kwartaal: "2023Q2", hoofd: csvRaster("personen-2023Q2.csv"), fte: csvRaster("fte-2023Q1.csv") });
    expect(g.ok && g.samenvatting).toBe("4.813 medewerkers in 13 ministeries en 1 niet toegedeelde rij.");
    verwachtGepubliceerd(bouwTabel1(ok(g)));
  });

  test("the shape and columns are recognised from the header row", () => {
    const h = herkenHoofd(csvRaster("personen-2023Q2.csv"));
    expect(h.vorm).toBe("personen");
    expect(h.per.personen.toewijzing).toEqual({ ministerie: 1, soort: 2, uren: 3, periode: null, id: 0, register: null });
    expect(h.per.personen.eenheden).toEqual({ uren: UREN.week });
    expect(h.per.personen.kolommen[3]).toBe("D: uren per week");
    const m = herkenHoofd(csvRaster("ministeries-2023Q2.csv"));
    expect(m.vorm).toBe("ministeries");
    expect(m.per.ministeries.eenheden).toEqual({ formeel: UREN.week, binnenwerk: UREN.week, inleen: UREN.week });
  });
});

describe("units: hours per week, kwartaal or jaar, or banen, as the header says", () => {
  test("headers name the unit", () => {
    expect(eenheidUitKop("formeel uren")).toBe(UREN.week);
    expect(eenheidUitKop("Uren per week")).toBe(UREN.week);
    expect(eenheidUitKop("inleen uren per kwartaal")).toBe(UREN.kwartaal);
    expect(eenheidUitKop("Binnenwerk (uren/jaar)")).toBe(UREN.jaar);
    expect(eenheidUitKop("formeel banen")).toBe(BANEN);
    expect(eenheidUitKop("Formele dienstverbanden, excl. Binnenwerk")).toBeNull();
  });

  /** The ministries sample with every realisatie column rewritten into another unit. */
  function omgerekend(kop: (deel: string) => string, factor: (uren: Decimal) => Decimal): Raster {
    const r = csvRaster("ministeries-2023Q2.csv");
    return {
      ...r,
      koppen: r.koppen.map((k, i) => (i >= 2 && i <= 4 ? kop(String(k).split(" ")[0]!) : k)),
      rijen: r.rijen.map((rij) =>
        rij.map((w, i) => (i >= 2 && i <= 4 && w !== "" ? factor(new Decimal(String(w).replace(",", "."))).toFixed() : w)),
      ),
    };
  }

  test.each([
    ["uren per kwartaal", (d: string) => `${d} uren per kwartaal`, (u: Decimal) => u.times(13)],
    ["uren per jaar", (d: string) => `${d} uren per jaar`, (u: Decimal) => u.times(52)],
    ["banen", (d: string) => `${d} banen`, (u: Decimal) => u.dividedBy("25.5")],
  ])("%s give the same table as hours per week", (_naam, kop, factor) => {
    const tabel = bouwTabel1(ok(leesInvoer({ kwartaal: "2023Q2", hoofd: omgerekend(kop, factor) })));
    verwachtGepubliceerd(tabel);
  });

  test("a realisatie header without a unit is an error naming the header cell, not a guess", () => {
    const g = leesInvoer({
      kwartaal: "2023Q2",
      hoofd: raster(["ministerie", "fte", "formeel", "binnenwerk uren", "inleen uren"], [["AZ", 485, 116, 108.5, 0]]),
    });
    expect(samengevat(g)).toEqual([
      [
        "ONBEKENDE_EENHEID",
        'Blad Blad1, rij 1, kolom formeel (C1): kolom "formeel" noemt geen eenheid; verwacht "uren" (per week, kwartaal of jaar) of "banen" in de kolomkop, bijvoorbeeld "formeel uren".',
      ],
    ]);
  });

  test("person rows: a banen column, and a periode column per row", () => {
    const fte = fteRaster();
    const banen = maakInvoer({
      kwartaal: "2023Q2",
      vorm: "personen",
      hoofd: raster(
        ["ministerie", "soort", "banen"],
        [
          ["AZ", "formeel", "1,5"],
          ["AZ", "formeel", 0.5],
        ],
      ),
      toewijzing: { ministerie: 0, soort: 1, uren: 2, periode: null },
      fte,
      fteToewijzing: { ministerie: 0, fte: 1 },
    });
    expect(ok(banen).ministeries[0]!.formeel).toEqual(new Decimal(2));
    const gemengd = ok(
      leesInvoer({
        kwartaal: "2023Q2",
        hoofd: raster(
          ["ministerie", "soort dienstverband", "uren", "periode"],
          [
            ["AZ", "formeel", 25.5, "week"],
            ["AZ", "formeel", 331.5, "kwartaal"],
            ["AZ", "formeel", 1326, "jaar"],
            ["AZ", "inleen", 51, ""],
            ["BZ", "Binnenwerk", 663, "Kwartaal"],
          ],
        ),
        fte,
      }),
    );
    const [az, bz] = gemengd.ministeries;
    // Mixed periods become hours per year, exactly: 3 banen = 3 × 1.326 uren per jaar.
    expect(az!.formeel).toEqual({ uren: new Decimal(3978), periode: "jaar" });
    expect(leesHoeveelheid(az!.formeel, {})).toEqual(new Decimal(3));
    expect(az!.inleen).toEqual({ uren: new Decimal(51), periode: "week" });
    expect(bz!.binnenwerk).toEqual({ uren: new Decimal(663), periode: "kwartaal" });
    expect(leesHoeveelheid(bz!.binnenwerk, {})).toEqual(new Decimal(2));
  });
});

describe("every error names sheet, row, column and cell", () => {
  const fte = fteRaster([
    ["AZ", 485],
    ["BZ", 3370],
    ["Fin", 35902],
  ]);

  test("person rows: text, negative, empty, error values, dates, unknown ministry and dienstverband, empty ministry", () => {
    const g = leesInvoer({
      kwartaal: "2023Q2",
      hoofd: personen([
        ["p1", "AZ", "formeel", 20],
        ["p2", "AZ", "formeel", "veel"],
        ["p3", "BZ", "inleen", -8],
        ["p4", "BZ", "inleen", ""],
        ["p5", "BZ", "formeel", "#DEEL/0!"],
        ["p6", "BZ", "formeel", "#N/B"],
        ["p7", "BZ", "formeel", "#VALUE!"],
        ["p8", "BZ", "formeel", { error: "#REF!" }],
        ["p9", "BZ", "formeel", new Date(Date.UTC(2023, 3, 1))],
        ["p10", "BZ", "formeel", "1-4-2023"],
        ["p11", "Defensie", "formeel", 10],
        ["p12", "Fin", "stage", 10],
        ["p13", "", "formeel", 10],
        ["p14", "#N/A", "formeel", 10],
      ]),
      fte,
    });
    expect(samengevat(g)).toEqual([
      ["GEEN_GETAL", 'Blad Personen, rij 3, kolom uren per week (D3): "veel" is geen getal; verwacht een getal zoals 1.399 of 2,76.'],
      ["NEGATIEF", "Blad Personen, rij 4, kolom uren per week (D4): -8 is negatief; verwacht 0 of meer."],
      ["LEEG", "Blad Personen, rij 5, kolom uren per week (D5): is leeg; verwacht een getal."],
      ["FORMULEFOUT", "Blad Personen, rij 6, kolom uren per week (D6): de cel bevat de foutwaarde #DEEL/0!; verwacht een getal."],
      ["FORMULEFOUT", "Blad Personen, rij 7, kolom uren per week (D7): de cel bevat de foutwaarde #N/B; verwacht een getal."],
      ["FORMULEFOUT", "Blad Personen, rij 8, kolom uren per week (D8): de cel bevat de foutwaarde #VALUE!; verwacht een getal."],
      ["FORMULEFOUT", "Blad Personen, rij 9, kolom uren per week (D9): de cel bevat de foutwaarde #REF!; verwacht een getal."],
      [
        "DATUM_IN_GETAL",
        "Blad Personen, rij 10, kolom uren per week (D10): de cel bevat een datum (1-4-2023); verwacht een getal. Geef de cel in Excel de opmaak Getal.",
      ],
      [
        "DATUM_IN_GETAL",
        "Blad Personen, rij 11, kolom uren per week (D11): de cel bevat een datum (1-4-2023); verwacht een getal. Geef de cel in Excel de opmaak Getal.",
      ],
      [
        "ONBEKEND_MINISTERIE",
        'Blad Personen, rij 12, kolom ministerie (B12): ministerie "Defensie" staat niet in de fte-tabel; verwacht een van: AZ, BZ, Fin.',
      ],
      [
        "ONBEKEND_DIENSTVERBAND",
        'Blad Personen, rij 13, kolom soort dienstverband (C13): soort dienstverband "stage" is onbekend; verwacht formeel, Binnenwerk of inleen.',
      ],
      ["LEEG_MINISTERIE", "Blad Personen, rij 14, kolom ministerie (B14): de naam van het ministerie is leeg."],
      [
        "FORMULEFOUT",
        "Blad Personen, rij 15, kolom ministerie (B15): de cel bevat de foutwaarde #N/A; verwacht de naam van een ministerie.",
      ],
    ]);
  });

  test("ministry rows: duplicate, no fte or doel, bad toegedeeld, realisatie on a niet-toegedeeld row, a total row", () => {
    const g = leesInvoer({
      kwartaal: "2023Q2",
      hoofd: raster(
        ["ministerie", "fte", "formeel uren", "binnenwerk uren", "inleen uren", "toegedeeld"],
        [
          ["AZ", 485, 116, 108.5, 0, "ja"],
          ["az", 100, 1, 1, 1, "ja"],
          ["BZ", "", 1, 1, 1, "ja"],
          ["EZK", 10, 1, 1, 1, "misschien"],
          ["DJI", 10491, 5, "", "", "nee"],
          ["Totaal Rijk", 1, 1, 1, 1, ""],
        ],
        { blad: "Ministeries", rijIndex: 2, kolomIndex: 1 },
      ),
    });
    expect(samengevat(g)).toEqual([
      ["DUBBEL_MINISTERIE", 'Blad Ministeries, rij 5, kolom ministerie (B5): ministerie "az" komt dubbel voor (ook in rij 4).'],
      ["GEEN_DOEL_OF_FTE", "Blad Ministeries, rij 6, kolom fte (C6): er is geen fte en geen doel; verwacht een van beide."],
      ["ONGELDIGE_KEUZE", 'Blad Ministeries, rij 7, kolom toegedeeld (G7): "misschien" is geen geldige keuze; verwacht ja of nee.'],
      [
        "REALISATIE_NIET_TOEGEDEELD",
        'Blad Ministeries, rij 8, kolom formeel uren (D8): "DJI" is niet toegedeeld aan een ministerie (toegedeeld = nee) maar heeft realisatie; laat formeel, Binnenwerk en inleen leeg of zet toegedeeld op ja.',
      ],
      [
        "TOTAALRIJ_IN_INVOER",
        'Blad Ministeries, rij 9, kolom ministerie (B9): "Totaal Rijk" lijkt een totaalrij, maar is niet de som van de rijen erboven (fte 1, som 11.086); de tabel telt zelf op. Verwijder de rij, of zet toegedeeld op nee als het een doel zonder ministerie is.',
      ],
    ]);
  });

  test("missing and duplicate columns name the header row", () => {
    expect(
      samengevat(
        leesInvoer({ kwartaal: "2023Q2", hoofd: raster(["ministerie", "fte", "formeel uren", "inleen uren"], [["AZ", 1, 1, 1]]) }),
      ),
    ).toEqual([
      [
        "ONTBREKENDE_KOLOM",
        'Blad Blad1, rij 1 (A1:D1): kolom "Binnenwerk (uren of banen)" ontbreekt; verwacht een kolom met de kop "binnenwerk uren".',
      ],
    ]);
    expect(
      samengevat(
        leesInvoer({
          kwartaal: "2023Q2",
          hoofd: raster(["ministerie", "soort", "uren", "uren per jaar"], [["AZ", "formeel", 1, 1]]),
          fte: fteRaster(),
        }),
      ),
    ).toEqual([["DUBBELE_KOLOM", 'Blad Blad1, rij 1, kolom uren (C1): kolom "uren" komt dubbel voor (kolommen C en D).']]);
  });

  test("person rows without an fte table, an unknown periode, an fte table with a duplicate", () => {
    expect(samengevat(leesInvoer({ kwartaal: "2023Q2", hoofd: personen([["p", "AZ", "formeel", 1]]) }))).toEqual([
      ["ONTBREKENDE_KOLOM", 'Kolom "fte" ontbreekt; verwacht een kolom in een tweede tabel met fte per ministerie.'],
    ]);
    const periode = leesInvoer({
      kwartaal: "2023Q2",
      hoofd: raster(["ministerie", "soort", "uren", "periode"], [["AZ", "formeel", 1, "maand"]], { blad: "P" }),
      fte: fteRaster([
        ["AZ", 1],
        ["az", 2],
      ]),
    });
    expect(samengevat(periode)).toEqual([
      ["DUBBEL_MINISTERIE", 'Blad Fte, rij 3, kolom ministerie (A3): ministerie "az" komt dubbel voor (ook in rij 2).'],
      ["ONBEKENDE_PERIODE", 'Blad P, rij 2, kolom periode (D2): periode "maand" is onbekend; verwacht week, kwartaal of jaar.'],
    ]);
  });

  test("no data rows", () => {
    expect(samengevat(leesInvoer({ kwartaal: "2023Q2", hoofd: personen([["", "", "", ""]]), fte: fteRaster() }))).toEqual([
      ["GEEN_RIJEN", "Blad Personen, rij 1: er zijn geen gegevensrijen onder de kolomkoppen."],
    ]);
  });

  test("hidden rows with data are errors; hidden empty rows are not; other errors are still found", () => {
    const g = leesInvoer({
      kwartaal: "2023Q2",
      hoofd: personen(
        [
          ["p1", "AZ", "formeel", 20],
          ["p2", "AZ", "formeel", "x"],
          [null, null, null, null],
          ["p3", "AZ", "formeel", 20],
        ],
        { verborgenRijen: [2, 4, 5, 9] },
      ),
      fte: fteRaster(),
    });
    expect(samengevat(g)).toEqual([
      ["VERBORGEN_RIJ", "Blad Personen, rij 2 (A2): deze rij is verborgen of weggefilterd; maak haar zichtbaar of verwijder haar."],
      ["VERBORGEN_RIJ", "Blad Personen, rij 5 (A5): deze rij is verborgen of weggefilterd; maak haar zichtbaar of verwijder haar."],
      ["GEEN_GETAL", 'Blad Personen, rij 3, kolom uren per week (D3): "x" is geen getal; verwacht een getal zoals 1.399 of 2,76.'],
    ]);
  });
});

describe("rows: empty rows between the data are skipped, empty rows after it ignored", () => {
  test("blank rows in the middle are counted in the summary and change nothing", () => {
    const zonder = ok(
      leesInvoer({
        kwartaal: "2023Q2",
        hoofd: personen([
          ["p1", "AZ", "formeel", 20],
          ["p2", "BZ", "inleen", 10],
        ]),
        fte: fteRaster(),
      }),
    );
    const g = leesInvoer({
      kwartaal: "2023Q2",
      hoofd: personen([["p1", "AZ", "formeel", 20], ["", " ", null], [], ["p2", "BZ", "inleen", 10]]),
      fte: fteRaster(),
    });
    expect(ok(g)).toEqual(zonder);
    expect(g.ok && g.samenvatting).toBe("2 medewerkers in 2 ministeries. 2 lege rijen tussen de gegevens overgeslagen.");
  });

  test("a million empty rows after the data: same result, quickly (only the empty tail is looked at, once)", () => {
    const basis = csvRaster("personen-2023Q2.csv");
    const leeg = ["", "", "", ""];
    const rijen = basis.rijen.concat(new Array<unknown[]>(1_000_000).fill(leeg));
    const start = Date.now();
    const g = leesInvoer({ kwartaal: "2023Q2", hoofd: { ...basis, rijen }, fte: csvRaster("fte-2023Q1.csv") });
    const duur = Date.now() - start;
    verwachtGepubliceerd(bouwTabel1(ok(g)));
    expect(g.ok && g.samenvatting).toBe("4.813 medewerkers in 13 ministeries en 1 niet toegedeelde rij.");
    // Generous: a cell-by-cell scan per field per row would still pass on a slow machine; this catches quadratic work.
    expect(duur).toBeLessThan(20_000);
  });

  test("a title above the header row is skipped (the header is found among the top rows)", () => {
    const r = csvRaster("ministeries-2023Q2.csv", "Ministeries");
    const metTitel: Raster = { ...r, koppen: ["Realisatie per ministerie 2023Q2"], rijen: [[], r.koppen, ...r.rijen] };
    expect(metKopRij(metTitel).rijIndex).toBe(2);
    const g = leesInvoer({ kwartaal: "2023Q2", hoofd: metTitel });
    verwachtGepubliceerd(bouwTabel1(ok(g)));
    const fout = leesInvoer({ kwartaal: "2023Q2", hoofd: { ...metTitel, rijen: [[], r.koppen, ["AZ", "x", 1, 1, 1, "ja", ""]] } });
    expect(fouten(fout)[0]!.message).toMatch(/^Blad Ministeries, rij 4, kolom fte \(B4\)/);
  });
});

describe("property: the reader's aggregation equals summing hours per ministerie and soort", () => {
  const MINISTERIES = ["AZ", "BZ", "Fin"];
  const SOORTEN = ["formeel", "binnenwerk", "inleen"] as const;
  test("for any person rows (hours per week, half hours)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ m: fc.integer({ min: 0, max: 2 }), s: fc.integer({ min: 0, max: 2 }), halveUren: fc.integer({ min: 0, max: 80 }) }),
          { minLength: 1, maxLength: 60 },
        ),
        (lijst) => {
          const rijen = lijst.map((p, i) => [`p${i}`, MINISTERIES[p.m], SOORTEN[p.s], String(p.halveUren / 2).replace(".", ",")]);
          const invoer = ok(
            leesInvoer({
              kwartaal: "2023Q2",
              hoofd: personen(rijen),
              fte: fteRaster(MINISTERIES.map((m) => [m, 100])),
            }),
          );
          for (const m of invoer.ministeries) {
            for (const s of SOORTEN) {
              const verwacht =
                lijst.filter((p) => MINISTERIES[p.m] === m.ministerie && SOORTEN[p.s] === s).reduce((a, p) => a + p.halveUren, 0) / 2;
              expect([m.ministerie, s, leesHoeveelheid(m[s], {}).toFixed(20)]).toEqual([
                m.ministerie,
                s,
                urenNaarBanen(verwacht).toFixed(20),
              ]);
            }
          }
        },
      ),
      { seed: 20230602, numRuns: 200 },
    );
  });
});

/** A Tabel 1 laid out as our writers lay it out (tabel1Cellen), as a sheet grid. */
function alsBlad(tabel: Tabel1): unknown[][] {
  return tabel1Cellen(tabel);
}

describe("printed Tabel 1", () => {
  const tabel = bouwTabel1(ok(leesInvoer({ kwartaal: "2023Q2", hoofd: csvRaster("ministeries-2023Q2.csv") })));

  test("reads back the sheet our own writer makes (header found in row 3, realisatie as fractions, DJI from footnote 7)", () => {
    const [kop = [], ...rest] = alsBlad(tabel);
    const gelezen = leesGedrukteTabel1({ blad: "Tabel 1 2023Q2", rijIndex: 0, kolomIndex: 0, koppen: kop, rijen: rest });
    const eigen = alsGedrukt(tabel);
    expect(gelezen.titel).toBe(`Tabel 1 ${tabel.titel}`);
    expect(gelezen.rijen).toEqual(eigen.rijen.map(gedrukteVelden));
    expect(gelezen.totaal).toEqual(gedrukteVelden(eigen.totaal));
    expect(gelezen.nietToegedeeld).toEqual([{ omschrijving: "Niet toegedeeld doel (voetnoot 7)", doel: 409 }]);
  });

  test("reads a published-style grid: percentages as 75 or '75%', footnote markers, text numbers", () => {
    const koppen = [
      "Ministerie",
      "Doel (voorlopig)²",
      "Formele dienstverbanden, excl. Binnenwerk",
      "Formele dienstverbanden: Binnenwerk³",
      "Inleenverbanden",
      "Totaal banen gerealiseerd",
      "Realisatie %",
    ];
    const rij = (r: Record<string, number | string>, i: number) => [
      r.naam,
      ...["doel", "formeel", "binnenwerk", "inleen", "totaal"].map((k) => formatNl(Number(r[k]))),
      i % 2 ? `${r.realisatiePercentage}%` : r.realisatiePercentage,
    ];
    const rijen = [
      ...gepubliceerd.rijen.map(rij),
      rij({ ...gepubliceerd.totaal, naam: "Totaal Rijk⁷" }, 0),
      [],
      ["Bron: UWV"],
      [gepubliceerd.voetnoten[6].tekst],
    ];
    const gelezen = leesGedrukteTabel1({ blad: "csv", rijIndex: 0, kolomIndex: 0, koppen, rijen });
    expect(gelezen.rijen).toEqual(gepubliceerd.rijen.map(gedrukteVelden));
    expect(gelezen.totaal).toEqual(gedrukteVelden(gepubliceerd.totaal));
    expect(gelezen.nietToegedeeld).toEqual([{ omschrijving: "Niet toegedeeld doel", doel: 409 }]);
  });

  test("errors: no header row, no total row, bad cells and duplicates with their place", () => {
    const fout = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as BanenFout).fouten.map((x) => [x.code, x.message]);
      }
      throw new Error("expected an error");
    };
    expect(fout(() => leesGedrukteTabel1(raster(["ministerie", "fte"], [["AZ", 1]])))).toEqual([
      [
        "GEEN_KOPRIJ",
        'Blad Blad1: geen rij met de kolomkoppen van Tabel 1 gevonden; verwacht een rij met "Ministerie", "Doel (voorlopig)", "Formele dienstverbanden, excl. Binnenwerk", "Formele dienstverbanden: Binnenwerk", "Inleenverbanden", "Totaal banen gerealiseerd", "Realisatie %".',
      ],
    ]);
    const koppen = ["Ministerie", "Doel", "Formeel", "Binnenwerk", "Inleen", "Totaal", "Realisatie %"];
    expect(
      fout(() =>
        leesGedrukteTabel1(
          raster(koppen, [
            ["AZ", 19, 5, 4, 0, 9, 0.47],
            ["AZ", 19, 5, 4, 0, 9, 0.47],
            ["BZ", "#DEEL/0!", -1, 4, 0, 9, "x"],
          ]),
        ),
      ),
    ).toEqual([
      ["DUBBEL_MINISTERIE", 'Blad Blad1, rij 3, kolom Ministerie (A3): ministerie "AZ" komt dubbel voor (ook in rij 2).'],
      ["FORMULEFOUT", "Blad Blad1, rij 4, kolom Doel (B4): de cel bevat de foutwaarde #DEEL/0!; verwacht een getal."],
      ["NEGATIEF", "Blad Blad1, rij 4, kolom Formeel (C4): -1 is negatief; verwacht 0 of meer."],
      ["GEEN_GETAL", 'Blad Blad1, rij 4, kolom Realisatie % (G4): "x" is geen getal; verwacht een getal zoals 1.399 of 2,76.'],
      [
        "GEEN_TOTAALRIJ",
        'Blad Blad1, rij 1: geen totaalrij gevonden; verwacht onder de ministeries een rij die begint met "Totaal", zoals "Totaal Rijk".',
      ],
    ]);
  });
});

describe("quarter from a name", () => {
  test.each([
    ["personen-2023Q2.csv", "2023Q2"],
    ["Tabel_2023-Q2", "2023Q2"],
    ["q3 2024.xlsx", "2024Q3"],
    ["fte.csv", null],
  ])("%s → %s", (naam, kwartaal) => expect(kwartaalUitNaam(naam)).toBe(kwartaal));
});

/** Only the printed fields of a row (a model row also carries its footnote numbers, the seed its source). */
function gedrukteVelden(r: object): Record<string, unknown> {
  return Object.fromEntries(["naam", ...KOLOMMEN].map((k) => [k, (r as Record<string, unknown>)[k]]));
}

function formatNl(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}
