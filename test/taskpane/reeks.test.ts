/**
 * The pane's series flow without a browser: the bundled seed gives the same
 * points as `banen reeks`, a Tabel 1 sheet becomes a point marked as the
 * user's own (the same quarter twice is refused), and the write plan has the
 * table without a total row and a chart of the realisatie % per moment.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { tabel1Cellen } from "../../src/core/tabel1/opmaak";
import type { GelezenBereik } from "../../src/taskpane/excel-toegang";
import { laadReeksBron, maakReeksPlan, ministeriesIn, puntUitBlad, RIJK, reeksVan } from "../../src/taskpane/stroom-reeks";
import { eerderKwartaalTabel, voorbeeldTabel, WORTEL } from "./hulp";

const haal = async (pad: string) => fs.readFileSync(path.join(WORTEL, pad), "utf8");

function bereikVan(cellen: unknown[][], blad: string): GelezenBereik {
  const [koppen = [], ...rijen] = cellen.map((r) => Array.from(r, (w) => w ?? ""));
  return { blad, rijIndex: 0, kolomIndex: 0, koppen, rijen, verborgenRijen: [], adres: `${blad}!A1`, verzoeken: 1 };
}

async function cli(...argv: string[]): Promise<Record<string, any>> {
  let uit = "";
  expect(await main([...argv, "--json"], { uit: (t) => void (uit += t), fout: () => undefined })).toBe(0);
  return JSON.parse(uit);
}

describe("the series in the pane", () => {
  test("the bundled seed gives banen reeks's points, with the ministries of the published Tabel 1 2023Q2", async () => {
    const bron = await laadReeksBron(haal);
    const reeks = reeksVan(bron.punten, RIJK);
    const c = await cli("reeks");
    expect(reeks.map((p) => [p.moment, p.doelBanen!.toString(), p.realisatieBanen!.toString(), p.bron])).toEqual(
      c.punten.map((p: Record<string, string>) => [p.moment, p.doel, p.realisatie, p.bron]),
    );
    expect(ministeriesIn(bron.punten)).toHaveLength(13);
    expect(reeksVan(bron.punten, "Fin").map((p) => p.moment)).toEqual(["2023Q2"]);
  });

  test("a Tabel 1 sheet is a point of the user's own; the same quarter twice is refused, naming both", async () => {
    const bron = await laadReeksBron(haal);
    const c = puntUitBlad(bereikVan(tabel1Cellen(eerderKwartaalTabel()), "Tabel 1 2023Q1"), bron.punten);
    if (!c.ok) throw new Error(c.fouten.map((f) => f.message).join("\n"));
    expect([c.punt.moment, c.punt.doelsoort, c.punt.bron]).toEqual(["2023Q1", "eigen", "blad Tabel 1 2023Q1"]);
    const dubbel = puntUitBlad(bereikVan(tabel1Cellen(voorbeeldTabel()), "Tabel 1 2023Q2"), bron.punten);
    if (dubbel.ok) throw new Error("expected an error");
    expect(dubbel.fouten.map((f) => f.code)).toEqual(["DUBBEL_MOMENT"]);
    expect(dubbel.fouten[0]!.message).toContain("blad Tabel 1 2023Q2");
  });

  test("the write plan: the table without a total row, a chart of the realisatie % per moment with the 100 % norm as a line, printed on its own page", async () => {
    const bron = await laadReeksBron(haal);
    const plan = maakReeksPlan(reeksVan(bron.punten, RIJK), RIJK, []);
    expect(plan.bladnaam).toBe("Reeks Rijk");
    expect(plan.tabel).toMatchObject({ adres: "A3:H7", totaalrij: [] });
    expect(plan.grafiek).toMatchObject({
      reeksen: [
        { naam: "Realisatie %", waarden: "F4:F7", x: "A4:A7", soort: "ColumnClustered" },
        { naam: "Norm 100 %", waarden: "B18:B21", x: "A4:A7", soort: "Line" },
      ],
      van: "J3",
    });
    // The norm's values under the footnotes, one 100 % per moment, outside the table's print range.
    const norm = plan.blokken.find((b) => b.adres === "A17:B21")!;
    const momenten = reeksVan(bron.punten, RIJK).map((r) => r.moment);
    expect(momenten).toHaveLength(4);
    expect(norm.waarden).toEqual([["Moment", "Norm"], ...momenten.map((m) => [m, 1])]);
    expect(plan.blokken.some((b) => b.waarden[0]?.[0] === "Gegevens voor de grafiek" && b.adres === "A16")).toBe(true);
    expect(plan.afdruk.bereik).toMatch(/^A1:H\d+,J3:Q22$/);
    expect(Number(/^A1:H(\d+)/.exec(plan.afdruk.bereik)![1])).toBeLessThan(16);
  });
});
