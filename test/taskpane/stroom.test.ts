/**
 * The Tabel 1 flow without DOM (stroom.ts) and the error list's order
 * (controle-weergave.ts): the checks the pane runs before anything is written,
 * the sources each dropdown offers, and errors in the order the user reads them.
 */
import { BanenFout, leesEigenRegels } from "../../src/core";
import { herkenFte, herkenHoofd } from "../../src/core/invoer/invoer";
import { inRijvolgorde } from "../../src/taskpane/controle-weergave";
import type { GelezenBereik } from "../../src/taskpane/excel-toegang";
import { bronKeuzes, controleer, quotumBekend } from "../../src/taskpane/stroom";
import { alsExcelWaarden, leesCsv } from "./hulp";

function bereik(blad: string, bestand: string): GelezenBereik {
  const [koppen, ...rijen] = alsExcelWaarden(leesCsv(bestand));
  return { blad, rijIndex: 0, kolomIndex: 0, koppen: koppen!, rijen, verborgenRijen: [], adres: `${blad}!A1`, verzoeken: 1 };
}

function vraag(kwartaal: string) {
  const hoofd = bereik("Personen", "personen-2023Q2.csv");
  const fte = bereik("Fte", "fte-2023Q1.csv");
  return {
    kwartaal,
    vorm: "personen" as const,
    hoofd,
    toewijzing: herkenHoofd(hoofd).per.personen.toewijzing,
    fte,
    fteToewijzing: herkenFte(fte).per.ministeries.toewijzing,
  };
}

describe("controleer", () => {
  test('"2023K2" is the quarter 2023Q2', () => {
    const c = controleer(vraag("2023K2"));
    expect(c.ok && c.tabel.kwartaal).toBe("2023Q2");
    expect(c.ok && c.samenvatting).toMatch(/^4\.813 medewerkers in 13 ministeries en 1 niet toegedeelde rij\./);
  });

  test("an empty quarter is an error of the pane's field that says to fill it in", () => {
    const c = controleer(vraag(""));
    expect(c.ok).toBe(false);
    const f = !c.ok ? c.fouten.find((x) => x.code === "KWARTAAL_LEEG") : undefined;
    expect(f?.plaats).toEqual({ veld: "kwartaal" });
    expect(f?.message).toBe("Kwartaal: is leeg; vul het kwartaal van de realisatie in, bijvoorbeeld 2023Q2.");
  });

  test("a year without a published or recorded quotumpercentage sends the user to Regels; recorded there, Tabel 1 is built", () => {
    expect(quotumBekend("2023Q2")).toBe(true);
    expect(quotumBekend("2031Q1")).toBe(false);
    const eigenRegels = leesEigenRegels(
      { quotumpercentages: [{ jaar: 2031, percentage: "2,76%", bron: "Kamerbrief (voorbeeld)" }] },
      "deze werkmap",
    );
    expect(quotumBekend("2031Q1", eigenRegels)).toBe(true);
    const zonder = controleer(vraag("2031Q1"));
    expect(!zonder.ok && zonder.fouten.map((f) => [f.code, f.plaats.veld, f.plaats.blad])).toEqual([["ONBEKEND_JAAR", "jaar", undefined]]);
    const met = controleer({ ...vraag("2031Q1"), doel: { eigenRegels } });
    expect(met.ok).toBe(true);
    expect(met.ok && met.tabel.quotumpercentage.toString()).toBe("0.0276");
  });
});

describe("bronKeuzes: each source once", () => {
  const o = {
    bladen: [
      { naam: "Personen", gebruikt: "A1:D4814" },
      { naam: "Fte", gebruikt: "A1:D15" },
      { naam: "Tabel 1 2023Q2", gebruikt: "A1:G36" },
      { naam: "Leeg", gebruikt: null },
    ],
    tabellen: [
      { naam: "Personen", blad: "Personen" },
      { naam: "Tabel1_2023Q2", blad: "Tabel 1 2023Q2" },
    ],
    selectie: { blad: "Personen", adres: "A1" },
  };
  test("input: the selection, tables, sheets without a table; never the pane's own output", () => {
    expect(bronKeuzes(o, "invoer").map((k) => k.waarde)).toEqual(["selectie", "tabel:Personen", "blad:Fte"]);
  });
  test("comparison: only Tabel 1 sheets, as sheets; financing: those first, then the rest", () => {
    expect(bronKeuzes(o, "tabel1").map((k) => k.waarde)).toEqual(["blad:Tabel 1 2023Q2"]);
    expect(bronKeuzes(o, "tabel1-of-tabel").map((k) => k.waarde)).toEqual(["blad:Tabel 1 2023Q2", "tabel:Personen", "blad:Fte"]);
  });
});

test("errors in row order: the pane's fields first, then per sheet by row and column", () => {
  const f = (rij: number | undefined, cel?: string, blad = "Personen", veld?: string) =>
    new BanenFout("LEEG", {}, { blad, rij, cel, veld });
  const fouten = [f(12, "B12"), f(5, "D5"), f(5, "C5"), f(3, "A3", "Fte"), new BanenFout("KWARTAAL_LEEG", {}, { veld: "kwartaal" })];
  const volgorde = inRijvolgorde(fouten, (x) => !x.plaats.blad).map((x) =>
    `${x.plaats.blad ?? x.plaats.veld} ${x.plaats.cel ?? ""}`.trim(),
  );
  expect(volgorde).toEqual(["kwartaal", "Personen C5", "Personen D5", "Personen B12", "Fte A3"]);
});
