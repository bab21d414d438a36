/**
 * Golden tests: the bundled (synthetic) sample reproduces every cell of the
 * published Tabel 1 2023Q2 (seed 003) when rounded per cell like the publication.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { BanenFout, bouwTabel1, type MinisterieInvoer, type Tabel1Invoer } from "../../../src/core";
// The aggregated sample CSV read with nothing but split (the real reader is tested in invoer.test.ts).
import { voorbeeldInvoer, WORTEL } from "../../taskpane/hulp";
const gepubliceerd = JSON.parse(fs.readFileSync(path.join(WORTEL, "seeds", "tabel1-2023Q2.json"), "utf8"));

const KOLOMMEN = ["doel", "formeel", "binnenwerk", "inleen", "totaal", "realisatiePercentage"] as const;

describe("Tabel 1 2023Q2 from the sample, rounded per cell", () => {
  const tabel = bouwTabel1(voorbeeldInvoer(), "per-cel");

  const gevallen: Array<[string, number]> = gepubliceerd.rijen.map((r: { naam: string }, i: number) => [r.naam, i]);
  test.each(gevallen)("%s: every cell equals the published cell", (_naam, i) => {
    const ons = tabel.weergave.rijen[i]!;
    const pub = gepubliceerd.rijen[i];
    expect(ons.naam).toBe(pub.naam);
    for (const k of KOLOMMEN) expect([k, ons[k]]).toEqual([k, pub[k]]);
  });

  test("Totaal Rijk equals the published total row (5.591 / 3.000 / 755 / 421 / 4.175 / 75 %)", () => {
    for (const k of KOLOMMEN) expect([k, tabel.weergave.totaal[k]]).toEqual([k, gepubliceerd.totaal[k]]);
  });

  test("the 409 DJI doelbanen stay in the total but belong to no ministry", () => {
    expect(tabel.nietToegedeeld).toHaveLength(1);
    expect(tabel.weergave.nietToegedeeld).toEqual([409]);
    const somMinisteries = tabel.rijen.reduce((s, r) => s.plus(r.doel), tabel.rijen[0]!.doel.minus(tabel.rijen[0]!.doel));
    expect(tabel.totaal.doel.minus(somMinisteries).toFixed(6)).toBe("408.778729");
  });

  test("footnotes as published: rounding, quotumcalculator, Binnenwerk, BZ, IenW, JenV, DJI; and the source line", () => {
    expect(tabel.titel).toBe("Aantal voltijdswaarden van 25,5 uur voor medewerkers onder de Wet Banenafspraak 2023Q2");
    const teksten = tabel.voetnoten.map((v) => v.tekst);
    const pub = gepubliceerd.voetnoten.map((v: { tekst: string }) => v.tekst);
    // Footnote 2 is the published sentence (the sample's fte are of 2023Q1) plus the basis, which is derived.
    expect(teksten.filter((_, i) => i !== 1)).toEqual(pub.filter((_: string, i: number) => i !== 1));
    expect(teksten[1]).toBe(
      `${pub[1]} Basis: Rijk (36 uur per fte); afgeleid, geen bron noemt dit; past bij 10.491 fte (DJI executief) × 36 / 25,5 × 2,76 % ≈ 409 doelbanen (Kamerstuk 34 352, nr. 309 (brief van 20 december 2023), Tabel 1, voetnoot 7 [seed 003]).`,
    );
    expect(tabel.rijen.find((r) => r.naam === "BZ")!.voetnoten).toEqual([4]);
    expect(tabel.totaal.voetnoten).toEqual([7]);
    expect(tabel.bronregel).toBe(gepubliceerd.bronregel);
  });
});

describe("rounding that adds up (sluitend)", () => {
  const tabel = bouwTabel1(voorbeeldInvoer(), "sluitend");
  const w = tabel.weergave;

  test("columns add up to the total row, rows add up to their totaal", () => {
    for (const k of ["doel", "formeel", "binnenwerk", "inleen", "totaal"] as const) {
      const som = w.rijen.reduce((s, r) => s + r[k], 0) + (k === "doel" ? w.nietToegedeeld.reduce((a, b) => a + b, 0) : 0);
      expect([k, som]).toEqual([k, w.totaal[k]]);
    }
    for (const r of w.rijen) expect(r.formeel + r.binnenwerk + r.inleen).toBe(r.totaal);
  });

  test("each cell is within 1 of its exact value; the footnote says which rounding was used", () => {
    tabel.rijen.forEach((r, i) => {
      for (const k of ["doel", "formeel", "binnenwerk", "inleen"] as const)
        expect(Math.abs(w.rijen[i]![k] - r[k].toNumber())).toBeLessThan(1);
    });
    expect(tabel.voetnoten[0]!.tekst).toContain("grootsterestmethode");
    expect(tabel.afronding).toBe("sluitend");
  });
});

describe("input problems are all reported at once, with their row", () => {
  const basis = (m: Partial<MinisterieInvoer> & { ministerie: string }): MinisterieInvoer => ({
    fte: 100,
    formeel: 1,
    binnenwerk: 0,
    inleen: 0,
    ...m,
  });

  function fouten(invoer: Tabel1Invoer): BanenFout[] {
    try {
      bouwTabel1(invoer);
    } catch (e) {
      expect(e).toBeInstanceOf(BanenFout);
      expect((e as BanenFout).code).toBe("ONGELDIGE_INVOER");
      return [...(e as BanenFout).fouten];
    }
    throw new Error("expected ONGELDIGE_INVOER");
  }

  test("duplicate ministry, empty name, negative fte, text, missing fte and doel", () => {
    const f = fouten({
      kwartaal: "2023Q2",
      ministeries: [
        basis({ ministerie: "AZ", rij: 2 }),
        basis({ ministerie: " az ", rij: 3 }),
        basis({ ministerie: "", rij: 4 }),
        basis({ ministerie: "BZ", fte: -5, rij: 5 }),
        basis({ ministerie: "BZK", formeel: "veel", rij: 6 }),
        { ministerie: "EZK", formeel: 1, binnenwerk: 1, inleen: 1, rij: 7 },
      ],
    });
    expect(f.map((x) => [x.code, x.plaats.rij])).toEqual([
      ["DUBBEL_MINISTERIE", 3],
      ["LEEG_MINISTERIE", 4],
      ["NEGATIEF", 5],
      ["GEEN_GETAL", 6],
      ["GEEN_DOEL_OF_FTE", 7],
    ]);
    expect(f[0]!.message).toBe('Rij 3, kolom ministerie: ministerie "az" komt dubbel voor (ook in rij 2).');
    expect(f[3]!.message).toBe('Rij 6, kolom formeel: "veel" is geen getal; verwacht een getal zoals 1.399 of 2,76.');
  });

  test("unknown year without a percentage, and a bad quarter", () => {
    expect(fouten({ kwartaal: "2019Q4", ministeries: [basis({ ministerie: "AZ" })] })[0]!.code).toBe("ONBEKEND_JAAR");
    expect(fouten({ kwartaal: "2023Q5", ministeries: [basis({ ministerie: "AZ" })] })[0]!.code).toBe("ONGELDIG_KWARTAAL");
    expect(fouten({ kwartaal: "", ministeries: [basis({ ministerie: "AZ" })] })[0]!.code).toBe("KWARTAAL_LEEG");
    // Dutch: K for kwartaal.
    expect(bouwTabel1({ kwartaal: "2023K2", ministeries: [basis({ ministerie: "AZ" })] }).kwartaal).toBe("2023Q2");
    const t = bouwTabel1({ kwartaal: "2019Q4", quotumpercentage: "2,5%", ministeries: [basis({ ministerie: "AZ" })] });
    expect(t.voetnoten[1]!.tekst).toContain("2,5 procent (opgegeven door de gebruiker)");
  });

  test("a given doel instead of fte, hours per quarter, and a doel of 0", () => {
    const t = bouwTabel1({
      kwartaal: "2023Q2",
      ministeries: [
        { ministerie: "X", doel: "10", formeel: { uren: "331,5", periode: "kwartaal" }, binnenwerk: "", inleen: 0 },
        { ministerie: "Y", doel: 0, formeel: 1, binnenwerk: 0, inleen: 0 },
      ],
    });
    expect(t.rijen[0]!.formeel.toString()).toBe("1");
    expect(t.weergave.rijen[0]!.realisatiePercentage).toBe(10);
    expect(t.weergave.rijen[1]!.realisatiePercentage).toBeNull();
    expect(t.voetnoten[1]!.tekst).toBe("Het doel is per ministerie opgegeven, niet berekend uit fte.");
  });
});
