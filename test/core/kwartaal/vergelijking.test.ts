/**
 * Two quarters of Tabel 1 side by side (core/kwartaal/vergelijking) and its
 * sheet (core/kwartaal/vergelijking-opmaak). Tabel 1 2023Q2 from the sample (it
 * reproduces seed 003); 2023Q1 is SYNTHETIC: the same sample without inleen
 * hours and without Rechtspraak (test/taskpane/hulp.ts).
 */
import { alsGedrukt, BanenFout } from "../../../src/core";
import { type KwartaalTabel, vergelijkKwartalen } from "../../../src/core/kwartaal/vergelijking";
import {
  PROCENTPUNT_FORMAAT,
  VERSCHIL_FORMAAT,
  vergelijkingPlan,
  vergelijkingRaster,
} from "../../../src/core/kwartaal/vergelijking-opmaak";
import { TABEL1_AFDRUK, TABEL1_TABELSTIJL } from "../../../src/core/tabel1/opmaak";
import { eerderKwartaalTabel, voorbeeldTabel } from "../../taskpane/hulp";

const q1 = eerderKwartaalTabel();
const q2 = voorbeeldTabel();
const eerder: KwartaalTabel = { kwartaal: "2023Q1", plaats: "blad Tabel 1 2023Q1", tabel: alsGedrukt(q1) };
const later: KwartaalTabel = { kwartaal: "2023Q2", plaats: "blad Tabel 1 2023Q2", tabel: alsGedrukt(q2) };
const printed = (t: typeof q1, naam: string) => t.weergave.rijen.find((r) => r.naam === naam)!;

describe("vergelijkKwartalen", () => {
  const v = vergelijkKwartalen(later, eerder); // picked in the "wrong" order on purpose

  test("the earlier quarter is the earlier one, whatever the order picked", () => {
    expect([v.eerder.kwartaal, v.later.kwartaal]).toEqual(["2023Q1", "2023Q2"]);
    expect(vergelijkKwartalen(eerder, later)).toEqual(v);
  });

  test("per ministry: realisatie % and totaal banen of both quarters, the change later minus earlier", () => {
    const fin = v.rijen.find((r) => r.naam === "Fin")!;
    const [f1, f2] = [printed(q1, "Fin"), printed(q2, "Fin")];
    expect(f2.totaal).toBe(1219); // seed 003, Tabel 1
    expect(fin).toEqual({
      naam: "Fin",
      eerder: { realisatiePercentage: f1.realisatiePercentage, totaal: f1.totaal },
      later: { realisatiePercentage: 87, totaal: 1219 },
      verschilProcentpunten: 87 - f1.realisatiePercentage!,
      verschilBanen: 1219 - f1.totaal,
    });
    // Without inleen in 2023Q1, Fin's 256 inleen banen (seed 003) are most of the change; the rest is rounding per cell.
    expect(Math.abs(fin.verschilBanen! - 256)).toBeLessThanOrEqual(1);
  });

  test("a ministry in one quarter only: the other side and the change empty, and named", () => {
    expect(v.rijen.map((r) => r.naam)).toEqual(q2.weergave.rijen.map((r) => r.naam));
    expect(v.rijen.at(-1)).toEqual({
      naam: "Rechtspraak",
      eerder: null,
      later: { realisatiePercentage: 50, totaal: 172 },
      verschilProcentpunten: null,
      verschilBanen: null,
    });
    expect([v.alleenEerder, v.alleenLater]).toEqual([[], ["Rechtspraak"]]);
    const omgekeerd = vergelijkKwartalen({ ...later, kwartaal: "2022Q4" }, { ...eerder, kwartaal: "2023Q1" });
    expect([omgekeerd.alleenEerder, omgekeerd.rijen.at(-1)!.naam, omgekeerd.rijen.at(-1)!.later]).toEqual([
      ["Rechtspraak"],
      "Rechtspraak",
      null,
    ]);
  });

  test("the total rows: Totaal Rijk of both", () => {
    expect(v.totaal).toMatchObject({ naam: "Totaal Rijk", later: { realisatiePercentage: 75, totaal: 4175 } });
    expect(v.totaal.verschilBanen).toBe(4175 - q1.weergave.totaal.totaal);
  });

  test("the same quarter twice is an error that says which", () => {
    const e = (() => {
      try {
        vergelijkKwartalen(later, { ...later });
      } catch (x) {
        return x as BanenFout;
      }
      throw new Error("expected an error");
    })();
    expect([e.code, e.message]).toEqual([
      "ZELFDE_KWARTAAL",
      "Beide tabellen zijn van 2023Q2; kies Tabel 1 van twee verschillende kwartalen.",
    ]);
  });
});

describe("the comparison sheet", () => {
  const v = vergelijkKwartalen(eerder, later);
  const r = vergelijkingRaster(v);

  test("title, headers with the quarters, cells as fractions and whole changes, '' for a missing side", () => {
    expect(r.titel).toBe("Vergelijking Tabel 1 2023Q1 en 2023Q2: realisatie en gerealiseerde banen per ministerie");
    expect(r.koppen).toEqual([
      "Ministerie",
      "Realisatie % 2023Q1",
      "Realisatie % 2023Q2",
      "Verschil (procentpunt)¹",
      "Totaal banen gerealiseerd 2023Q1",
      "Totaal banen gerealiseerd 2023Q2",
      "Verschil (banen)¹",
    ]);
    const az1 = printed(q1, "AZ");
    expect(r.rijen[0]).toEqual([
      "AZ",
      az1.realisatiePercentage! / 100,
      0.47,
      47 - az1.realisatiePercentage!,
      az1.totaal,
      9,
      9 - az1.totaal,
    ]);
    expect(r.rijen.at(-1)).toEqual(["Rechtspraak²", "", 0.5, "", "", 172, ""]);
    expect(r.totaal[0]).toBe("Totaal Rijk");
    expect(r.formaten).toEqual(["General", "0%", "0%", PROCENTPUNT_FORMAAT, "#,##0", "#,##0", VERSCHIL_FORMAAT]);
    expect(r.bronregel).toBe("Bron: Tabel 1 2023Q1 (blad Tabel 1 2023Q1) en Tabel 1 2023Q2 (blad Tabel 1 2023Q2).");
    expect(r.voetnoten).toEqual([
      "¹ Verschil: 2023Q2 min 2023Q1, realisatie in procentpunten, banen in voltijdswaarden van 25,5 uur. Beide tabellen zijn per cel afgerond, zoals gepubliceerd; een verschil van 1 kan door afronding komen.",
      "² Alleen in Tabel 1 2023Q2: Rechtspraak.",
    ]);
  });

  test("the plan: Tabel 1's layout and house style, a name with both quarters, printable", () => {
    const plan = vergelijkingPlan(v);
    expect([plan.bladnaam, plan.tabelnaam, plan.tabel.stijl]).toEqual([
      "Vergelijking 2023Q1 2023Q2",
      "Vergelijking_2023Q1_2023Q2",
      TABEL1_TABELSTIJL,
    ]);
    expect(plan.tabel.adres).toBe("A3:G16");
    expect(plan.vet).toEqual(["A1", "A3:G3", "A17:G17"]);
    expect(plan.blokken.map((b) => b.adres)).toEqual(["A1", "A3:G16", "A19", `A21:A${plan.blokken.at(-1)!.waarden.length + 20}`]);
    expect(plan.afdruk).toEqual({ ...TABEL1_AFDRUK, bereik: `A1:G${plan.blokken.at(-1)!.waarden.length + 20}` });
    const breedte = plan.kolombreedtes.reduce((s, k) => s + k.tekens, 0);
    for (const regel of plan.blokken.at(-1)!.waarden) expect([...String(regel[0])].length).toBeLessThanOrEqual(breedte);
  });
});
