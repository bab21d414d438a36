/**
 * Herkomst (issue 17, src/core/herkomst): every cell of Tabel 1 traced to its
 * rows. Sample files (person list and one row per ministry), and a property
 * test: for random person lists the rows of every cell add up exactly to the
 * cell's unrounded value, and every counted row is in exactly one cell per
 * column group.
 */
import fc from "fast-check";
import { bouwTabel1, celHerkomst, Decimal, type Gelezen, type HerkomstBron, KOLOMMEN, leesInvoer, type Raster } from "../../../src/core";
import { csvRaster } from "../voorbeeld-raster";

function bron(g: Gelezen): HerkomstBron {
  if (!g.ok) throw new Error(g.fouten.map((f) => f.message).join("\n"));
  return { tabel: bouwTabel1(g.invoer), invoer: g.invoer, herkomst: g.herkomst! };
}

/** Every cell's exact value equals the model's unrounded value, and its printed value the model's printed one. */
function controleerAlleCellen(b: HerkomstBron): void {
  const t = b.tabel;
  const rijen = [...t.rijen.map((r, i) => ({ r, w: t.weergave.rijen[i]! })), { r: t.totaal, w: t.weergave.totaal }];
  for (const { r, w } of rijen) {
    for (const k of KOLOMMEN) {
      const h = celHerkomst(b, r.naam, k);
      const model = k === "realisatie" ? r.realisatieFractie : r[k];
      expect(h.exact === null ? null : h.exact.toString()).toBe(model === null ? null : model.toString());
      expect(h.gedrukt).toBe(k === "realisatie" ? w.realisatiePercentage : w[k]);
    }
  }
}

describe("herkomst op de voorbeeldbestanden", () => {
  test("personenlijst: Fin formeel uit de rijen, met id, uren per week en de regel 25,5", () => {
    const b = bron(
      leesInvoer({ kwartaal: "2023Q2", hoofd: csvRaster("personen-2023Q2.csv"), fte: csvRaster("fte-2023Q1.csv"), herkomst: true }),
    );
    const h = celHerkomst(b, "Fin", "formeel");
    expect(h.aantalRijen).toBeGreaterThan(0);
    const rijen = h.rijen();
    expect(rijen).toHaveLength(h.aantalRijen);
    expect(rijen[0]!.bron).toBe("personen-2023Q2.csv");
    expect(rijen[0]!.id).toMatch(/^SYN-/);
    expect(rijen[0]!.eenheid).toBe("uren per week");
    const som = rijen.reduce((a, r) => a.plus(r.waarde), new Decimal(0));
    expect(som.dividedBy("25.5").toString()).toBe(h.exact!.toString());
    expect(h.omrekeningen[0]!.regel).toContain("25,5");
    expect(h.rijen(0, 3)).toEqual(rijen.slice(0, 3));
    controleerAlleCellen(b);
  });

  test("personenlijst: het doel wijst naar de fte-tabel (blad en rij), Totaal Rijk ook naar de DJI-regel", () => {
    const b = bron(
      leesInvoer({ kwartaal: "2023Q2", hoofd: csvRaster("personen-2023Q2.csv"), fte: csvRaster("fte-2023Q1.csv"), herkomst: true }),
    );
    // fte-2023Q1.csv: header on line 1, AZ 2, BZ 3, BZK 4, EZK 5, Fin 6; DJI's line is 15.
    expect(celHerkomst(b, "Fin", "doel").rijen()).toEqual([
      { bron: "fte-2023Q1.csv", rij: 6, soort: "fte", waarde: new Decimal(35902), eenheid: "fte" },
    ]);
    const totaal = celHerkomst(b, "Totaal Rijk", "doel");
    const rijen = totaal.rijen();
    expect(rijen.map((r) => r.rij)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(rijen.every((r) => r.bron === "fte-2023Q1.csv" && r.soort === "fte")).toBe(true);
    expect(rijen[13]).toMatchObject({ rij: 15, waarde: new Decimal(10491) });
    expect(totaal.stappen.some((s) => s.startsWith("Executieve functies DJI: 10.491 fte (fte-2023Q1.csv rij 15)"))).toBe(true);
  });

  test("één rij per ministerie: elke cel wijst naar zijn ene rij; het doel naar de fte; DJI naar zijn regel", () => {
    const b = bron(leesInvoer({ kwartaal: "2023Q2", hoofd: csvRaster("ministeries-2023Q2.csv"), herkomst: true }));
    const h = celHerkomst(b, "BZ", "binnenwerk");
    expect(h.rijen()).toEqual([
      { bron: "ministeries-2023Q2.csv", rij: 3, soort: "binnenwerk", waarde: new Decimal(993), eenheid: "uren per week" },
    ]);
    const doel = celHerkomst(b, "BZ", "doel");
    expect(doel.rijen()[0]).toMatchObject({ rij: 3, soort: "fte", eenheid: "fte" });
    expect(doel.stappen.join("\n")).toContain("2,76 %");
    const totaalDoel = celHerkomst(b, "Totaal Rijk", "doel");
    expect(totaalDoel.stappen.join("\n")).toMatch(/DJI/);
    expect(totaalDoel.aantalRijen).toBe(b.tabel.rijen.length + b.tabel.nietToegedeeld.length);
    // The DJI line is the last row of the file (line 15), and the one row behind its doel.
    expect(totaalDoel.rijen().at(-1)).toMatchObject({ bron: "ministeries-2023Q2.csv", rij: 15, soort: "fte" });
    // Every column of a ministry row points at that one row: BZ is line 3.
    for (const k of ["formeel", "binnenwerk", "inleen"] as const)
      expect(
        celHerkomst(b, "BZ", k)
          .rijen()
          .map((r) => r.rij),
      ).toEqual([3]);
    expect(
      celHerkomst(b, "BZ", "totaal")
        .rijen()
        .map((r) => r.rij),
    ).toEqual([3, 3, 3]);
    controleerAlleCellen(b);
  });

  test("een ministerie dat niet in de tabel staat: ONBEKEND_MINISTERIE", () => {
    const b = bron(leesInvoer({ kwartaal: "2023Q2", hoofd: csvRaster("ministeries-2023Q2.csv"), herkomst: true }));
    expect(() => celHerkomst(b, "Marine", "formeel")).toThrow(expect.objectContaining({ code: "ONBEKEND_MINISTERIE" }));
  });
});

const MINISTERIES = ["AZ", "BZ", "Fin", "VWS"];
const SOORTEN = ["formeel", "Binnenwerk", "inleen"];
const PERIODES = ["week", "kwartaal", "jaar"];
/** Hours per week, quarter and year as hours per year (WEKEN_PER_PERIODE: 52, 13 and 1 × 52 weeks). */
const PER_JAAR: Record<string, number> = { "uren per week": 52, "uren per kwartaal": 4, "uren per jaar": 1 };

describe("eigenschap: de rijen van elke cel tellen exact op tot de cel", () => {
  test("willekeurige personenlijsten, met gemengde periodes", () => {
    const persoon = fc
      .record({
        m: fc.constantFrom(...MINISTERIES),
        s: fc.constantFrom(...SOORTEN),
        // Eighths of an hour: three decimals (0,125) are added as Decimals, quarters as whole hundredths (optelling.ts ExacteSom).
        achtste: fc.integer({ min: 0, max: 320 }),
        p: fc.constantFrom(...PERIODES),
      })
      .map(({ achtste, ...p }) => ({ ...p, uren: (achtste / 8) * { week: 1, kwartaal: 13, jaar: 52 }[p.p]! }));
    fc.assert(
      fc.property(fc.array(persoon, { minLength: 1, maxLength: 60 }), (personen) => {
        const hoofd: Raster = {
          blad: "Personen",
          rijIndex: 0,
          kolomIndex: 0,
          koppen: ["id", "ministerie", "soort dienstverband", "uren", "periode"],
          rijen: personen.map((p, i) => [`P${i}`, p.m, p.s, p.uren, p.p]),
        };
        const fte: Raster = {
          blad: "Fte",
          rijIndex: 0,
          kolomIndex: 0,
          koppen: ["ministerie", "fte"],
          rijen: MINISTERIES.map((m, i) => [m, [100, 230, 370, 410][i]!]),
        };
        const b = bron(
          leesInvoer({
            kwartaal: "2023Q2",
            hoofd,
            fte,
            herkomst: true,
            bevestigd: ["UREN_BOVEN_VOLTIJD", "REALISATIE_BOVEN_1000", "DUBBELE_RIJEN"],
          }),
        );
        controleerAlleCellen(b);
        const gezien = new Map<number, number>();
        for (const r of b.tabel.rijen) {
          for (const k of ["formeel", "binnenwerk", "inleen"] as const) {
            const h = celHerkomst(b, r.naam, k);
            const rijen = h.rijen();
            // Exact: the hours per unit add up to the sums the conversion starts from.
            for (const o of h.omrekeningen) {
              const s = rijen.filter((x) => x.eenheid === o.eenheid).reduce((a, x) => a.plus(x.waarde), new Decimal(0));
              expect(s.toString()).toBe(o.som.toString());
            }
            // Exact: the rows alone, each as hours per year (× 52, × 4, × 1), ÷ 1.326 give the unrounded cell.
            const jaaruren = rijen.reduce((a, x) => a.plus(x.waarde.times(PER_JAAR[x.eenheid]!)), new Decimal(0));
            expect(jaaruren.dividedBy(1326).toString()).toBe(h.exact!.toString());
            for (const x of rijen) gezien.set(x.rij, (gezien.get(x.rij) ?? 0) + 1);
          }
        }
        // Every input row in exactly one cell of the column group formeel/Binnenwerk/inleen.
        expect([...gezien.keys()].sort((a, c) => a - c)).toEqual(personen.map((_, i) => i + 2));
        expect([...gezien.values()].every((n) => n === 1)).toBe(true);
        // And the total row's totaal holds them all.
        expect(celHerkomst(b, "Totaal Rijk", "totaal").aantalRijen).toBe(personen.length);
      }),
      { numRuns: 60 },
    );
  });
});
