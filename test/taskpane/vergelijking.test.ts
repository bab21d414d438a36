/**
 * The pane's comparison of two quarters without a browser, against the fake
 * Excel host: two Tabel 1 sheets written by the pane (2023Q2 from the
 * sample; 2023Q1 SYNTHETIC, see hulp.ts) are offered, read, checked and
 * compared on a new sheet; problems (no Tabel 1, no quarter, one quarter
 * twice) are listed with their sheet and nothing is written.
 */
import { type ExcelRun, maakExcelToegang } from "../../src/taskpane/excel-toegang";
import { controleerVergelijking, maakVergelijkingPlan, VergelijkingStroom, voorkeurBronnen } from "../../src/taskpane/stroom-vergelijking";
import { maakUitvoerPlan } from "../../src/taskpane/uitvoer-plan";
import { eerderKwartaalTabel, voorbeeldTabel } from "./hulp";

const nep = require("./fake-excel-host.js");
const excel = () => (globalThis as unknown as { Excel: ExcelRun }).Excel;

/** A workbook with the data sheet and Tabel 1 2023Q1 and 2023Q2 as the pane writes them (with their charts). */
async function werkmap(): Promise<VergelijkingStroom> {
  nep.leegmaken();
  nep.laadBlad("Personen", [
    ["ministerie", "uren"],
    ["AZ", 36],
  ]);
  const toegang = maakExcelToegang(excel());
  await toegang.schrijf(maakUitvoerPlan(eerderKwartaalTabel(), { grafiek: "realisatie" }));
  await toegang.schrijf(maakUitvoerPlan(voorbeeldTabel(), { grafiek: "doel-gerealiseerd" }));
  return new VergelijkingStroom(toegang);
}

test("the two newest Tabel 1 sheets are offered; compared, a new sheet 'Vergelijking 2023Q1 2023Q2'; nothing else changes", async () => {
  const stroom = await werkmap();
  const [a, b] = voorkeurBronnen(await stroom.keuzes());
  expect([a?.waarde, b?.waarde]).toEqual(["blad:Tabel 1 2023Q1", "blad:Tabel 1 2023Q2"]);
  const voor = nep.bladnamen().map((n: string) => JSON.stringify(nep.blad(n)));

  // Picked the other way round: the pane finds out which quarter is earlier.
  const c = controleerVergelijking(await stroom.lees(b!.bron), await stroom.lees(a!.bron));
  if (!c.ok) throw new Error(c.fouten.map((f) => f.message).join("\n"));
  const uit = await stroom.schrijf(c.vergelijking);
  expect(uit).toMatchObject({ blad: "Vergelijking 2023Q1 2023Q2", tabel: "Vergelijking_2023Q1_2023Q2", grafiek: false });

  const blad = nep.blad("Vergelijking 2023Q1 2023Q2");
  expect(blad.waarden[0][0]).toBe("Vergelijking Tabel 1 2023Q1 en 2023Q2: realisatie en gerealiseerde banen per ministerie");
  const fin = blad.waarden.find((r: unknown[]) => r[0] === "Fin");
  expect(fin.slice(2)).toEqual([0.87, fin[3], fin[4], 1219, 1219 - fin[4]]);
  expect(blad.waarden[16][0]).toBe("Totaal Rijk");
  expect(blad.vet[16].every(Boolean)).toBe(true);
  expect(blad.tabellen).toEqual([{ naam: "Vergelijking_2023Q1_2023Q2", adres: "A3:G17", totaalrij: true, stijl: "TableStyleMedium2" }]);
  expect(blad.formaten[3]).toEqual(["General", "0%", "0%", "+0;-0;0", "#,##0", "#,##0", "+#,##0;-#,##0;0"]);
  expect(blad.afdruk).toMatchObject({ orientation: "Portrait", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
  // The same cells as the plan made from the core (one layout).
  const plan = maakVergelijkingPlan(c.vergelijking);
  expect(blad.waarden.slice(3, 16)).toEqual(plan.blokken[1]!.waarden.slice(1));

  expect(nep.bladnamen()).toEqual(["Personen", "Tabel 1 2023Q1", "Tabel 1 2023Q2", "Vergelijking 2023Q1 2023Q2"]);
  expect(
    nep
      .bladnamen()
      .slice(0, 3)
      .map((n: string) => JSON.stringify(nep.blad(n))),
  ).toEqual(voor);
});

test("every problem of both sheets at once, with its sheet: no Tabel 1, no quarter; one quarter twice; nothing written", async () => {
  const stroom = await werkmap();
  nep.laadBlad(
    "Oud",
    nep.blad("Tabel 1 2023Q2").waarden.map((r: unknown[], i: number) => (i === 0 ? ["Tabel 1 zonder kwartaal"] : r)),
  );
  const voor = nep.snapshot();
  const lees = (naam: string) => stroom.lees({ soort: "blad", naam });

  const c = controleerVergelijking(await lees("Personen"), await lees("Oud"));
  expect(c.ok).toBe(false);
  expect(!c.ok && c.fouten.map((f) => [f.code, f.plaats.blad])).toEqual([
    ["GEEN_KOPRIJ", "Personen"],
    ["GEEN_KWARTAAL_IN_TABEL", "Oud"],
  ]);
  expect(!c.ok && c.fouten[1]!.message).toBe(
    'Blad Oud: de titel en de naam van het blad noemen geen kwartaal; verwacht een Tabel 1 met het kwartaal in de titel of de bladnaam, zoals "Tabel 1 2023Q2".',
  );

  const zelfde = controleerVergelijking(await lees("Tabel 1 2023Q2"), await lees("Tabel 1 2023Q2"));
  expect(!zelfde.ok && zelfde.fouten.map((f) => f.code)).toEqual(["ZELFDE_KWARTAAL"]);
  expect(nep.snapshot()).toBe(voor);
});
