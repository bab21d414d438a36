/**
 * The core row reader (issue 12, "rows and names"): the reading report,
 * copied total rows, the units vocabulary, duplicates, plausibility bounds
 * and ministry names, each asserting the exact outcome or the exact refusal.
 */
import {
  BanenFout,
  bouwTabel1,
  centraleFinanciering,
  dichtstbijzijndeNaam,
  type Gelezen,
  isTotaalLabel,
  kopEenheid,
  leesInvoer,
  leesPeriode,
  maakInvoer,
  ministerieSleutel,
  type Raster,
  tabel1Naam,
  type Tabel1Invoer,
  UREN,
  verslagRegels,
} from "../../../src/core";
import { leesDoelEnGerealiseerd } from "../../../src/core";
import { vergelijkKwartalen } from "../../../src/core/kwartaal/vergelijking";

function raster(koppen: unknown[], rijen: unknown[][], blad = "Blad1"): Raster {
  return { blad, rijIndex: 0, kolomIndex: 0, koppen, rijen };
}

function ok(g: Gelezen): Tabel1Invoer {
  if (!g.ok) throw new Error(g.fouten.map((f) => f.message).join("\n"));
  return g.invoer;
}

const codes = (g: Gelezen) => (g.ok ? [] : g.fouten.map((f) => f.code));
const berichten = (g: Gelezen) => (g.ok ? [] : g.fouten.map((f) => f.message));

const M = ["ministerie", "fte", "formeel uren", "binnenwerk uren", "inleen uren"];
const DRIE = [
  ["AZ", 485, 116, 108.5, 0],
  ["BZ", 3370, 1267.5, 993, 99],
  ["Fin", 35902, 24122, 432.5, 6527],
];
const SOM = ["Totaal", 39757, 25505.5, 1534, 6626];

/** Displayed rows of the table built from the input: [naam, doel, formeel, binnenwerk, inleen, totaal, %]. */
function getoond(invoer: Tabel1Invoer) {
  const t = bouwTabel1(invoer);
  return [...t.weergave.rijen, t.weergave.totaal].map((r) => [
    r.naam,
    r.doel,
    r.formeel,
    r.binnenwerk,
    r.inleen,
    r.totaal,
    r.realisatiePercentage,
  ]);
}
const DRIE_TABEL = [
  ["AZ", 19, 5, 4, 0, 9, 47],
  ["BZ", 131, 50, 39, 4, 93, 70],
  ["Fin", 1399, 946, 17, 256, 1219, 87],
  ["Totaal Rijk", 1549, 1000, 60, 260, 1320, 85],
];

describe("reading report", () => {
  test("header row, shape, each column with field and unit, rows read", () => {
    const titel = [["Realisatie 2023Q2"], []];
    const g = leesInvoer({ kwartaal: "2023Q2", hoofd: raster(["Overzicht"], [...titel, M, ...DRIE]) });
    ok(g);
    const v = g.verslagen[0]!;
    expect(v.beslissingen.find((b) => b.vraag === "kopregel")!.antwoord).toBe("rij 4");
    expect(v.beslissingen.find((b) => b.vraag === "vorm")!.antwoord).toBe("één rij per ministerie");
    expect(v.kolommen.map((k) => [k.positie, k.kop, k.veld, k.eenheid])).toEqual([
      ["A", "ministerie", "ministerie", null],
      ["B", "fte", "fte", "fte"],
      ["C", "formeel uren", "formeel", "uren per week"],
      ["D", "binnenwerk uren", "binnenwerk", "uren per week"],
      ["E", "inleen uren", "inleen", "uren per week"],
    ]);
    const eenheid = v.beslissingen.filter((b) => b.vraag === "eenheid");
    expect(eenheid.map((b) => [b.onderwerp, b.antwoord, b.besluitbron])).toEqual([
      ["formeel uren", "uren per week", "standaard"],
      ["binnenwerk uren", "uren per week", "standaard"],
      ["inleen uren", "uren per week", "standaard"],
    ]);
    expect(v.rijenGelezen).toBe(3);
    expect(verslagRegels(v).join("\n")).toContain('- kolom C "formeel uren": formeel in uren per week');
  });

  test("the header search says where it gave up (it stopped silently after row 20)", () => {
    const leeg = Array.from({ length: 60 }, () => ["toelichting"]);
    const g = leesInvoer({ kwartaal: "2023Q2", hoofd: raster(["Overzicht"], [...leeg, M, ...DRIE]) });
    expect(codes(g)).toContain("ONTBREKENDE_KOLOM");
    const kop = g.verslagen[0]!.beslissingen.find((b) => b.vraag === "kopregel")!;
    expect(kop.antwoord).toBe("geen gevonden; rij 1 gelezen als kopregel");
    expect(kop.grond).toBe("geen van de rijen 1–51 heeft de kolomkoppen (gezocht in de eerste 51 rijen; verder wordt niet gezocht)");
  });

  test("a report also when reading fails, one per grid (person rows and the fte table)", () => {
    const g = leesInvoer({
      kwartaal: "2023Q2",
      hoofd: raster(["ministerie", "soort dienstverband", "uren per maand"], [["AZ", "formeel", 100]]),
      fte: raster(["ministerie", "fte"], [["AZ", 485]], "Fte"),
    });
    expect(codes(g)).toEqual(["ANDERE_PERIODE"]);
    expect(g.verslagen.map((v) => v.bron)).toEqual(["Blad1", "Fte"]);
  });
});

describe("copied total rows (class 1)", () => {
  test.each(["Totaal", "Eindtotaal", "Rijk totaal", "Totaal Rijk", "Som", "Total", "Subtotaal", "Generaal totaal", "TOTAAL"])(
    "%s that is the sum of the rows above: left out, with a line in the report",
    (naam) => {
      const g = leesInvoer({ kwartaal: "2023Q2", hoofd: raster(M, [...DRIE, [naam, ...SOM.slice(1)]]) });
      expect(getoond(ok(g))).toEqual(DRIE_TABEL);
      expect(g.verslagen[0]!.weggelaten).toEqual([
        {
          rijen: [5],
          reden: `totaalrij "${naam}": de naam is die van een totaal en de rij is de som van rij 2–4 (fte, formeel, binnenwerk, inleen); de tabel telt zelf op`,
        },
      ]);
      expect(g.ok && g.samenvatting).toBe("3 ministeries. Totaalrij (rij 5) weggelaten: de tabel telt zelf op.");
    },
  );

  test("a total label whose numbers are not the sum: refused (only one signal)", () => {
    const g = leesInvoer({ kwartaal: "2023Q2", hoofd: raster(M, [...DRIE, ["Eindtotaal", 39757, 25505.5, 1534, 6000]]) });
    expect(berichten(g)).toEqual([
      'Blad Blad1, rij 5, kolom ministerie (A5): "Eindtotaal" lijkt een totaalrij, maar is niet de som van de rijen erboven (inleen 6.000, som 6.626); de tabel telt zelf op. Verwijder de rij, of zet toegedeeld op nee als het een doel zonder ministerie is.',
    ]);
  });

  test("a row equal to the sum of the rows above under another name: refused (only one signal)", () => {
    const g = leesInvoer({ kwartaal: "2023Q2", hoofd: raster(M, [...DRIE, ["Rijk", ...SOM.slice(1)]]) });
    expect(berichten(g)).toEqual([
      'Blad Blad1, rij 5, kolom ministerie (A5): "Rijk" is in elke getalkolom (fte, formeel, binnenwerk, inleen) gelijk aan de som van rij 2–4: een gekopieerde totaalrij zou dubbel tellen. Verwijder de rij als het een totaal is; een totaalrij met een naam als "Totaal" wordt vanzelf weggelaten.',
    ]);
  });

  test("subtotals per block and a grand total: all left out", () => {
    const rijen = [DRIE[0]!, DRIE[1]!, ["Subtotaal", 3855, 1383.5, 1101.5, 99], DRIE[2]!, ["Eindtotaal", ...SOM.slice(1)]];
    // The grand total is the sum of the ministries (not of the subtotal too); the one-row "block" before it is too short for a sum.
    const g = leesInvoer({ kwartaal: "2023Q2", hoofd: raster(M, rijen) });
    expect(getoond(ok(g))).toEqual(DRIE_TABEL);
    expect(g.verslagen[0]!.weggelaten.map((w) => w.rijen)).toEqual([[4], [6]]);
  });

  test("person rows: a total row of the hours is left out when it is their sum, refused when not", () => {
    const fte = raster(
      ["ministerie", "fte"],
      [
        ["AZ", 485],
        ["BZ", 3370],
      ],
      "Fte",
    );
    const koppen = ["ministerie", "soort dienstverband", "uren per week"];
    const rijen = [
      ["AZ", "formeel", 25.5],
      ["BZ", "formeel", 51],
      ["BZ", "inleen", 25.5],
    ];
    const goed = leesInvoer({ kwartaal: "2023Q2", hoofd: raster(koppen, [...rijen, ["Totaal", "", 102]]), fte });
    expect(ok(goed).ministeries.map((m) => [m.ministerie, String(m.formeel.valueOf?.() ?? m.formeel)])).toHaveLength(2);
    expect(goed.verslagen[0]!.weggelaten[0]!.reden).toBe(
      'totaalrij "Totaal": de naam is die van een totaal en de uren zijn de som van de 3 rijen erboven; de tabel telt zelf op',
    );
    const fout = leesInvoer({ kwartaal: "2023Q2", hoofd: raster(koppen, [...rijen, ["Totaal", "", 100]]), fte });
    expect(codes(fout)).toEqual(["TOTAALRIJ_IN_INVOER"]);
  });

  test("JSON input (the model): a ministry named Totaal, or a row that is the sum of the rows above, is refused", () => {
    const m = (ministerie: string, doel: number, formeel: number) => ({ ministerie, doel, formeel, binnenwerk: 0, inleen: 0 });
    const fout = (invoer: Tabel1Invoer) => {
      try {
        bouwTabel1(invoer);
      } catch (e) {
        return (e as BanenFout).fouten.map((f) => f.code);
      }
      return [];
    };
    expect(fout({ kwartaal: "2023Q2", ministeries: [m("AZ", 19, 9), m("BZ", 131, 93), m("Totaal", 150, 102)] })).toEqual([
      "TOTAALRIJ_IN_INVOER",
    ]);
    expect(fout({ kwartaal: "2023Q2", ministeries: [m("AZ", 19, 9), m("BZ", 131, 93), m("Rijk", 150, 102)] })).toEqual([
      "SOMRIJ_IN_INVOER",
    ]);
  });

  test("financing: a total row named Eindtotaal is not financed (it took 230 of 400 jobs)", () => {
    const lijst = leesDoelEnGerealiseerd(
      raster(
        ["Ministerie", "Doel", "Gerealiseerd"],
        [
          ["AZ", 19, 9],
          ["BZ", 131, 93],
          ["Eindtotaal", 150, 102],
        ],
        "Lijst",
      ),
    );
    expect(lijst.rijen.map((r) => r.naam)).toEqual(["AZ", "BZ"]);
    expect(lijst.totaal?.naam).toBe("Eindtotaal");
    expect(() => centraleFinanciering([{ ministerie: "Som", doel: 150, gerealiseerd: 102 }], { plafond: 400 })).toThrow(
      expect.objectContaining({ fouten: [expect.objectContaining({ code: "TOTAALRIJ_IN_INVOER" })] }),
    );
  });

  test("the closed list of labels", () => {
    expect(
      ["Totaal", "eindtotaal", "Rijk totaal", "Totaal Rijk⁷".replace("⁷", ""), "Som", "Total", "Grand total"].every(isTotaalLabel),
    ).toBe(true);
    expect(["AZ", "Somalië", "Totalitair", "Rijk"].some(isTotaalLabel)).toBe(false);
  });
});

describe("units: one closed vocabulary (class 2)", () => {
  test.each([
    ["formeel uren", UREN.week, true],
    ["uren per week", UREN.week, false],
    ["uren p/w", UREN.week, false],
    ["uren pw", UREN.week, false],
    ["uren (wk)", UREN.week, false],
    ["inleen uren per kwartaal", UREN.kwartaal, false],
    ["uren kw", UREN.kwartaal, false],
    ["uren per kw", UREN.kwartaal, false],
    ["Binnenwerk (uren/jaar)", UREN.jaar, false],
    ["uren per jr", UREN.jaar, false],
    ["uren jr", UREN.jaar, false],
    ["jaarlijks verloonde uren", UREN.jaar, false],
    ["verloonde uren", UREN.week, true],
  ])("%s", (kop, eenheid, standaard) => {
    expect(kopEenheid(kop)).toEqual({ eenheid, standaard });
  });

  test.each([
    ["uren per maand", "per maand"],
    ["uren per 4 weken", "4 weken"],
    ["uren per dag", "per dag"],
    ["uren kw2", "kw2"],
    ["uren Q3", "q3"],
    ["uren 2e kwartaal", "2e kwartaal"],
    ["uren per week en per jaar", "week en jaar"],
  ])("%s is refused, naming the period", (kop, periode) => {
    const e = kopEenheid(kop);
    expect("fout" in e && e.fout === "periode" && e.periode).toBe(periode);
  });

  test("a header with another period is an error naming the header; so is a header without a unit", () => {
    const g = leesInvoer({
      kwartaal: "2023Q2",
      hoofd: raster(["ministerie", "fte", "formeel uren per maand", "binnenwerk", "inleen uren kw2"], DRIE),
    });
    expect(berichten(g)).toEqual([
      'Blad Blad1, rij 1, kolom formeel uren per maand (C1): kolom "formeel uren per maand" noemt de periode "per maand" (alleen week, kwartaal en jaar worden omgerekend naar banen); verwacht uren per week, per kwartaal of per jaar, of banen, bijvoorbeeld "formeel uren". Reken de uren om of verander de kop.',
      'Blad Blad1, rij 1, kolom binnenwerk (D1): kolom "binnenwerk" noemt geen eenheid; verwacht "uren" (per week, kwartaal of jaar) of "banen" in de kolomkop, bijvoorbeeld "binnenwerk uren".',
      'Blad Blad1, rij 1, kolom inleen uren kw2 (E1): kolom "inleen uren kw2" noemt de periode "kw2" (een bepaald kwartaal is geen eenheid: de kop zegt niet of het uren per week zijn of alle uren van dat kwartaal); verwacht uren per week, per kwartaal of per jaar, of banen, bijvoorbeeld "inleen uren". Reken de uren om of verander de kop.',
    ]);
  });

  test("the periode column per row uses the same words", () => {
    expect(["week", "wk", "p/w", "kw", "per kwartaal", "jr", "jaarlijks"].map((w) => leesPeriode(w))).toEqual([
      "week",
      "week",
      "week",
      "kwartaal",
      "kwartaal",
      "jaar",
      "jaar",
    ]);
    expect(() => leesPeriode("maand")).toThrow('Periode "maand" is onbekend; verwacht week, kwartaal of jaar.');
  });
});

describe("duplicates (class 6)", () => {
  const fte = raster(["ministerie", "fte"], [["AZ", 485]], "Fte");
  const koppen = ["personeelsnummer", "ministerie", "soort dienstverband", "uren per week"];

  test("a duplicate id is refused until acknowledged; acknowledged, it counts", () => {
    const rijen = [
      ["P1", "AZ", "formeel", 25.5],
      ["P2", "AZ", "formeel", 25.5],
      ["P1", "AZ", "formeel", 25.5],
    ];
    const g = leesInvoer({ kwartaal: "2023Q2", hoofd: raster(koppen, rijen), fte });
    expect(codes(g)).toEqual(["WAARSCHUWING_NIET_BEVESTIGD"]);
    expect(berichten(g)[0]).toBe(
      'Blad Blad1, kolom personeelsnummer: 1 rij(en) hebben een id dat al eerder voorkomt (rij 4 = rij 2; eerste: "P1"). Een dubbel geplakte rij telt anders twee keer. Verwijder de dubbele rijen; tellen ze mee omdat het aparte dienstverbanden zijn, bevestig dat dan. Klopt het toch, bevestig dan met --accepteer DUBBELE_ID (in het taakvenster: vink DUBBELE_ID aan).',
    );
    const bevestigd = leesInvoer({ kwartaal: "2023Q2", hoofd: raster(koppen, rijen), fte, bevestigd: ["DUBBELE_ID"] });
    expect(ok(bevestigd).ministeries[0]!.formeel).toEqual({ uren: expect.objectContaining({}), periode: "week" });
    expect(getoond(ok(bevestigd))[0]!.slice(0, 3)).toEqual(["AZ", 19, 3]);
    expect(bevestigd.verslagen[0]!.waarschuwingen.map((w) => [w.code, w.bevestigd])).toEqual([["DUBBELE_ID", true]]);
  });

  test("an id with a non-breaking space or another space at its edge is the same id (as trim sees it), in both passes", () => {
    for (const [a, b] of [
      ["P1", "P1\u00a0"],
      ["\u00a0P1", "P1"],
      ["P1", "P1\u3000"],
      ["P1\u2009", " P1"],
    ]) {
      const rijen = [
        [a, "AZ", "formeel", 25.5],
        ["P2", "AZ", "formeel", 25.5],
        [b, "AZ", "formeel", 25.5],
      ];
      const g = leesInvoer({ kwartaal: "2023Q2", hoofd: raster(koppen, rijen), fte });
      expect([a, b, codes(g)]).toEqual([a, b, ["WAARSCHUWING_NIET_BEVESTIGD"]]);
      expect(berichten(g)[0]).toContain("(rij 4 = rij 2; eerste:");
    }
  });

  test("ids that do not ascend are checked as well as ascending ones (numbers and texts)", () => {
    const rijen = [
      [3, "AZ", "formeel", 1],
      [1, "AZ", "formeel", 1],
      [2, "AZ", "formeel", 1],
      [1, "AZ", "formeel", 1],
    ];
    expect(codes(leesInvoer({ kwartaal: "2023Q2", hoofd: raster(koppen, rijen), fte }))).toEqual(["WAARSCHUWING_NIET_BEVESTIGD"]);
    const oplopend = Array.from({ length: 1000 }, (_, i) => [i + 1, "AZ", "formeel", 1]);
    expect(leesInvoer({ kwartaal: "2023Q2", hoofd: raster(koppen, oplopend), fte }).ok).toBe(true);
  });

  test("without an id column, identical rows are a warning to acknowledge", () => {
    const k = ["ministerie", "soort dienstverband", "uren per week"];
    const rijen = [
      ["AZ", "formeel", 25.5],
      ["AZ", "inleen", 25.5],
      ["AZ", "formeel", 25.5],
    ];
    const g = leesInvoer({ kwartaal: "2023Q2", hoofd: raster(k, rijen), fte });
    expect(g.verslagen[0]!.waarschuwingen.map((w) => w.code)).toEqual(["DUBBELE_RIJEN"]);
    expect(berichten(g)[0]).toContain("1 rij(en) zijn gelijk aan een eerdere rij (rij 4 = rij 2) en er is geen id-kolom");
    expect(leesInvoer({ kwartaal: "2023Q2", hoofd: raster(k, rijen), fte, bevestigd: ["dubbele_rijen"] }).ok).toBe(true);
  });
});

describe("plausibility (class 7)", () => {
  const fte = raster(["ministerie", "fte"], [["AZ", 485]], "Fte");
  test("more hours than a week has: an error at the cell", () => {
    const g = leesInvoer({
      kwartaal: "2023Q2",
      hoofd: raster(["ministerie", "soort dienstverband", "uren per week"], [["AZ", "formeel", 1000]]),
      fte,
    });
    expect(berichten(g)).toEqual([
      "Blad Blad1, rij 2, kolom uren per week (C2): 1.000 uren per week: meer dan 168 uren per week voor één medewerker kan niet: een week heeft 168 uur (afgeleid uit de kalender). Controleer de eenheid in de kolomkop (uren per week, per kwartaal of per jaar, of banen) en de cel.",
    ]);
  });

  test("above 60 hours a week (780 a quarter): a warning naming the bound as eigen keuze", () => {
    const g = leesInvoer({
      kwartaal: "2023Q2",
      hoofd: raster(
        ["ministerie", "soort dienstverband", "uren per kwartaal"],
        [
          ["AZ", "formeel", 900],
          ["AZ", "formeel", 400],
        ],
      ),
      fte,
    });
    expect(g.verslagen[0]!.waarschuwingen).toEqual([
      {
        code: "UREN_BOVEN_VOLTIJD",
        tekst:
          "1 medewerker(s) met veel uren (rij 2): meer dan 780 uren per kwartaal voor één medewerker is ongebruikelijk (grens 60 uur per week, ruim boven een voltijdweek van 36 uur bij het Rijk; eigen keuze, geen regel uit de bronnen).",
        plaats: "blad Blad1, kolom uren per kwartaal",
        bevestigd: false,
      },
    ]);
    const b = leesInvoer({
      kwartaal: "2023Q2",
      hoofd: raster(
        ["ministerie", "soort dienstverband", "uren per kwartaal"],
        [
          ["AZ", "formeel", 900],
          ["AZ", "formeel", 400],
        ],
      ),
      fte,
      bevestigd: ["UREN_BOVEN_VOLTIJD"],
    });
    expect(b.ok).toBe(true);
  });

  test("a realisatie above 1.000 % stops the table until acknowledged", () => {
    const invoer: Tabel1Invoer = {
      kwartaal: "2023Q2",
      ministeries: [{ ministerie: "AZ", doel: 1, formeel: 12, binnenwerk: 0, inleen: 0 }],
    };
    expect(() => bouwTabel1(invoer)).toThrow(
      expect.objectContaining({ fouten: [expect.objectContaining({ code: "WAARSCHUWING_NIET_BEVESTIGD" })] }),
    );
    expect(bouwTabel1({ ...invoer, bevestigd: ["REALISATIE_BOVEN_1000"] }).waarschuwingen?.map((w) => w.code)).toEqual([
      "REALISATIE_BOVEN_1000",
    ]);
  });
});

describe("names: one list with aliases and one name key (class 8)", () => {
  test("full names and spellings are the Tabel 1 names", () => {
    expect(
      [
        "Ministerie van Financiën",
        "Financien",
        "FINANCIËN",
        "Buitenlandse Zaken",
        "Ministerie van Buitenlandse Zaken",
        "Infrastructuur en Waterstaat",
        "Justitie en Veiligheid",
        "Hoge Colleges van Staat",
        "I&W",
      ].map(tabel1Naam),
    ).toEqual(["Fin", "Fin", "Fin", "BZ", "BZ", "IenW", "JenV (excl. RS)", "HCvS", "IenW"]);
    expect(tabel1Naam("Defensie")).toBeNull();
  });

  test("Financiën in NFC and NFD is one ministry in Tabel 1 and in financing", () => {
    const nfc = "Financiën";
    const nfd = nfc.normalize("NFD");
    expect(ministerieSleutel(nfc)).toBe(ministerieSleutel(nfd));
    const g = leesInvoer({
      kwartaal: "2023Q2",
      hoofd: raster(M, [
        [nfc, 1, 0, 0, 0],
        [nfd, 1, 0, 0, 0],
      ]),
    });
    expect(codes(g)).toEqual(["DUBBEL_MINISTERIE"]);
    expect(() =>
      centraleFinanciering([
        { ministerie: nfc, doel: 10, gerealiseerd: 5 },
        { ministerie: nfd, doel: 10, gerealiseerd: 5 },
      ]),
    ).toThrow(expect.objectContaining({ fouten: [expect.objectContaining({ code: "DUBBEL_MINISTERIE" })] }));
  });

  test("one-row-per-ministry: a full name becomes the Tabel 1 name, stated in the report", () => {
    const g = leesInvoer({
      kwartaal: "2023Q2",
      hoofd: raster(M, [["Ministerie van Algemene Zaken", ...DRIE[0]!.slice(1)], ...DRIE.slice(1)]),
    });
    expect(getoond(ok(g))).toEqual(DRIE_TABEL);
    expect(g.verslagen[0]!.beslissingen.filter((b) => b.vraag === "ministerie").map((b) => [b.onderwerp, b.antwoord])).toEqual([
      ["Ministerie van Algemene Zaken", "AZ"],
    ]);
  });

  test("one-row-per-ministry: an unknown name is a warning with the nearest known name", () => {
    const g = leesInvoer({ kwartaal: "2023Q2", hoofd: raster(M, [...DRIE, ["Defensie", 100, 10, 0, 0], ["Financeen", 1, 0, 0, 0]]) });
    expect(berichten(g)).toEqual([
      'Blad Blad1, rij 5, kolom ministerie (A5): "Defensie" is geen ministerie van Tabel 1 (bekend: AZ, BZ, BZK, EZK, Fin, IenW, JenV (excl. RS), LNV, OCW, SZW, VWS, HCvS, Rechtspraak). Deze rij komt onder die naam in de tabel. Klopt het toch, bevestig dan met --accepteer ONBEKENDE_MINISTERIENAAM (in het taakvenster: vink ONBEKENDE_MINISTERIENAAM aan).',
      'Blad Blad1, rij 6, kolom ministerie (A6): "Financeen" is geen ministerie van Tabel 1; bedoelt u "Fin"? (bekend: AZ, BZ, BZK, EZK, Fin, IenW, JenV (excl. RS), LNV, OCW, SZW, VWS, HCvS, Rechtspraak). Deze rij komt onder die naam in de tabel. Klopt het toch, bevestig dan met --accepteer ONBEKENDE_MINISTERIENAAM (in het taakvenster: vink ONBEKENDE_MINISTERIENAAM aan).',
    ]);
    const b = leesInvoer({
      kwartaal: "2023Q2",
      hoofd: raster(M, [...DRIE, ["Defensie", 100, 10, 0, 0]]),
      bevestigd: ["ONBEKENDE_MINISTERIENAAM"],
    });
    expect(ok(b).ministeries.map((m) => m.ministerie)).toEqual(["AZ", "BZ", "Fin", "Defensie"]);
  });

  test("person rows: the rejection of an unknown name suggests the nearest name of the fte table", () => {
    const g = leesInvoer({
      kwartaal: "2023Q2",
      hoofd: raster(
        ["ministerie", "soort dienstverband", "uren per week"],
        [
          ["Ministerie van Financiën", "formeel", 20],
          ["Finance", "formeel", 20],
        ],
      ),
      fte: raster(["ministerie", "fte"], [["Fin", 35902]], "Fte"),
    });
    expect(berichten(g)).toEqual([
      'Blad Blad1, rij 3, kolom ministerie (A3): ministerie "Finance" staat niet in de fte-tabel; bedoelt u "Fin"? verwacht een van: Fin.',
    ]);
    expect(dichtstbijzijndeNaam("Binnenlandse Zakenn")).toBe("BZK");
  });

  test("the quarter comparison matches a full name with the Tabel 1 name", () => {
    const rij = (naam: string) => ({ naam, doel: 19, formeel: 5, binnenwerk: 4, inleen: 0, totaal: 9, realisatiePercentage: 47 });
    const tabel = (naam: string) => ({ titel: "t", rijen: [rij(naam)], totaal: rij("Totaal Rijk"), nietToegedeeld: [] });
    const v = vergelijkKwartalen(
      { kwartaal: "2023Q1", plaats: "a", tabel: tabel("Ministerie van Algemene Zaken") },
      { kwartaal: "2023Q2", plaats: "b", tabel: tabel("AZ") },
    );
    expect(v.rijen).toHaveLength(1);
  });

  test("maakInvoer (the pane) gives the same report and warnings as leesInvoer", () => {
    const g = maakInvoer({
      kwartaal: "2023Q2",
      vorm: "ministeries",
      hoofd: raster(M, [...DRIE, ["Totaal", ...SOM.slice(1)]]),
      toewijzing: { ministerie: 0, fte: 1, doel: null, formeel: 2, binnenwerk: 3, inleen: 4, toegedeeld: null, voetnoot: null },
    });
    expect(getoond(ok(g))).toEqual(DRIE_TABEL);
    expect(g.verslagen[0]!.beslissingen.find((b) => b.vraag === "vorm")!.besluitbron).toBe("keuze");
    expect(g.verslagen[0]!.weggelaten.map((w) => w.rijen)).toEqual([[5]]);
  });
});
