/** Number marks decided per column or file from all of its cells (issue 12, class 3). */
import { BanenFout, Decimal, leesGetal, leesInvoer, type Raster } from "../../../src/core";
import { besluitNotatie, kolomNotatie, leesGetalIn, lezingVan, metGetalnotatie } from "../../../src/core/invoer/getalnotatie";

const cellen = (...teksten: string[]) => teksten.map((tekst, i) => ({ tekst, rij: i + 2 }));
const onbeslist = (f: () => unknown): BanenFout => {
  try {
    f();
  } catch (e) {
    if (e instanceof BanenFout && e.code === "ONBESLIST") return e;
    throw e;
  }
  throw new Error("geen ONBESLIST");
};

describe("one cell: which notations read it", () => {
  test.each([
    ["1.267,5", ","],
    ["1.234.567", ","],
    ["0,5", ","],
    ["21.5", "."],
    ["0.500", "."], // a thousands group never starts with 0
    ["1,234.5", "."],
    ["1,234,567", "."],
    ["35.902", "beide"],
    ["12.125", "beide"],
    ["24,122", "beide"],
    ["485", "gelijk"],
    ["-3", "gelijk"],
    ["abc", "geen"],
    ["1.2.3", "geen"],
    ["1,2.3,4", "geen"],
    ["", "geen"],
  ])("%s → %s", (tekst, lezing) => {
    expect(lezingVan(tekst)).toBe(lezing);
  });

  test("read in one notation, with sign and percent; a text the notation cannot read is named", () => {
    expect(leesGetalIn("35.902", ",").toFixed()).toBe("35902");
    expect(leesGetalIn("35.902", ".").toFixed()).toBe("35.902");
    expect(leesGetalIn("-1.267,5", ",").toFixed()).toBe("-1267.5");
    expect(leesGetalIn("2,5%", ",").toFixed()).toBe("0.025");
    expect(leesGetalIn("1\u00a0234,5", ",").toFixed()).toBe("1234.5");
    expect(() => leesGetalIn("21.5", ",")).toThrow(/"21\.5" is geen getal in de notatie van deze kolom: Nederlands/);
  });
});

describe("a column decides from all of its cells", () => {
  test("one cell only Dutch decides the column, also for cells that fit both", () => {
    expect(kolomNotatie(cellen("35.902", "1.267,5"))).toEqual({
      soort: "beslist",
      teken: ",",
      bewijs: { tekst: "1.267,5", rij: 3 },
      open: { tekst: "35.902", rij: 2 },
    });
  });
  test("hours with 21.5 are English, so 12.125 is twelve hours", () => {
    expect(kolomNotatie(cellen("21.5", "12.125"))).toMatchObject({ soort: "beslist", teken: "." });
  });
  test("only cells that fit both: open; whole numbers: nothing to decide; Dutch and English: contradictory", () => {
    expect(kolomNotatie(cellen("12.125", "35.902"))).toEqual({ soort: "open", voorbeeld: { tekst: "12.125", rij: 2 } });
    expect(kolomNotatie(cellen("12", "7", ""))).toEqual({ soort: "neutraal" });
    expect(kolomNotatie(cellen("1,5", "2.5"))).toMatchObject({ soort: "tegenstrijdig" });
  });
});

describe("a file decides when its columns agree", () => {
  test("fte 35.902 beside hours 1.267,5 in the same file: all Dutch, stated with the evidence", () => {
    const besluit = besluitNotatie("x.csv", [
      { index: 1, kop: "fte", cellen: cellen("35.902") },
      { index: 2, kop: "formeel uren", cellen: cellen("116", "1.267,5") },
    ]);
    expect([...besluit.perKolom]).toEqual([
      [1, ","],
      [2, ","],
    ]);
    expect(besluit.beslissingen).toEqual([
      expect.objectContaining({ vraag: "decimaalteken", besluitbron: "automatisch", onderwerp: "x.csv" }),
    ]);
    expect(besluit.beslissingen[0]!.grond).toMatch(/"1\.267,5" in rij 3 \(kolom formeel uren\) is alleen Nederlands te lezen/);
    expect(besluit.beslissingen[0]!.grond).toMatch(/"35\.902" in rij 2 \(kolom fte\)/);
  });

  test("only values that fit both: ONBESLIST with both readings and --decimaalteken", () => {
    const e = onbeslist(() => besluitNotatie("uren.csv", [{ index: 0, kop: "uren", cellen: cellen("12.125", "8") }]));
    expect(e.message).toMatch(/"12\.125" in rij 2 \(kolom uren\) kan 12125 \(Nederlands\) of 12,125 \(Engels\) zijn/);
    expect(e.message).toMatch(/--decimaalteken/);
  });

  test("columns that disagree: each its own notation, stated per column; an open column then stops", () => {
    const besluit = besluitNotatie("x.csv", [
      { index: 0, kop: "a", cellen: cellen("1,5") },
      { index: 1, kop: "b", cellen: cellen("2.5") },
    ]);
    expect([...besluit.perKolom]).toEqual([
      [0, ","],
      [1, "."],
    ]);
    expect(besluit.beslissingen.map((b) => b.onderwerp)).toEqual(["x.csv, kolom a", "x.csv, kolom b"]);
    onbeslist(() =>
      besluitNotatie("x.csv", [
        { index: 0, kop: "a", cellen: cellen("1,5") },
        { index: 1, kop: "b", cellen: cellen("2.5") },
        { index: 2, kop: "c", cellen: cellen("2.500") },
      ]),
    );
  });

  test("the user's answer applies to every column", () => {
    const besluit = besluitNotatie("x.csv", [{ index: 0, kop: "uren", cellen: cellen("12.125") }], ".");
    expect(besluit.perKolom.get(0)).toBe(".");
    expect(besluit.beslissingen[0]!.besluitbron).toBe("optie");
  });
});

describe("in the grid and the shared reader", () => {
  const raster = (koppen: string[], ...rijen: unknown[][]): Raster => ({ blad: "t.csv", rijIndex: 0, kolomIndex: 0, koppen, rijen });
  const koppen = ["ministerie", "fte", "formeel uren", "binnenwerk uren", "inleen uren"];

  test("text cells become Decimals; Excel numbers and other columns stay", () => {
    const uit = metGetalnotatie(raster(["a", "b"], ["12.125", 7], ["21.5", "x"]), [0]);
    expect(uit.raster.rijen).toEqual([
      [new Decimal("12.125"), 7],
      [new Decimal("21.5"), "x"],
    ]);
  });

  test("with the notation given, a cell it cannot read is a problem with its place", () => {
    const uit = metGetalnotatie(raster(["uren"], ["21.5"]), [0], ",");
    expect(uit.fouten.map((f) => f.message)).toEqual([
      'Blad t.csv, rij 2, kolom uren (A2): "21.5" is geen getal in de notatie van deze kolom: ' +
        "Nederlands (1.234,5: komma als decimaalteken, punt tussen duizendtallen).",
    ]);
  });

  test("tab export: fte 35.902 is 35902 when the hours say Dutch; the decision is in the report", () => {
    const gelezen = leesInvoer({
      kwartaal: "2023Q2",
      hoofd: raster(koppen, ["AZ", "35.902", "1.267,5", "0", "0"], ["BZ", "485", "116", "0", "0"]),
    });
    if (!gelezen.ok) throw new Error(gelezen.fouten.join("\n"));
    expect(gelezen.invoer.ministeries[0]!.fte!.toString()).toBe("35902");
    expect(gelezen.verslagen?.[0]?.beslissingen.map((b) => b.vraag)).toContain("decimaalteken");
  });

  test("only ambiguous values: refused, and read once the user says which", () => {
    const hoofd = raster(koppen, ["AZ", "485", "12.125", "0", "0"]);
    const gelezen = leesInvoer({ kwartaal: "2023Q2", hoofd });
    expect(gelezen.ok ? [] : gelezen.fouten.map((f) => f.code)).toEqual(["ONBESLIST"]);
    const engels = leesInvoer({ kwartaal: "2023Q2", hoofd, decimaalteken: "." });
    expect(engels.ok && engels.invoer.ministeries[0]!.formeel).toMatchObject({ uren: new Decimal("12.125") });
  });
});

test("single values: 0.500 is never 500", () => {
  expect(leesGetal("0.500").toFixed()).toBe("0.5");
  expect(leesGetal("1.399").toFixed()).toBe("1399");
  expect(() => leesGetal("0.500,5")).toThrow(BanenFout);
});
