/**
 * The chart in the Tabel 1 sheet plan (core/tabel1/grafiek), which the pane and the CLI both draw: its data
 * block, series on the sheet's own ranges, place beside the table, and its own print range.
 */
import { waardenIn } from "../../../src/core/blad/blad-plan";
import { leesCelbereik } from "../../../src/core/invoer/cel";
import { GRAFIEK_SOORTEN, STANDAARD_GRAFIEK, tabel1Grafiek } from "../../../src/core/tabel1/grafiek";
import { tabel1Indeling, tabel1Plan, tabel1Raster } from "../../../src/core/tabel1/opmaak";
import { voorbeeldTabel } from "../../taskpane/hulp";

const tabel = voorbeeldTabel();
const raster = tabel1Raster(tabel);

test("the choices and the default are the pane's", () => {
  expect(GRAFIEK_SOORTEN).toEqual(["realisatie", "doel-gerealiseerd", "geen"]);
  expect(STANDAARD_GRAFIEK).toBe("realisatie");
});

test("the series read the table and the data block: the values a writer caches are the table's", () => {
  const plan = tabel1Plan(tabel, [], "realisatie");
  const [realisatie, norm] = plan.grafiek!.reeksen;
  expect(waardenIn(plan, realisatie!.waarden)).toEqual(raster.rijen.map((r) => r[6]));
  expect(waardenIn(plan, realisatie!.x)).toEqual(raster.namen);
  expect(waardenIn(plan, norm!.waarden)).toEqual(raster.namen.map(() => 1));
  const dg = tabel1Plan(tabel, [], "doel-gerealiseerd");
  expect(dg.grafiek!.reeksen.map((r) => waardenIn(dg, r.waarden))).toEqual([raster.rijen.map((r) => r[1]), raster.rijen.map((r) => r[5])]);
  expect(dg.grafiek!.waardeAs).toEqual({ numberFormat: "#,##0", minimum: 0, titel: "Banen" });
});

test("beside the table, clear of it, and printed as a range of its own after the table's", () => {
  const ind = tabel1Indeling(raster);
  const plan = tabel1Plan(tabel, [], "realisatie");
  const van = leesCelbereik(plan.grafiek!.van)!;
  const tot = leesCelbereik(plan.grafiek!.tot)!;
  expect(van.kolom).toBeGreaterThan(ind.kolommen); // one empty column between table and chart
  expect([van.rij, tot.rij - van.rij + 1, tot.kolom - van.kolom + 1]).toEqual([ind.kopRij, 20, 8]);
  const [tabelBereik, grafiekBereik, ...rest] = plan.afdruk.bereik.split(",");
  expect([tabelBereik, grafiekBereik, rest]).toEqual([tabel1Plan(tabel).afdruk.bereik, `${plan.grafiek!.van}:${plan.grafiek!.tot}`, []]);
});

test("no chart for 'geen' or a table without ministries; waardenIn gives '' where no block writes", () => {
  const ind = tabel1Indeling(raster);
  expect(tabel1Grafiek({ ...raster, kwartaal: "2023Q2" }, ind, "geen")).toBeNull();
  expect(tabel1Grafiek({ ...raster, namen: [], kwartaal: "2023Q2" }, ind, "realisatie")).toBeNull();
  expect(tabel1Plan(tabel).grafiek).toBeUndefined();
  expect(waardenIn(tabel1Plan(tabel), "A1:B2")).toEqual([raster.titel, "", "", ""]);
  expect(() => waardenIn(tabel1Plan(tabel), "geen adres")).toThrow("Ongeldig adres");
});

test("leesCelbereik: 0-based, either corner order, $ allowed; null for what is no address", () => {
  expect(leesCelbereik("G4:G16")).toEqual({ rij: 3, kolom: 6, rijen: 13, kolommen: 1 });
  expect(leesCelbereik("$P$22:$I$3")).toEqual({ rij: 2, kolom: 8, rijen: 20, kolommen: 8 });
  expect(leesCelbereik("AA1")).toEqual({ rij: 0, kolom: 26, rijen: 1, kolommen: 1 });
  for (const fout of ["", "A0", "A1:B2:C3", "Blad!A1", "1A"]) expect([fout, leesCelbereik(fout)]).toEqual([fout, null]);
});
