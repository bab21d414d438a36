/**
 * `banen financiering`: the worked example of the core (Tabel 1 2023Q2,
 * plafond 400, € 45.000 per baan, budget € 15.000.000) through the CLI, from
 * every kind of source; which numbers were used; the niet-toegedeeld doel;
 * --json; -o xlsx read back; bad options with their Dutch messages and exit 2.
 *
 * Doel/realisatie: seeds/tabel1-2023Q2.json (seed 003) and the synthetic
 * sample that reproduces it. Plafond 400: seed 004, regel 524. Cost per baan
 * and budget are SYNTHETIC (the sources give no amount).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import JSZip from "jszip";
import * as path from "node:path";
import { leesDoelEnGerealiseerd, leesGedrukteTabel1 } from "../../src/core";
import { leesWerkmap } from "../../src/cli/werkmap";
import { banen, tijdelijkeMap, VOORBEELD, WORTEL } from "./hulp";

jest.setTimeout(120_000);

const SEED = path.join(WORTEL, "seeds", "tabel1-2023Q2.json");
const MINISTERIES = ["AZ", "BZ", "BZK", "EZK", "Fin", "IenW", "JenV (excl. RS)", "LNV", "OCW", "SZW", "VWS", "HCvS", "Rechtspraak"];
// test/core/financiering/financiering.test.ts, worked example: tekort = printed doel − printed totaal, 400 places by largest remainder.
const TEKORT = [10, 38, 30, 63, 180, 235, 199, 1, 25, 0, 64, 19, 171];
const GEFINANCIERD = [4, 15, 12, 24, 69, 91, 77, 0, 10, 0, 25, 7, 66];
const VOORBEELD_OPTIES = ["--kosten-per-baan", "45.000", "--budget", "15.000.000", "--plafond", "400", "--verdeling", "naar-tekort"];
const tmp = tijdelijkeMap();

/** The ministry rows of the printed table: name, then the cells split on runs of spaces. */
/** The financing table's rows by ministry (the projection after it has the same names: it is read by projectieRijen). */
function tabelRijen(uit: string): Map<string, string[]> {
  return rijenVan(uit.split("Projectie Tabel 1")[0]!);
}

function projectieRijen(uit: string): Map<string, string[]> {
  return rijenVan(uit.split("Projectie Tabel 1")[1] ?? "");
}

function rijenVan(uit: string): Map<string, string[]> {
  const rijen = new Map<string, string[]>();
  for (const regel of uit.split("\n")) {
    const naam = MINISTERIES.find((m) => new RegExp(`^${m.replace(/[().]/g, "\\$&")}[²]?\\s{2}`).test(regel));
    if (naam)
      rijen.set(
        naam,
        regel
          .slice(naam.length)
          .replace(/^²/, "")
          .trim()
          .split(/\s{2,}/),
      );
  }
  return rijen;
}

describe("the division of the plafond is the user's choice (the sources give no key)", () => {
  test("without --verdeling a plafond below the demand stops and names both methods; naar-vraag with every ministry asking its tekort divides alike", async () => {
    const zonder = await banen("financiering", SEED, "--kosten-per-baan", "45.000", "--budget", "15.000.000", "--plafond", "400");
    expect(zonder.code).toBe(2);
    expect(zonder.fout).toContain("--verdeling: de ministeries vragen 1.035 banen en het plafond (de capaciteit van Binnenwerk) is 400");
    expect(zonder.fout).toContain("naar-tekort (naar rato van het tekort) of naar-vraag");
    const vraag = JSON.parse(
      (
        await banen(
          "financiering",
          SEED,
          "--kosten-per-baan",
          "45.000",
          "--budget",
          "15.000.000",
          "--plafond",
          "400",
          "--verdeling",
          "naar-vraag",
          "--json",
        )
      ).uit,
    );
    expect(vraag.rijen.map((r: { gefinancierd: number }) => r.gefinancierd)).toEqual(GEFINANCIERD);
    expect(vraag.verdeling).toBe("naar-vraag");
    const ruim = await banen("financiering", SEED, "--kosten-per-baan", "45.000", "--budget", "15.000.000", "--plafond", "2000");
    expect(ruim.code).toBe(0);
    expect(ruim.uit).not.toContain("Verdeling van het plafond");
  });
});

describe("the sample Tabel 1 2023Q2 with € 45.000 per baan, budget € 15.000.000 and plafond 400", () => {
  test("npm run banen -- financiering prints per ministry the tekort and financed jobs adding up to the plafond, and the budget verdict", () => {
    const r = spawnSync("npm", ["run", "--silent", "banen", "--", "financiering", "seeds/tabel1-2023Q2.json", ...VOORBEELD_OPTIES], {
      cwd: WORTEL,
      encoding: "utf8",
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const rijen = tabelRijen(r.stdout);
    expect([...rijen.keys()]).toEqual(MINISTERIES);
    // Columns: doel, gerealiseerd, tekort, tekort in hele banen, te financieren, kosten per baan, benodigd.
    expect(MINISTERIES.map((m) => Number(rijen.get(m)![3]!.replace(/\./g, "")))).toEqual(TEKORT);
    expect(MINISTERIES.map((m) => Number(rijen.get(m)![4]))).toEqual(GEFINANCIERD);
    expect(GEFINANCIERD.reduce((a, b) => a + b, 0)).toBe(400);
    expect(rijen.get("AZ")).toEqual(["19,00", "9,00", "10,00", "10", "4", "€ 45.000,00", "€ 180.000,00"]);
    expect(r.stdout).toMatch(/\nTotaal\s+5\.183,00\s+4\.177,00\s+1\.035,00\s+1\.035\s+400\s+€ 18\.000\.000,00\n/);
    expect(r.stdout).toMatch(/\nSaldo \(\+ overschot, − tekort\)\s+€ -3\.000\.000,00\n/);
    expect(r.stdout).toMatch(/\nBanen gedekt door het budget\s+333\n/);
    expect(r.stdout).toContain(
      "Het budget van € 15.000.000,00 is niet toereikend voor € 18.000.000,00: tekort € 3.000.000,00; het\n  dekt 333 van de 400 banen (67 banen te weinig).",
    );
    expect(r.stdout.replace(/\s+/g, " ")).toContain("Een restbaan ging naar: JenV (excl. RS), AZ, IenW, VWS, BZ, OCW, BZK.");
    // Which numbers were used, and DJI's doel that belongs to no ministry.
    expect(r.stdout).toContain("Getallen: gedrukte (per cel afgeronde) doel en gerealiseerd, uit tabel1-2023Q2.json.");
    expect(r.stdout).toContain("Niet toegedeeld: Executieve functies DJI, doel 409 banen. Dit doel hoort bij geen ministerie en is");
    expect(r.stdout).toContain('De totaalrij van de bron ("Totaal Rijk": doel 5.591, gerealiseerd 4.175) is niet gebruikt');
    // The division is the user's choice and named as such; the projection puts the financed banen in Binnenwerk.
    expect(r.stdout).toMatch(/Verdeling van het plafond \(aanname\)\s+naar rato van het tekort in hele banen/);
    const projectie = projectieRijen(r.stdout);
    expect(projectie.get("AZ")).toEqual(["19", "9", "+4", "13", "47%", "68%"]);
    expect(r.stdout).toMatch(/\nTotaal Rijk\s+5\.592\s+4\.177\s+\+400\s+4\.577\s+75%\s+82%\n/);
    expect(r.stdout).toContain('Het doel van "Executieve functies DJI" (409 banen) hoort bij geen ministerie');
  });

  test("--json: the whole result, exact amounts as text, whole banen as numbers, and the source", async () => {
    const r = await banen("financiering", SEED, ...VOORBEELD_OPTIES, "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.uit);
    expect(j.opdracht).toBe("financiering");
    expect(j.bron).toMatchObject({
      kwartaal: "2023Q2",
      jaar: 2023,
      getallen: "gedrukt",
      nietToegedeeld: [{ omschrijving: "Executieve functies DJI", doel: "409" }],
    });
    expect(j.rijen.map((x: { gefinancierd: number }) => x.gefinancierd)).toEqual(GEFINANCIERD);
    expect(j.rijen.map((x: { ministerie: string }) => x.ministerie)).toEqual(MINISTERIES);
    expect(j.totaal).toMatchObject({ tekort: "1035", tekortBanen: 1035, gefinancierd: 400, benodigdEuro: "18000000" });
    expect(j.oordeel.budget).toMatchObject({ saldoEuro: "-3000000", toereikend: false, banenGedekt: 333, banenTekort: 67 });
    expect(j.restOntvangers).toEqual(["JenV (excl. RS)", "AZ", "IenW", "VWS", "BZ", "OCW", "BZK"]);
    expect(j.oordeelTekst).toHaveLength(3);
    expect(j.uitvoer).toBeNull();
  });

  test("the same numbers from a Tabel 1 workbook written by banen tabel1 -o, and -o writes a financing workbook that reads back", async () => {
    const t1 = tmp.pad("tabel1.xlsx");
    expect((await banen("tabel1", path.join(VOORBEELD, "personen-2023Q2.xlsx"), "-o", t1)).code).toBe(0);
    const uit = tmp.pad("financiering.xlsx");
    const r = await banen("financiering", t1, ...VOORBEELD_OPTIES, "-o", uit);
    expect(r.code).toBe(0);
    expect(r.uit).toContain("Getallen: gedrukte (per cel afgeronde) doel en gerealiseerd, uit tabel1.xlsx, blad Tabel 1 2023Q2.");
    expect(MINISTERIES.map((m) => Number(tabelRijen(r.uit).get(m)![4]))).toEqual(GEFINANCIERD);
    expect(r.uit).toContain(`Financiering geschreven naar ${uit}.`);

    const [blad] = await leesWerkmap(uit, { heelBlad: true });
    expect(blad!.blad).toBe("Centrale financiering 2023");
    expect(blad!.koppen[0]).toBe("Centrale financiering: tekort, te financieren banen en budget (realisatie 2023Q2)");
    const cellen = [blad!.koppen, ...blad!.rijen];
    expect(cellen[2]).toEqual([
      "Ministerie",
      "Doel",
      "Gerealiseerd",
      "Tekort",
      "Tekort in hele banen¹",
      "Te financieren banen²",
      "Kosten per baan³",
      "Benodigd budget",
    ]);
    expect(cellen.slice(3, 16).map((c) => c[5])).toEqual(GEFINANCIERD);
    expect(cellen[16]).toEqual(["Totaal", 5183, 4177, 1035, 1035, 400, null, 18000000]);
    expect(cellen.find((c) => c[0] === "Saldo (+ overschot, − tekort)")?.[1]).toBe(-3000000);
    expect(cellen.some((c) => String(c[0]).startsWith("Niet toegedeeld: Niet toegedeeld doel (voetnoot 7), doel 409 banen."))).toBe(true);
    // The reading report as a note on the title (as on Tabel 1), its legacyDrawing where CT_Worksheet wants it.
    const zip = await JSZip.loadAsync(fs.readFileSync(uit));
    const bladXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect([...bladXml.matchAll(/<(pageSetup|legacyDrawing|tableParts|extLst)[\s>/]/g)].map((m) => m[1])).toEqual([
      "pageSetup",
      "legacyDrawing",
      "tableParts",
    ]);
    const notities = await zip.file(/^xl\/comments\d*\.xml$/)[0]!.async("string");
    expect(notities).toMatch(/<comment ref="A1"[^>]*>[^]*Leesverslag: hoe de invoer gelezen is[^]*tabel1\.xlsx/);
    // The pane's second sheet too: the projection on Tabel 1, equal to the --json projection, with Binnenwerk now from the printed Tabel 1.
    const bladen = await leesWerkmap(uit, { heelBlad: true });
    expect(bladen.map((b) => b.blad)).toEqual(["Centrale financiering 2023", "Projectie Tabel 1 2023Q2"]);
    const projectie = [bladen[1]!.koppen, ...bladen[1]!.rijen];
    expect(projectie[2]).toEqual([
      "Ministerie",
      "Doel 2023Q2",
      "Totaal banen gerealiseerd 2023Q2",
      "Binnenwerk 2023Q2",
      "Binnenwerk erbij (gefinancierd)¹",
      "Binnenwerk na financiering",
      "Totaal banen na financiering",
      "Realisatie % 2023Q2",
      "Realisatie % na financiering",
    ]);
    const j = JSON.parse((await banen("financiering", t1, ...VOORBEELD_OPTIES, "--json")).uit);
    const verwacht = j.projectie.rijen.map((r: Record<string, unknown>) =>
      [r.ministerie, r.doelBanen, r.gerealiseerdBanen, r.gefinancierdBanen, r.naBanen].map((x) =>
        typeof x === "string" && /^\d+$/.test(x) ? Number(x) : x,
      ),
    );
    const rijen = projectie.slice(3, 16);
    expect(rijen.map((r) => [r[0], r[1], r[2], r[4], r[6]])).toEqual(verwacht);
    const gedrukt = leesGedrukteTabel1((await leesWerkmap(t1, { heelBlad: true }))[0]!);
    expect(rijen.map((r) => r[3])).toEqual(gedrukt.rijen.map((r) => r.binnenwerk));
    for (const r of rijen) expect(r[5]).toBe((r[3] as number) + (r[4] as number));
    // Our own financing sheet is itself a list with ministerie, doel and gerealiseerd.
    expect(leesDoelEnGerealiseerd(blad!).rijen.map((x) => x.naam)).toEqual(MINISTERIES);

    // Never over an existing file without --overschrijf; the file stays as it was.
    const voor = fs.readFileSync(uit);
    const nogmaals = await banen("financiering", t1, ...VOORBEELD_OPTIES, "-o", uit);
    expect(nogmaals.code).toBe(2);
    expect(nogmaals.fout).toMatch(/^fout: .*bestaat al/);
    expect(fs.readFileSync(uit).equals(voor)).toBe(true);
    expect((await banen("financiering", t1, ...VOORBEELD_OPTIES, "-o", uit, "--overschrijf")).code).toBe(0);
  });

  test("from the input of Tabel 1 itself: exact values by default (a different whole tekort), the printed ones on request", async () => {
    const csv = path.join(VOORBEELD, "ministeries-2023Q2.csv");
    const exact = await banen("financiering", csv, ...VOORBEELD_OPTIES, "--json");
    expect(exact.code).toBe(0);
    const je = JSON.parse(exact.uit);
    expect(je.bron.getallen).toBe("exact");
    // AZ: 18,898… − 8,804… = 10,094… → 11 whole banen (printed 19 − 9 = 10).
    expect(je.rijen.map((x: { tekortBanen: number }) => x.tekortBanen)).toEqual([11, 39, 31, 64, 181, 236, 200, 2, 26, 0, 65, 19, 172]);
    expect(je.totaal.gefinancierd).toBe(400);
    const gedrukt = JSON.parse((await banen("financiering", csv, ...VOORBEELD_OPTIES, "--waarden", "gedrukt", "--json")).uit);
    expect(gedrukt.rijen.map((x: { gefinancierd: number }) => x.gefinancierd)).toEqual(GEFINANCIERD);
    const tekst = await banen("financiering", csv, ...VOORBEELD_OPTIES);
    expect(tekst.uit).toContain(
      "Getallen: exacte (onafgeronde) doel en gerealiseerd, berekend uit de invoer, uit\n  ministeries-2023Q2.csv.",
    );
    expect(tekst.uit).toContain("Niet toegedeeld: Executieve functies DJI, doel 408,78 banen.");
  });

  test("a plain list (CSV, Dutch Excel) with ministerie, doel and gerealiseerd; a note under it is no ministry", async () => {
    const lijst = tmp.schrijf("stand-2024Q1.csv", "Ministerie;Doel;Gerealiseerd\nAZ;20,5;9\nBZ;131;140\n\nBron: eigen telling;;\n");
    const r = await banen("financiering", lijst, "--kosten-per-baan", "45.000,50", "--budget", "1.000.000", "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.uit);
    expect(j.bron).toMatchObject({ getallen: "cellen", kwartaal: "2024Q1", jaar: 2024 });
    // AZ 20,5 − 9 = 11,5 → 12 (omhoog); BZ above its doel → 0. 12 × 45.000,50 = 540.006.
    expect(j.rijen.map((x: { ministerie: string; tekortBanen: number }) => [x.ministerie, x.tekortBanen])).toEqual([
      ["AZ", 12],
      ["BZ", 0],
    ]);
    expect(j.totaal.benodigdEuro).toBe("540006");
    expect(j.oordeel.budget.toereikend).toBe(true);
  });
});

describe("issue 19: each ministry's own gevraagd and budget, and the reading report", () => {
  // Doel/gerealiseerd as Tabel 1 2023Q2 (seed 003); gevraagd, budgets and cost per baan SYNTHETIC.
  const CSV = "Ministerie;Doel;Gerealiseerd;Gevraagd;Budget\nAZ;19;9;8;€ 360.000\nBZ;131;93;;1.500.000,-\nFin;229;49;100;\n";

  test("a CSV with the columns: text prints the reading report first, then the table with the asked banen and own budgets", async () => {
    const lijst = tmp.schrijf("vraag-2023Q2.csv", CSV);
    const r = await banen("financiering", lijst, "--kosten-per-baan", "45.000");
    expect(r.code).toBe(0);
    const regels = r.uit.split("\n");
    expect(regels[0]).toBe("Leesverslag: hoe de invoer gelezen is");
    expect(regels).toContain('- kolom D "Gevraagd": gevraagd in hele banen');
    expect(regels).toContain('- kolom E "Budget": budget in euro');
    expect(regels.some((x) => /^- decimaalteken \(vraag-2023Q2\.csv\): Nederlands/.test(x))).toBe(true);
    expect(regels).toContain("- 3 gegevensrijen gelezen");
    expect(tabelRijen(r.uit).get("AZ")).toContain("€ 360.000,00");
  });

  test("--json: leesverslagen, the asked banen and budgets per ministry, and the assumptions", async () => {
    const lijst = tmp.schrijf("vraag-2023Q2-json.csv", CSV);
    const r = await banen("financiering", lijst, "--kosten-per-baan", "45.000", "--plafond", "100", "--verdeling", "naar-vraag", "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.uit);
    expect(j.leesverslagen).toHaveLength(1);
    expect(j.leesverslagen[0].kolommen.map((k: { veld: string | null }) => k.veld)).toEqual([
      "naam",
      "doel",
      "totaal",
      "gevraagd",
      "budget",
    ]);
    // AZ 8, BZ its whole 38, Fin 100: 146 asked, 100 places divided naar rato van de vraag (largest remainder).
    expect(
      j.rijen.map((x: { ministerie: string; gevraagd: number; gefinancierd: number; budgetEuro: string | null }) => [
        x.ministerie,
        x.gevraagd,
        x.gefinancierd,
        x.budgetEuro,
      ]),
    ).toEqual([
      ["AZ", 8, 5, "360000"],
      ["BZ", 38, 26, "1500000"],
      ["Fin", 100, 69, null],
    ]);
    expect(j.verdeling).toBe("naar-vraag");
    expect(j.aannames.map((a: { onderwerp: string }) => a.onderwerp)).toEqual(["verdeling", "plafond", "kosten per baan", "gevraagd"]);
    expect(j.aannames[0].tekst).toMatch(
      /naar rato van de gevraagde banen \(naar-vraag\), gekozen door de gebruiker: de bronnen geven geen verdeelsleutel/,
    );
  });

  test("the seed as JSON with gevraagd and budget per row; the JSON's report says which numbers and fields were read", async () => {
    const seed = JSON.parse(fs.readFileSync(SEED, "utf8"));
    seed.rijen[0].gevraagd = 5;
    seed.rijen[0].budget = "225.000";
    seed.rijen[1].budget = "1.000.000";
    const pad = tmp.schrijf("vraag-2023Q2.json", JSON.stringify(seed));
    const r = await banen("financiering", pad, "--kosten-per-baan", "45.000", "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.uit);
    expect(j.rijen[0]).toMatchObject({ ministerie: "AZ", gevraagd: 5, eigenVraag: true, budgetEuro: "225000", saldoEuro: "0" });
    expect(j.rijen[1]).toMatchObject({ ministerie: "BZ", eigenVraag: false, budgetEuro: "1000000" });
    const v = j.leesverslagen[0];
    expect(v.beslissingen.map((b: { vraag: string }) => b.vraag)).toEqual(["vorm", "getallen", "decimaalteken", "rijen"]);
    expect(v.kolommen.map((k: { positie: string }) => k.positie)).toEqual([
      "rijen[].naam",
      "rijen[].doel",
      "rijen[].totaal",
      "rijen[].gevraagd",
      "rijen[].budget",
    ]);
  });

  test("a bad cell stops with file, row and column; a demand above the tekort names the column as the user wrote it", async () => {
    const slecht = tmp.schrijf("slecht-2023Q2.csv", "Ministerie;Doel;Gerealiseerd;Gevraagde banen\nAZ;19;9;2,5\n");
    const r1 = await banen("financiering", slecht, "--kosten-per-baan", "45.000");
    expect(r1.code).toBe(2);
    expect(r1.fout).toContain("Blad slecht-2023Q2.csv, rij 2, kolom Gevraagde banen (D2): 2,5 is geen geheel getal");
    const teVeel = tmp.schrijf("teveel-2023Q2.csv", "Ministerie;Doel;Gerealiseerd;Gevraagde banen\nAZ;19;9;11\n");
    const r2 = await banen("financiering", teVeel, "--kosten-per-baan", "45.000");
    expect(r2.code).toBe(2);
    expect(r2.fout).toContain(
      "Blad teveel-2023Q2.csv, rij 2, kolom Gevraagde banen: 11 gevraagde banen is meer dan het tekort van 10 hele banen",
    );
  });
});

describe("bad input: exit 2, a Dutch message naming the option, nothing written", () => {
  test.each([
    [
      ["--kosten-per-baan", "-45.000", "--budget", "15.000.000"],
      "fout: --kosten-per-baan: -45.000 is negatief; verwacht kosten per baan in euro groter dan 0.\n",
    ],
    [
      ["--kosten-per-baan", "45.000", "--budget", "veel"],
      'fout: --budget: "veel" is geen bedrag; verwacht een bedrag in euro zoals 1.250.000 of 45.000,50.\n',
    ],
    [
      ["--kosten-per-baan", "45.000", "--budget", "15.000.000", "--plafond", "-1"],
      "fout: --plafond: -1 is negatief; verwacht een plafond van 0 of meer hele banen (bijvoorbeeld 400 in 2022).\n",
    ],
    [["--kosten-per-baan", "0", "--budget", "1"], "fout: --kosten-per-baan: is 0; verwacht kosten per baan in euro groter dan 0.\n"],
    [
      ["--kosten-per-baan", "45.000", "--budget", "1", "--afronding", "half"],
      'fout: --afronding: afronding "half" is onbekend; verwacht omhoog of omlaag.\n',
    ],
    [["--budget", "1"], "fout: de optie '--kosten-per-baan <bedrag>' is verplicht.\n"],
  ])("%j", async (opties, melding) => {
    const uit = tmp.pad(`nooit-${opties.join("_").replace(/[^\w-]/g, "")}.xlsx`);
    const r = await banen("financiering", SEED, ...opties, "-o", uit);
    expect(r.code).toBe(2);
    expect(r.fout.startsWith(melding)).toBe(true);
    expect(fs.existsSync(uit)).toBe(false);
  });

  test("several wrong options are listed together; --json gives them as JSON too", async () => {
    const r = await banen("financiering", SEED, "--kosten-per-baan", "-1", "--budget", "veel", "--plafond", "-1", "--json");
    expect(r.code).toBe(2);
    expect(r.fout.split("\n")).toEqual([
      "fout: De invoer heeft 3 fout(en); er is niets geschreven.",
      "  - --kosten-per-baan: -1 is negatief; verwacht kosten per baan in euro groter dan 0.",
      '  - --budget: "veel" is geen bedrag; verwacht een bedrag in euro zoals 1.250.000 of 45.000,50.',
      "  - --plafond: -1 is negatief; verwacht een plafond van 0 of meer hele banen (bijvoorbeeld 400 in 2022).",
      "",
    ]);
    expect(JSON.parse(r.uit).fout.fouten.map((f: { code: string }) => f.code)).toEqual([
      "KOSTEN_NEGATIEF",
      "GEEN_BEDRAG",
      "PLAFOND_NEGATIEF",
    ]);
  });

  test("exact numbers cannot be asked of a printed table; a file without the columns says what it expects", async () => {
    const r = await banen("financiering", SEED, ...VOORBEELD_OPTIES, "--waarden", "exact");
    expect(r.code).toBe(2);
    expect(r.fout).toContain('fout: --waarden: "exact" is geen geldige keuze; verwacht gedrukt');
    const leeg = tmp.schrijf("iets.csv", "naam;waarde\nAZ;1\n");
    const g = await banen("financiering", leeg, ...VOORBEELD_OPTIES);
    expect(g.code).toBe(2);
    expect(g.fout).toContain('verwacht een rij met "Ministerie", "Doel" en "Gerealiseerd" (of "Totaal banen gerealiseerd")');
    const fout = tmp.schrijf("fout.csv", "Ministerie;Doel;Gerealiseerd\nAZ;veel;9\n");
    const f = await banen("financiering", fout, ...VOORBEELD_OPTIES);
    expect(f.code).toBe(2);
    expect(f.fout).toContain('Blad fout.csv, rij 2, kolom Doel (B2): "veel" is geen getal');
  });
});

test("--help: Dutch, with the sourced plafonds to choose from (never a default)", async () => {
  const r = await banen("financiering", "--help");
  expect(r.code).toBe(0);
  expect(r.uit).toMatch(/^Gebruik: banen financiering \[opties\] <tabel>/);
  expect(r.uit).toContain("Plafond: er is geen standaard");
  expect(r.uit).toContain(
    "2022: maximaal 400 banen (bron: Kamerbrief over de banenafspraak, Kamerstuk 34 352, nr. 255 (Tweede Kamer, vergaderjaar 2021–2022), paragraaf “Rijksoverheid”, blz. 9 e.v.: “2022 nog maximaal 400 extra banen gecreëerd worden via Binnenwerk”)",
  );
  expect(r.uit).toContain(
    "2023: ongeveer 500 banen erbij (samen ongeveer 900, afgeleid: 400 + ca. 500) (bron: Kamerbrief over de banenafspraak, Kamerstuk 34 352, nr. 255 (Tweede Kamer, vergaderjaar 2021–2022), paragraaf “Rijksoverheid”, blz. 9 e.v.: “2023 komen daar nog ongeveer 500 banen bij”",
  );
  expect(r.uit).toMatch(/\nVoorbeelden:\n {2}banen financiering /);
  expect(r.uit).not.toMatch(/Usage|Options|\[options\]|default:/);
});
