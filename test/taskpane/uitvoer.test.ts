/**
 * The pure parts of writing: unique sheet and table names, chunk sizes, the
 * sheet layout of Tabel 1 (core/tabel1/opmaak) and the write plan.
 */
import fc from "fast-check";
import { geldigeTabelnaam, MAX_BLADNAAM, uniekeBladnaam, uniekeTabelnaam } from "../../src/taskpane/bladnaam";
import { brokken, MAX_RIJEN_PER_BROK, MIN_RIJEN_PER_BROK, rijenPerBrok } from "../../src/taskpane/brokken";
import { bereik, celAdres, kolomLetters, leesAdres } from "../../src/taskpane/adres";
import { maakUitvoerPlan } from "../../src/taskpane/uitvoer-plan";
import { isDonker, lichtheid } from "../../src/taskpane/thema";
import {
  metVoetnoten,
  TABEL1_AFDRUK,
  TABEL1_KOLOMBREEDTE,
  TABEL1_KOLOMMEN,
  TABEL1_TABELSTIJL,
  TABEL1_TITELGROOTTE,
  TABEL1_VET,
  tabel1Bladnaam,
  tabel1Indeling,
  tabel1Plan,
  tabel1Raster,
  tabel1Tabelnaam,
  tekensNaarPunten,
  voetnootTekens,
  zonderVoetnoten,
} from "../../src/core/tabel1/opmaak";
import { tekstBreedte } from "../../src/core/blad/blad-plan";
import { brekRegels } from "../../src/core/blad/tekstregels";
import { voorbeeldTabel } from "./hulp";
import * as fs from "node:fs";
import * as path from "node:path";
import { GRAFIEK_SOORTEN, STANDAARD_GRAFIEK } from "../../src/core/tabel1/grafiek";

describe("sheet names", () => {
  test("Tabel 1 2023Q2, then (2), (3); compared without case", () => {
    expect(uniekeBladnaam("Tabel 1 2023Q2", ["Personen"])).toBe("Tabel 1 2023Q2");
    expect(uniekeBladnaam("Tabel 1 2023Q2", ["tabel 1 2023q2"])).toBe("Tabel 1 2023Q2 (2)");
    expect(uniekeBladnaam("Tabel 1 2023Q2", ["Tabel 1 2023Q2", "Tabel 1 2023Q2 (2)"])).toBe("Tabel 1 2023Q2 (3)");
  });

  test("long names are shortened to 31 characters, also with the suffix", () => {
    const lang = "Tabel 1 met een heel erg lange naam 2023Q2";
    expect(uniekeBladnaam(lang, [])).toBe("Tabel 1 met een heel erg lange");
    const tweede = uniekeBladnaam(lang, [uniekeBladnaam(lang, [])]);
    expect(tweede).toBe("Tabel 1 met een heel erg la (2)");
    expect(tweede).toHaveLength(31);
    expect(tweede.endsWith(" (2)")).toBe(true);
  });

  test("forbidden characters, apostrophes at the ends and 'History' never reach Excel", () => {
    expect(uniekeBladnaam("Tabel [1]: 2023/Q2*?\\", [])).toBe("Tabel -1-- 2023-Q2---");
    expect(uniekeBladnaam("'Tabel'", [])).toBe("Tabel");
    expect(uniekeBladnaam("History", [])).toBe("Tabel 1");
  });

  test("property: always valid, never an existing name", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(fc.string({ maxLength: 35 }), { maxLength: 8 }), (basis, bestaand) => {
        const naam = uniekeBladnaam(basis, bestaand);
        expect(naam.length).toBeGreaterThan(0);
        expect(naam.length).toBeLessThanOrEqual(MAX_BLADNAAM);
        expect(naam).not.toMatch(/[:\\/?*[\]]/);
        expect(naam).not.toMatch(/^'|'$/);
        expect(bestaand.map((b) => b.toLocaleLowerCase("nl"))).not.toContain(naam.toLocaleLowerCase("nl"));
      }),
      { seed: 20230602, numRuns: 300 },
    );
  });
});

describe("table names", () => {
  test("no spaces, no cell references, unique", () => {
    expect(geldigeTabelnaam("Tabel1 2023Q2")).toBe("Tabel12023Q2");
    expect(geldigeTabelnaam("Tabel1_2023Q2")).toBe("Tabel1_2023Q2");
    expect(geldigeTabelnaam("A1")).toBe("_A1");
    expect(geldigeTabelnaam("R1C1")).toBe("_R1C1");
    expect(geldigeTabelnaam("2023")).toBe("_2023");
    expect(uniekeTabelnaam("Tabel1_2023Q2", ["tabel1_2023q2"])).toBe("Tabel1_2023Q2_2");
  });
});

describe("chunks", () => {
  test("rows per request follow the column count and stay within 100..10.000", () => {
    expect(rijenPerBrok(4)).toBe(10_000);
    expect(rijenPerBrok(8)).toBe(5120);
    expect(rijenPerBrok(40)).toBe(1024);
    expect(rijenPerBrok(5000)).toBe(MIN_RIJEN_PER_BROK);
    expect(rijenPerBrok(0)).toBe(MAX_RIJEN_PER_BROK);
  });

  test("property: chunks cover every row once, in order", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: MIN_RIJEN_PER_BROK, max: 12_000 }), (totaal, grootte) => {
        const b = brokken(totaal, grootte);
        let volgende = 0;
        for (const [start, n] of b) {
          expect(start).toBe(volgende);
          expect(n).toBeGreaterThan(0);
          expect(n).toBeLessThanOrEqual(grootte);
          volgende += n;
        }
        expect(volgende).toBe(totaal);
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});

describe("addresses", () => {
  test("columns and ranges", () => {
    expect([0, 25, 26, 701, 702, 16383].map(kolomLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA", "XFD"]);
    expect(celAdres(6, 2)).toBe("C7");
    expect(bereik(2, 0, 15, 7)).toBe("A3:G17");
    expect(bereik(0, 0, 1, 1)).toBe("A1");
    expect(leesAdres("'Tabel 1 2023Q2'!B3:D9")).toEqual({ blad: "Tabel 1 2023Q2", rij: 2, kolom: 1, rijen: 7, kolommen: 3 });
  });
});

describe("Tabel 1 on a sheet (core/tabel1/opmaak)", () => {
  const tabel = voorbeeldTabel();

  test("footnote markers as superscript, and back", () => {
    expect(voetnootTekens([4])).toBe("⁴");
    expect(voetnootTekens([12])).toBe("¹²");
    expect(metVoetnoten("BZ", [4])).toBe("BZ⁴");
    expect(metVoetnoten("AZ", [])).toBe("AZ");
    expect(zonderVoetnoten("JenV (excl. RS)⁶")).toBe("JenV (excl. RS)");
  });

  test("the grid: published headers with markers, rounded cells, realisatie as a fraction, source line, notes", () => {
    const r = tabel1Raster(tabel);
    expect(r.titel).toBe("Tabel 1 Aantal voltijdswaarden van 25,5 uur voor medewerkers onder de Wet Banenafspraak 2023Q2¹");
    expect(r.koppen).toEqual([
      "Ministerie",
      "Doel (voorlopig)²",
      "Formele dienstverbanden, excl. Binnenwerk",
      "Formele dienstverbanden: Binnenwerk³",
      "Inleenverbanden",
      "Totaal banen gerealiseerd",
      "Realisatie %",
    ]);
    expect(r.rijen[0]).toEqual(["AZ", 19, 5, 4, 0, 9, 0.47]);
    expect(r.totaal).toEqual(["Totaal Rijk⁷", 5591, 3000, 755, 421, 4175, 0.75]);
    expect(r.bronregel).toBe("Bron: UWV, Binnenwerk, contractpartijen raamovereenkomst, ministeries.");
    expect(r.voetnoten).toHaveLength(7);
    expect(r.voetnoten[6]).toMatch(/^⁷ .*Hierdoor missen er nog 409 doelbanen \(o\.b\.v\. 10\.491 fte\)/);
    expect(r.formaten).toEqual(["General", "#,##0", "#,##0", "#,##0", "#,##0", "#,##0", "0%"]);
    const { voetnootRegels, ...rijen } = tabel1Indeling(r);
    // Seven footnotes over 16 lines; the header row wraps to 3 lines of 15 pt ("Formele / dienstverbanden, / excl. Binnenwerk").
    expect(rijen).toEqual({
      titelRij: 0,
      kopRij: 2,
      eersteDataRij: 3,
      totaalRij: 16,
      bronRij: 18,
      eersteVoetnootRij: 20,
      kopHoogte: 45,
      laatsteRij: 37,
      kolommen: 7,
    });
    expect(voetnootRegels).toHaveLength(18);
    expect(tekensNaarPunten(8.43)).toBe(48);
  });

  test("footnotes as lines no wider than the table (the sum of the column widths); joined they are the footnotes again", () => {
    const r = tabel1Raster(tabel);
    const breedte = tekstBreedte(r.breedtes);
    expect(breedte).toBe(105);
    const { voetnootRegels } = tabel1Indeling(r);
    expect(voetnootRegels.filter((l) => [...l].length > breedte)).toEqual([]);
    // Broken at a space where the next word would not have fitted.
    expect(voetnootRegels[0]).toBe(
      "¹ I.v.m. afronding kan het voorkomen dat sommige totaalwaarden of sommige percentages niet overeenkomen",
    );
    expect(voetnootRegels[1]).toBe("met berekening met de afgeronde waarden in de tabel.");
    // A new footnote starts every line with a marker; the lines in between belong to the one above.
    const samen: string[] = [];
    for (const l of voetnootRegels) {
      if (/^[¹²³⁴⁵⁶⁷⁸⁹]/u.test(l)) samen.push(l);
      else samen[samen.length - 1] += ` ${l}`;
    }
    expect(samen).toEqual(r.voetnoten);
  });

  test("breaking text into lines: at spaces, at most the width, a longer word whole on its own line (property)", () => {
    expect(brekRegels("", 10)).toEqual([""]);
    expect(brekRegels("een heel-lange-woord kort", 8)).toEqual(["een", "heel-lange-woord", "kort"]);
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zA-Z0-9.,()⁷€-]{1,30}$/), { maxLength: 40 }),
        fc.integer({ min: 1, max: 120 }),
        (woorden, breedte) => {
          const regels = brekRegels(woorden.join("  "), breedte);
          expect(regels.join(" ")).toBe(woorden.join(" "));
          for (const r of regels) expect([...r].length <= breedte || !r.includes(" ")).toBe(true);
          // Greedy: the first word of the next line would not have fitted on this one.
          regels.slice(1).forEach((r, i) => expect([...regels[i]!].length + 1 + [...r.split(" ")[0]!].length).toBeGreaterThan(breedte));
        },
      ),
      { seed: 105, numRuns: 300 },
    );
  });

  test("sluitend rounding: the written cells add up to the written totals", () => {
    const r = tabel1Raster(voorbeeldTabel("sluitend"));
    for (const k of [2, 3, 4, 5]) {
      expect(r.rijen.reduce((s, rij) => s + (rij[k] as number), 0)).toBe(r.totaal[k]);
    }
  });
});

describe("write plan", () => {
  test("title, table with total row, source line, notes, chart beside the table", () => {
    const plan = maakUitvoerPlan(voorbeeldTabel(), { grafiek: "realisatie" });
    expect(plan.bladnaam).toBe("Tabel 1 2023Q2");
    expect(plan.tabelnaam).toBe("Tabel1_2023Q2");
    expect(plan.tabel.adres).toBe("A3:G16");
    expect(plan.tabel.totaalrij[0]).toBe("Totaal Rijk⁷");
    expect(plan.blokken.map((b) => b.adres)).toEqual(["A1", "A3:G16", "A19", "A21:A38", "A40", "A41:B54"]);
    for (const b of plan.blokken) {
      const a = leesAdres(b.adres);
      expect([b.waarden.length, b.formaten.length]).toEqual([a.rijen, a.rijen]);
      for (let i = 0; i < a.rijen; i++) expect([b.waarden[i]!.length, b.formaten[i]!.length]).toEqual([a.kolommen, a.kolommen]);
    }
    expect(plan.grafiek).toEqual({
      titel: "Realisatie per ministerie 2023Q2 (100 % = doel)",
      van: "I3",
      tot: "P22",
      reeksen: [
        { naam: "Realisatie %", waarden: "G4:G16", x: "A42:A54", soort: "ColumnClustered" },
        { naam: "Norm 100 %", waarden: "B42:B54", x: "A42:A54", soort: "Line" },
      ],
      waardeAs: { numberFormat: "0%", minimum: 0, titel: "Realisatie (% van het doel)" },
      categorieAs: { titel: "Ministerie" },
    });
    expect(plan.kolombreedtes).toHaveLength(7);
  });

  test("the sheet is the core's plan (the one the CLI's xlsx writer carries out), plus the chart and its data", () => {
    const tabel = voorbeeldTabel();
    const plan = maakUitvoerPlan(tabel, { grafiek: "realisatie" });
    const kern = tabel1Plan(tabel, [], "realisatie");
    const { grafiek, samenvatting, ...rest } = plan;
    const { grafiek: kernGrafiek, ...kernRest } = kern;
    expect(rest).toEqual(kernRest);
    expect([grafiek, samenvatting]).toEqual([kernGrafiek, { rijen: 13, voetnoten: 7, kwartaal: "2023Q2" }]);
    // Without a chart: the same sheet up to the chart data, and the table alone printed.
    const zonder = tabel1Plan(tabel);
    expect([zonder.grafiek, zonder.blokken]).toEqual([undefined, plan.blokken.slice(0, zonder.blokken.length)]);
    expect(zonder.afdruk.bereik).toBe("A1:G38");
    // Names, style, bold parts, wrapping, title size, widths and print setup come from core/tabel1/opmaak.
    expect([plan.bladnaam, plan.tabelnaam, plan.tabel.stijl]).toEqual([
      tabel1Bladnaam("2023Q2"),
      tabel1Tabelnaam("2023Q2"),
      TABEL1_TABELSTIJL,
    ]);
    expect(plan.vet).toEqual(["A1", "A3:G3", "A17:G17"]); // TABEL1_VET: title, headers, the total row
    expect(TABEL1_VET).toEqual(["titel", "koppen", "totaal"]);
    expect(plan.omloop).toEqual(["A3:G3"]);
    // At most TABEL1_TITELGROOTTE (13 pt), smaller where the title would be wider than the table (titelGrootteBinnen).
    expect([TABEL1_TITELGROOTTE, plan.titelGrootte]).toEqual([13, 12]);
    expect(plan.kolombreedtes.map((k) => k.tekens)).toEqual(TABEL1_KOLOMMEN.map((k) => TABEL1_KOLOMBREEDTE[k]));
    expect(plan.rijhoogtes).toEqual([{ rij: 2, punten: 45 }]);
    // Printed: the table's columns from the title to the last footnote line (not the chart data under it),
    // and the chart's cells, which print on a page of their own.
    expect(plan.afdruk).toEqual({ ...TABEL1_AFDRUK, bereik: "A1:G38,I3:P22" });
    expect(TABEL1_AFDRUK).toEqual({ liggend: false, paginasBreed: 1, papier: "A4" });
  });

  test("the pane's chart choices are the core's, and its checked one is the default the CLI takes too", () => {
    const html = fs.readFileSync(path.join(__dirname, "..", "..", "src", "taskpane", "taskpane.html"), "utf8");
    const groep = html.slice(
      html.indexOf('<fluent-radio-group id="grafiek"'),
      html.indexOf("</fluent-radio-group>", html.indexOf('id="grafiek"')),
    );
    expect([...groep.matchAll(/<fluent-radio slot="input" value="([^"]+)"/g)].map((m) => m[1])).toEqual([...GRAFIEK_SOORTEN]);
    expect(/<fluent-radio slot="input" value="([^"]+)" checked>/.exec(groep)?.[1]).toBe(STANDAARD_GRAFIEK);
    expect(/id="grafiek"[^>]* value="([^"]+)"/.exec(groep)?.[1]).toBe(STANDAARD_GRAFIEK);
  });

  test("doel against gerealiseerd, or no chart at all (then no chart data either)", () => {
    const dg = maakUitvoerPlan(voorbeeldTabel(), { grafiek: "doel-gerealiseerd" });
    expect(dg.grafiek!.reeksen.map((r) => [r.naam, r.waarden])).toEqual([
      ["Doel", "B4:B16"],
      ["Gerealiseerd", "F4:F16"],
    ]);
    const geen = maakUitvoerPlan(voorbeeldTabel(), { grafiek: "geen" });
    expect(geen.grafiek).toBeNull();
    expect(geen.blokken).toHaveLength(4);
  });
});

describe("theme", () => {
  test("Office's isDarkTheme wins; else the body background; else the browser", () => {
    expect(isDonker({ isDarkTheme: true, bodyBackgroundColor: "#ffffff" })).toBe(true);
    expect(isDonker({ bodyBackgroundColor: "#262626" })).toBe(true);
    expect(isDonker({ bodyBackgroundColor: "#FFF" })).toBe(false);
    expect(isDonker(undefined, true)).toBe(true);
    expect(isDonker({ bodyBackgroundColor: "rood" }, false)).toBe(false);
    expect(lichtheid("#000000")).toBe(0);
  });
});
