/**
 * `banen tabel1`: the README's main job (golden against the published Tabel 1
 * 2023Q2, seed 003), the person-level sample, --json, output files that never
 * overwrite, and input errors that exit 2 and write nothing.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { banen, gepubliceerd, tijdelijkeMap, VOORBEELD } from "./hulp";

const MINISTERIES = path.join(VOORBEELD, "ministeries-2023Q2.csv");
const PERSONEN = path.join(VOORBEELD, "personen-2023Q2.csv");
const FTE = path.join(VOORBEELD, "fte-2023Q1.csv");
const KOLOMMEN = ["doel", "formeel", "binnenwerk", "inleen", "totaal", "realisatiePercentage"] as const;

/** The printed table rows of the terminal output: name (with markers) and six cells, as text. */
function tabelRijen(uit: string): string[][] {
  const regels = uit.split("\n");
  const eerste = regels.findIndex((r) => /^─/.test(r));
  const laatste = regels.findIndex((r, i) => i > eerste && r === "");
  return regels
    .slice(eerste + 1, laatste)
    .filter((r) => !/^─/.test(r))
    .map((r) => r.split(/\s{2,}/));
}

/** A published row as the terminal prints it: thousands dots, "75%", footnote markers. */
function alsTekst(r: Record<string, number | string | number[]>): string[] {
  const sup = "⁰¹²³⁴⁵⁶⁷⁸⁹";
  const merk = (r.voetnoten as number[]).map((n) => [...String(n)].map((d) => sup[Number(d)]).join("")).join("˒");
  const nl = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return [`${r.naam}${merk}`, ...KOLOMMEN.map((k) => (k === "realisatiePercentage" ? `${r[k]}%` : nl(r[k] as number)))];
}

const verwachteRijen = () => [...gepubliceerd.rijen, gepubliceerd.totaal].map(alsTekst);

describe("the main job: banen tabel1 seeds/voorbeeld/ministeries-2023Q2.csv", () => {
  let uit = "";
  beforeAll(async () => {
    const r = await banen("tabel1", MINISTERIES);
    expect(r.code).toBe(0);
    expect(r.fout).toBe("");
    uit = r.uit;
  });

  test("the reading report first, then the title with its footnote marker", () => {
    const regels = uit.split("\n");
    expect(regels[0]).toBe("Leesverslag: hoe de invoer gelezen is");
    expect(regels[1]).toBe("Gelezen: ministeries-2023Q2.csv");
    expect(regels).toContain('- kwartaal: 2023Q2 [herkend: uit de bestandsnaam "ministeries-2023Q2.csv"]');
    const titel = regels.findIndex((r) => r.startsWith("Tabel 1 "));
    expect(regels[titel - 1]).toBe("");
    expect(regels[titel]).toBe("Tabel 1 Aantal voltijdswaarden van 25,5 uur voor medewerkers onder de Wet Banenafspraak 2023Q2¹");
  });

  test("all 14 published rows (13 ministries and Totaal Rijk) are reproduced cell by cell", () => {
    expect(tabelRijen(uit)).toEqual(verwachteRijen());
  });

  test("numbers are right-aligned with Dutch thousands dots", () => {
    const fin = uit.split("\n").find((r) => r.startsWith("Fin "))!;
    const totaal = uit.split("\n").find((r) => r.startsWith("Totaal Rijk"))!;
    expect(fin.length).toBe(totaal.length);
    expect(fin).toMatch(/\s1\.399\s+946\s+17\s+256\s+1\.219\s+87%$/);
  });

  test("footnotes, source line and the rounding used", () => {
    expect(uit).toContain("\nBron: UWV, Binnenwerk, contractpartijen raamovereenkomst, ministeries.\n");
    expect(uit).toMatch(/\n¹ I\.v\.m\. afronding kan het voorkomen/);
    expect(uit).toMatch(/\n⁷ De executieve functies van DJI[^]*Hierdoor missen er nog 409 doelbanen \(o\.b\.v\. 10\.491 fte\)/);
    expect(uit).toMatch(/\nAfronding: per cel: elke cel apart afgerond/);
  });

  test("controleer on our own table and on the published one, clearly apart; and the comparison", () => {
    expect(uit).toContain(
      "\nEigen tabel (hierboven, afronding per cel): 10 cellen tellen niet op; alle verschillen zijn verklaarbaar door afronding.\n",
    );
    expect(uit).toContain(
      "\nGepubliceerde Tabel 1 2023Q2 (seeds/tabel1-2023Q2.json, bron Kamerstuk 34 352, nr. 309 (brief van 20 december 2023)): 10 cellen tellen niet op; alle verschillen zijn verklaarbaar door afronding.\n",
    );
    expect(uit).toContain(
      "  - Totaal Rijk / formeel: gedrukt 3.000, uit de andere cellen 3.002 (verschil -2; verklaarbaar door afronding) — Totaal Rijk / formeel = som van 13 cellen: AZ / formeel + … + Rechtspraak / formeel\n",
    );
    expect(uit).toContain("  - BZ / realisatie %: gedrukt 70, uit de andere cellen 71 (verschil -1; verklaarbaar door afronding)");
    expect(uit).toContain("\nEigen tabel tegenover de gepubliceerde: alle 14 rijen (84 cellen) gelijk.\n");
  });
});

describe("other inputs give the same table", () => {
  test("person rows with the fte table", async () => {
    const r = await banen("tabel1", PERSONEN, "--fte", FTE);
    expect(r.code).toBe(0);
    expect(tabelRijen(r.uit)).toEqual(verwachteRijen());
    expect(r.uit).toContain("Invoer: 4.813 medewerkers in 13 ministeries en 1 niet toegedeelde rij.");
  });

  const map = tijdelijkeMap();

  test("a ','-separated CSV with '.' decimals, UTF-8 with BOM, quarter from --kwartaal", async () => {
    const veld = (w: string) => (/^\d+,\d+$/.test(w) ? w.replace(",", ".") : w.includes(",") ? `"${w}"` : w);
    const regels = fs.readFileSync(MINISTERIES, "utf8").trim().split(/\r?\n/);
    const pad = map.schrijf("ministeries.csv", `\uFEFF${regels.map((r) => r.split(";").map(veld).join(",")).join("\n")}\n`);
    expect(fs.readFileSync(pad, "utf8")).toContain(
      '\nAZ,485,116,108.5,0,ja,\nBZ,3370,1267.5,993,99,ja,"Het aantal fte waarop het doel van BZ is gebaseerd, is inclusief',
    );
    const r = await banen("tabel1", pad, "--kwartaal", "2023Q2");
    expect(r.fout).toBe("");
    expect(tabelRijen(r.uit)).toEqual(verwachteRijen());
    expect(r.uit).toContain("⁴ Het aantal fte waarop het doel van BZ is gebaseerd, is inclusief banen voor uitgezonden personeel");
  });

  test("JSON in the Tabel1Invoer shape (quarter from the file)", async () => {
    const regels = fs
      .readFileSync(MINISTERIES, "utf8")
      .trim()
      .split(/\r?\n/)
      .map((r) => r.split(";"));
    const [kop, ...rijen] = regels;
    const rij = (r: string[]) => Object.fromEntries(kop!.map((k, i) => [k, r[i]]));
    const alle = rijen.map(rij);
    const uren = (w: string) => ({ uren: w.replace(",", "."), periode: "week" });
    const invoer = {
      kwartaal: "2023Q2",
      ministeries: alle
        .filter((r) => r.toegedeeld === "ja")
        .map((r) => ({
          ministerie: r.ministerie,
          fte: Number(r.fte),
          formeel: uren(r["formeel uren"]!),
          binnenwerk: uren(r["binnenwerk uren"]!),
          inleen: uren(r["inleen uren"]!),
          voetnoot: r.voetnoot,
        })),
      nietToegedeeld: alle
        .filter((r) => r.toegedeeld === "nee")
        .map((r) => ({ omschrijving: r.ministerie, fte: Number(r.fte), voetnoot: r.voetnoot })),
    };
    const r = await banen("tabel1", map.schrijf("invoer.json", JSON.stringify(invoer)));
    expect(r.fout).toBe("");
    expect(tabelRijen(r.uit)).toEqual(verwachteRijen());
  });

  test("--afronding sluitend: columns add up, and the output says so", async () => {
    const r = await banen("tabel1", MINISTERIES, "--afronding", "sluitend", "--json");
    const j = JSON.parse(r.uit);
    expect(j.afronding).toBe("sluitend");
    for (const k of ["formeel", "binnenwerk", "inleen", "totaal"]) {
      expect([k, j.rijen.reduce((s: number, x: Record<string, number>) => s + x[k]!, 0)]).toEqual([k, j.totaal[k]]);
    }
    expect((await banen("tabel1", MINISTERIES, "--afronding", "sluitend")).uit).toMatch(
      /\nAfronding: sluitend: afgeronde cellen met de grootsterestmethode/,
    );
  });
});

describe("--json", () => {
  test("the table, exact values, footnotes and both checks", async () => {
    const r = await banen("tabel1", MINISTERIES, "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.uit);
    expect(Object.keys(j)).toEqual([
      "opdracht",
      "titel",
      "kwartaal",
      "quotumjaar",
      "quotumpercentage",
      "urenPerFte",
      "afronding",
      "afrondingUitleg",
      "kolommen",
      "rijen",
      "totaal",
      "nietToegedeeld",
      "doelgrondslag",
      "naastQuotum",
      "voetnoten",
      "bronregel",
      "invoer",
      "leesverslagen",
      "controle",
      "uitvoer",
    ]);
    expect(j.rijen).toHaveLength(13);
    expect(j.rijen[1]).toMatchObject({ naam: "BZ", voetnoten: [4], doel: 131, realisatiePercentage: 70 });
    expect(j.rijen[0].exact.fte).toBe("485");
    expect(j.nietToegedeeld).toEqual([
      expect.objectContaining({ omschrijving: "Executieve functies DJI", fte: "10491", doelAfgerond: 409 }),
    ]);
    expect(j.controle.eigen.afwijkingen).toHaveLength(10);
    expect(j.controle.gepubliceerd.pad).toBe("seeds/tabel1-2023Q2.json");
    expect(j.controle.gepubliceerd.vergelijking).toMatchObject({ rijen: 14, cellen: 84, verschillen: [] });
  });

  test("a quarter without a published table: no comparison", async () => {
    const j = JSON.parse((await banen("tabel1", MINISTERIES, "--kwartaal", "2024Q2", "--json")).uit);
    expect(j.kwartaal).toBe("2024Q2");
    expect(j.controle.gepubliceerd).toBeNull();
  });
});

describe("output files", () => {
  const map = tijdelijkeMap();

  test("-o .csv writes the sheet layout, which controleer reads back; never overwrites without --overschrijf", async () => {
    const uit = map.pad("tabel1.csv");
    const r = await banen("tabel1", MINISTERIES, "-o", uit);
    expect(r.code).toBe(0);
    expect(r.uit).toContain(`Tabel 1 geschreven naar ${uit}.`);
    const tekst = fs.readFileSync(uit, "utf8");
    expect(tekst.startsWith("\uFEFFTabel 1 Aantal voltijdswaarden")).toBe(true);
    expect(tekst).toContain("\r\nFin;1399;946;17;256;1219;87%\r\n");
    expect(tekst).toContain("\r\nBron: UWV, Binnenwerk, contractpartijen raamovereenkomst, ministeries.;;;;;;\r\n");

    const terug = await banen("controleer", uit);
    expect(terug.code).toBe(0);
    expect(terug.uit.split("\n").find((r) => r.includes("cellen,"))).toMatch(
      /\(85 cellen, 33 regels\): 10 cellen tellen niet op; alle verschillen zijn verklaarbaar door afronding\.$/,
    );

    fs.writeFileSync(uit, "van de gebruiker");
    const nogmaals = await banen("tabel1", MINISTERIES, "-o", uit);
    expect(nogmaals.code).toBe(2);
    expect(nogmaals.uit).toBe("");
    expect(nogmaals.fout).toBe(
      `fout: Bestand "${uit}" bestaat al en wordt niet overschreven; kies een andere naam of geef --overschrijf op.\n`,
    );
    expect(fs.readFileSync(uit, "utf8")).toBe("van de gebruiker");

    expect((await banen("tabel1", MINISTERIES, "-o", uit, "--overschrijf")).code).toBe(0);
    expect(fs.readFileSync(uit, "utf8")).toContain("Totaal Rijk⁷;5591;3000;755;421;4175;75%");
  });

  test("-o .json holds the --json document", async () => {
    const uit = map.pad("tabel1.json");
    expect((await banen("tabel1", MINISTERIES, "-o", uit)).code).toBe(0);
    const j = JSON.parse(fs.readFileSync(uit, "utf8"));
    expect(j.totaal).toMatchObject({ naam: "Totaal Rijk", doel: 5591, realisatiePercentage: 75 });
    expect((await banen("controleer", uit)).code).toBe(0);
  });

  test("an output file of an unknown kind, or in a folder that does not exist", async () => {
    expect((await banen("tabel1", MINISTERIES, "-o", map.pad("tabel1.pdf"))).fout).toBe(
      `fout: Bestand "${map.pad("tabel1.pdf")}" heeft een onbekende soort; verwacht een bestand .xlsx, .csv of .json.\n`,
    );
    const r = await banen("tabel1", MINISTERIES, "-o", map.pad("geen/map/t.csv"));
    expect(r.code).toBe(2);
    expect(r.fout).toMatch(/bestaat niet; verwacht een bestaande map voor het uitvoerbestand\.\n$/);
  });
});

describe("input errors: exit 2, the message names the value and what is expected, nothing is written", () => {
  const map = tijdelijkeMap();
  const kop = "ministerie;fte;formeel uren;binnenwerk uren;inleen uren";

  async function metFout(inhoud: string, naam = "invoer-2023Q2.csv", ...extra: string[]) {
    const uit = map.pad(`uit-${naam}.csv`);
    const r = await banen("tabel1", map.schrijf(naam, inhoud), "-o", uit, ...extra);
    expect(r.code).toBe(2);
    expect(r.uit).toBe("");
    expect(fs.existsSync(uit)).toBe(false);
    return r.fout;
  }

  test("duplicate ministry", async () => {
    expect(await metFout(`${kop}\nAZ;485;1;1;1\nBZ;10;1;1;1\nAZ;3;1;1;1\n`)).toBe(
      'fout: De invoer heeft 1 fout(en); er is niets geschreven.\n  - Blad invoer-2023Q2.csv, rij 4, kolom ministerie (A4): ministerie "AZ" komt dubbel voor (ook in rij 2).\n',
    );
  });

  test("missing column", async () => {
    expect(await metFout("ministerie;fte;formeel uren;inleen uren\nAZ;485;1;1\n")).toBe(
      'fout: De invoer heeft 1 fout(en); er is niets geschreven.\n  - Blad invoer-2023Q2.csv, rij 1 (A1:D1): kolom "Binnenwerk (uren of banen)" ontbreekt; verwacht een kolom met de kop "binnenwerk uren".\n',
    );
  });

  test("negative, text, empty fte, and a date: all listed at once", async () => {
    const fout = await metFout(`${kop}\nAZ;-485;1;1;1\nBZ;veel;1;1;1\nEZK;;1;1;1\nFin;10;1-4-2023;1;1\n`);
    expect(fout.split("\n")).toEqual([
      "fout: De invoer heeft 4 fout(en); er is niets geschreven.",
      "  - Blad invoer-2023Q2.csv, rij 2, kolom fte (B2): -485 is negatief; verwacht 0 of meer.",
      '  - Blad invoer-2023Q2.csv, rij 3, kolom fte (B3): "veel" is geen getal; verwacht een getal zoals 1.399 of 2,76.',
      "  - Blad invoer-2023Q2.csv, rij 4, kolom fte (B4): er is geen fte en geen doel; verwacht een van beide.",
      "  - Blad invoer-2023Q2.csv, rij 5, kolom formeel uren (C5): de cel bevat een datum (1-4-2023); verwacht een getal. Geef de cel in Excel de opmaak Getal.",
      "",
    ]);
  });

  test("unknown year (no published quotumpercentage), and how to fix it", async () => {
    const fout = await metFout(`${kop}\nAZ;485;1;1;1\n`, "invoer-2031Q1.csv");
    expect(fout).toContain(
      "voor 2031 is geen quotumpercentage bekend uit een openbare bron (bekend: 2023, 2024). Geef het quotumpercentage zelf op",
    );
    const r = await banen("tabel1", map.pad("invoer-2031Q1.csv"), "--quotumpercentage", "2,76%", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.uit).voetnoten[1].tekst).toContain("2,76 procent (opgegeven door de gebruiker)");
  });

  test("no quarter in the file name", async () => {
    expect(await metFout(`${kop}\nAZ;485;1;1;1\n`, "invoer.csv")).toBe(
      'fout: Het kwartaal staat niet in de bestandsnaam "invoer.csv"; geef het op met --kwartaal, bijvoorbeeld --kwartaal 2023Q2.\n',
    );
    expect(await metFout(`${kop}\nAZ;485;1;1;1\n`, "invoer.csv", "--kwartaal", "Q5")).toBe(
      'fout: --kwartaal: "Q5" is geen kwartaal; verwacht bijvoorbeeld 2023Q2, 2023K2, Q2 2023 of 2e kwartaal 2023.\n',
    );
  });

  test("unknown file, wrong extension, broken JSON, JSON of another shape, bad --afronding", async () => {
    expect(await banen("tabel1", map.pad("bestaat-niet.csv"))).toEqual({
      code: 2,
      uit: "",
      fout: `fout: Bestand "${map.pad("bestaat-niet.csv")}" bestaat niet; verwacht een bestand .csv, .json of .xlsx.\n`,
    });
    expect((await banen("tabel1", map.schrijf("oud-2023Q2.xls", "x"))).fout).toBe(
      `fout: Bestand "${map.pad("oud-2023Q2.xls")}" heeft een onbekende soort; verwacht een bestand .csv, .json of .xlsx (sla een oud .xls-bestand in Excel op als .xlsx).\n`,
    );
    expect((await banen("tabel1", map.schrijf("kapot-2023Q2.json", "{ kapot"))).fout).toMatch(
      /^fout: Bestand ".*kapot-2023Q2\.json" is geen geldige JSON \(/,
    );
    expect((await banen("tabel1", map.schrijf("ander-2023Q2.json", "[1,2]"))).fout).toMatch(
      /^fout: Blad ander-2023Q2\.json: de inhoud is niet herkend; verwacht een Tabel 1-invoer/,
    );
    expect((await banen("tabel1", MINISTERIES, "--afronding", "boven")).fout).toBe(
      'fout: --afronding: "boven" is geen geldige keuze; verwacht per-cel of sluitend.\n',
    );
  });

  test("person rows without --fte; --problemen writes the error list", async () => {
    expect((await banen("tabel1", PERSONEN)).fout).toBe(
      'fout: Kolom "fte" ontbreekt; verwacht een kolom in een apart bestand met fte per ministerie; geef het op met --fte <fte.csv>.\n',
    );
    const problemen = map.pad("problemen.csv");
    await metFout(`${kop}\nAZ;485;1;1;1\nAZ;3;1;1;1\n`, "dubbel-2023Q2.csv", "--problemen", problemen);
    expect(fs.readFileSync(problemen, "utf8").split("\r\n").slice(0, 2)).toEqual([
      "\uFEFFblad;rij;kolom;cel;melding;code",
      'dubbel-2023Q2.csv;3;ministerie;A3;"Ministerie ""AZ"" komt dubbel voor (ook in rij 2).";DUBBEL_MINISTERIE',
    ]);
  });
});
