/**
 * `banen controleer`: the published seeds (Tabel 1, sectors, national) and a
 * printed Tabel 1 as CSV; exit 0 when every difference is a rounding
 * difference, 1 when one is not, 2 for input it cannot read.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { banen, gepubliceerd, tijdelijkeMap, WORTEL } from "./hulp";

const seed = (naam: string) => path.join(WORTEL, "seeds", naam);

describe("published seeds", () => {
  test("Tabel 1 2023Q2: the 10 cells that do not add up, all rounding", async () => {
    const r = await banen("controleer", seed("tabel1-2023Q2.json"));
    expect(r.code).toBe(0);
    const regels = r.uit.trimEnd().split("\n");
    expect(regels[0]).toBe(
      "Tabel 1 Aantal voltijdswaarden van 25,5 uur voor medewerkers onder de Wet Banenafpraak 2023Q2 (85 cellen, 33 regels): 10 cellen tellen niet op; alle verschillen zijn verklaarbaar door afronding.",
    );
    expect(regels).toHaveLength(11);
    expect(regels[1]).toBe(
      "  - BZ / realisatie %: gedrukt 70, uit de andere cellen 71 (verschil -1; verklaarbaar door afronding) — BZ / realisatie % = BZ / totaal / BZ / doel × 100%",
    );
  });

  test("--json: per table its cells, rules and afwijkingen", async () => {
    const j = JSON.parse((await banen("controleer", seed("tabel1-2023Q2.json"), "--json")).uit);
    expect(j.opdracht).toBe("controleer");
    expect(j.allesVerklaardDoorAfronding).toBe(true);
    expect(j.tabellen).toHaveLength(1);
    expect(j.tabellen[0]).toMatchObject({ cellen: 85, regels: 33 });
    expect(j.tabellen[0].afwijkingen[6]).toEqual({
      tabel: gepubliceerd.titel,
      cel: "Totaal Rijk / formeel",
      regel: expect.stringMatching(/^Totaal Rijk \/ formeel = AZ \/ formeel \+ /),
      gepubliceerd: 3000,
      berekend: 3002,
      verschil: -2,
      verklaarbaarDoorAfronding: true,
    });
  });

  test("sector tables 2023/2024 (seed 002): percentages that rounding cannot explain → exit 1", async () => {
    const r = await banen("controleer", seed("sectoren-2023-2024.json"));
    expect(r.code).toBe(1);
    expect(r.uit).toMatch(/NIET verklaarbaar door afronding/);
    expect(r.uit).toContain(
      "Waterschappen 2023 / realisatie %: gedrukt 56,6, uit de andere cellen 59,6 (verschil -3; NIET verklaarbaar door afronding)",
    );
  });

  test("national table 2021 (seed 004)", async () => {
    const r = await banen("controleer", seed("landelijk-2021.json"), "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.uit);
    expect(j.tabellen[0].afwijkingen.length).toBeGreaterThan(0);
    expect(j.allesVerklaardDoorAfronding).toBe(true);
  });
});

describe("a printed Tabel 1 as CSV", () => {
  const map = tijdelijkeMap();
  const koppen =
    "Ministerie;Doel (voorlopig);Formele dienstverbanden, excl. Binnenwerk;Formele dienstverbanden: Binnenwerk;Inleenverbanden;Totaal banen gerealiseerd;Realisatie %";

  test("a cell that rounding cannot explain → exit 1, with its size", async () => {
    const pad = map.schrijf(
      "tabel.csv",
      `Mijn tabel\n\n${koppen}\nAZ;19;5;4;0;9;47%\nBZ;131;50;39;4;103;79%\nTotaal Rijk;150;55;43;4;112;75%\n`,
    );
    const r = await banen("controleer", pad);
    expect(r.code).toBe(1);
    expect(r.uit).toContain("  - BZ / totaal: gedrukt 103, uit de andere cellen 93 (verschil +10; NIET verklaarbaar door afronding)");
    // The reading report first (as with tabel1), then the verdict per table.
    const regels = r.uit.split("\n");
    expect(regels.slice(0, 2)).toEqual(["Leesverslag: hoe de invoer gelezen is", "Gelezen: tabel.csv"]);
    expect(regels).toContain("- 3 gegevensrijen gelezen");
    expect(regels[regels.indexOf("") + 1]).toMatch(/^Mijn tabel \(/);
  });

  test("a CSV without the Tabel 1 headers, a bad cell, an unknown JSON shape, a missing file", async () => {
    const geenKop = await banen("controleer", map.schrijf("leeg.csv", "a;b\n1;2\n"));
    expect(geenKop.code).toBe(2);
    expect(geenKop.fout).toMatch(
      /^fout: De invoer heeft 1 fout\(en\); er is niets geschreven\.\n {2}- Blad leeg\.csv: geen rij met de kolomkoppen van Tabel 1 gevonden/,
    );
    const slecht = await banen("controleer", map.schrijf("slecht.csv", `${koppen}\nAZ;19;#DEEL/0!;4;0;9;47%\nTotaal;19;5;4;0;9;47%\n`));
    expect(slecht.fout).toContain(
      "  - Blad slecht.csv, rij 2, kolom Formele dienstverbanden, excl. Binnenwerk (C2): de cel bevat de foutwaarde #DEEL/0!; verwacht een getal.",
    );
    const vorm = await banen("controleer", map.schrijf("ander.json", '{"a": 1}'));
    expect(vorm.code).toBe(2);
    expect(vorm.fout).toMatch(/^fout: Blad ander\.json: de inhoud is niet herkend; verwacht een gedrukte Tabel 1/);
    const rijFout = await banen("controleer", map.schrijf("rij.json", JSON.stringify({ rijen: [{ naam: "AZ" }], totaal: {} })));
    expect(rijFout.fout).toMatch(/bij rijen\[0\] een rij met "naam" en de getallen/);
    expect((await banen("controleer", map.pad("weg.json"))).fout).toMatch(
      /bestaat niet; verwacht een bestand \.json, \.csv of \.xlsx\.\n$/,
    );
    expect(fs.existsSync(map.pad("weg.json"))).toBe(false);
  });
});
