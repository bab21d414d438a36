/**
 * Issue 18 in the CLI: the doel's basis as a named choice and in the output,
 * a quotumpercentage recorded once with its source (--regels), the doel
 * record under Tabel 1 (status, fte peildatum and source, mismatch reported),
 * person rows that do not count listed with their source, and the side figure
 * inclusief SROI/inkoop.
 */
import { banen, tijdelijkeMap } from "./hulp";

const map = tijdelijkeMap();
const regels = map.schrijf(
  "regels.json",
  JSON.stringify({ quotumpercentages: [{ jaar: 2025, percentage: "2,8%", bron: "Kamerbrief (voorbeeld), bijlage 1" }] }),
);

describe("banen doel", () => {
  test("the output names the basis and says it is derived, with the check value; the percentage with its source", async () => {
    const r = await banen("doel", "10491", "2023");
    expect(r.uit).toContain("basis: Rijk (36 uur per fte; afgeleid, geen bron noemt dit; past bij 10.491 fte");
    expect(r.uit).toContain(
      "quotumpercentage 2023: 2,76 % (bron: Kamerstuk 34 352, nr. 309 (brief van 20 december 2023), Tabel 1, voetnoot 2 [seed 003])",
    );
  });

  test("--basis fte: the Gemeenten example of seed 002 (200.750 fte × 2,76 % ≈ 5.540)", async () => {
    const r = await banen("doel", "200.750", "2024", "--basis", "fte zonder omrekening", "--json");
    const j = JSON.parse(r.uit);
    expect(j.doel).toBe("5540.7");
    expect(j.basis.naam).toBe("fte zonder omrekening");
    expect(j.basis.grondslag.soort).toBe("afgeleid");
    expect((await banen("doel", "1", "2024", "--basis", "gemeente")).fout).toContain('"gemeente" is geen geldige keuze');
  });

  test("2025 without a recorded percentage is an error; with --regels it is used and shown with the user's source", async () => {
    expect((await banen("doel", "1000", "2025")).code).toBe(2);
    const r = await banen("doel", "1000", "2025", "--regels", regels);
    expect(r.code).toBe(0);
    expect(r.uit).toContain(
      "quotumpercentage 2025: 2,8 % (vastgelegd in regels.json; bron volgens de gebruiker: Kamerbrief (voorbeeld), bijlage 1)",
    );
  });

  test("a rules file cannot overrule a published year, and needs a source", async () => {
    const gepubliceerd = map.schrijf("fout1.json", JSON.stringify({ quotumpercentages: [{ jaar: 2023, percentage: "3%", bron: "x" }] }));
    expect((await banen("doel", "1", "2023", "--regels", gepubliceerd)).fout).toContain("voor 2023 is het quotumpercentage gepubliceerd");
    const zonder = map.schrijf("fout2.json", JSON.stringify({ quotumpercentages: [{ jaar: 2025, percentage: "3%" }] }));
    expect((await banen("doel", "1", "2025", "--regels", zonder)).fout).toContain("heeft geen bron");
  });
});

describe("banen tabel1", () => {
  const personen = map.schrijf(
    "personen-2025Q2.csv",
    [
      "ministerie;soort dienstverband;uren per week",
      "AZ;formeel;25,5",
      "AZ;detachering;25,5",
      "AZ;uitzendkracht;25,5",
      "AZ;SROI;51",
      "AZ;werkervaringsplaats;25,5",
    ].join("\n"),
  );
  const fte = map.schrijf("fte-2025Q2.csv", "ministerie;fte\nAZ;100\n");

  test("the doel record and footnote 2: user's percentage with source, fte of another quarter reported; rows that do not count listed", async () => {
    const r = await banen("tabel1", personen, "--fte", fte, "--regels", regels, "--inclusief-sroi");
    expect(r.code).toBe(0);
    expect(r.uit).toContain("Let op: De fte zijn van 2025Q2, maar het voorlopige doel 2025 rekent volgens de regel met fte van 2025Q1");
    expect(r.uit).toContain("vastgelegd in regels.json; bron volgens de gebruiker: Kamerbrief (voorbeeld), bijlage 1");
    expect(r.uit).toMatch(/weggelaten, rij 5: Social Return \(SROI\): telt niet mee voor het quotum \(bron: Kamerstuk 34 352, nr\. 309/);
    expect(r.uit).toMatch(/weggelaten, rij 6: werkervaringsplaats: telt niet mee voor het quotum \(bron: Kamerbrief over de voortgang/);
    expect(r.uit).toContain("AZ: 2 banen via SROI/inkoop; realisatie inclusief SROI/inkoop");
    const j = JSON.parse((await banen("tabel1", personen, "--fte", fte, "--regels", regels, "--json")).uit);
    expect(j.totaal.exact.totaal).toBe("3"); // formeel 1 + detachering 1 + uitzendkracht 1; SROI never counts
    expect(j.voetnoten[1].tekst).toContain(
      "Het voorlopige doel wordt berekend m.b.v. de quotumcalculator met quotumpercentage 2,8 procent o.b.v. het aantal fte in het 2e kwartaal van 2025 (de regel is het 1e kwartaal van 2025). Bron fte: fte-2025Q2.csv.",
    );
    expect(j.doelgrondslag).toMatchObject({
      status: "voorlopig",
      ftePeildatum: "2025Q2",
      regelPeildatum: "2025Q1",
      fteBron: "fte-2025Q2.csv",
    });
  });

  test("--doelstatus definitief and --basis fte change footnote 2", async () => {
    const r = await banen(
      "tabel1",
      personen,
      "--fte",
      fte,
      "--regels",
      regels,
      "--doelstatus",
      "definitief",
      "--basis",
      "fte",
      "--fte-peildatum",
      "2025Q1",
    );
    expect(r.uit).toContain("Het definitieve doel wordt berekend");
    expect(r.uit).toContain("in het 1e kwartaal van 2025.");
    expect(r.uit).toContain("Basis: fte zonder omrekening; afgeleid, geen bron noemt dit");
    // A definitief doel is never headed "voorlopig" (schema: kopDefinitief); the printed text wraps headers, so JSON.
    expect(r.uit).not.toMatch(/\(voorlopig\)/);
    const j = JSON.parse((await banen("tabel1", personen, "--fte", fte, "--regels", regels, "--doelstatus", "definitief", "--json")).uit);
    expect(j.kolommen.doel).toBe("Doel");
  });

  test("a voorlopig doel keeps the published header", async () => {
    const r = await banen("tabel1", personen, "--fte", fte, "--regels", regels, "--json");
    expect(JSON.parse(r.uit).kolommen.doel).toBe("Doel (voorlopig)");
  });
});
