/**
 * The small commands: doel, uren-naar-banen, banen-naar-uren, inleen, verdeel.
 * Text and --json output, Dutch numbers in, and bad input → exit 2 with the
 * catalogue message naming the value and what is expected.
 */
import { banen } from "./hulp";

describe("doel", () => {
  test("doel 10491 2023 → 408,77872941… (409): the DJI check value of seed 003, footnote 7", async () => {
    const r = await banen("doel", "10491", "2023");
    expect(r).toMatchObject({ code: 0, fout: "" });
    expect(r.uit.split("\n")[0]).toBe("Doel 2023: 408,77872941… banen (afgerond 409)");
    expect(r.uit).toContain("10.491 fte × 36 uur / 25,5 uur per baan × 2,76%");
    expect(r.uit).toContain("bron: Kamerstuk 34 352, nr. 309 (brief van 20 december 2023), Tabel 1, voetnoot 2 [seed 003]");
  });

  test("Dutch numbers: 10.491 is ten thousand, 1.399,5 has a decimal comma, 2,76% and 2,76 are both percent", async () => {
    const a = JSON.parse((await banen("doel", "10.491", "2023", "--json")).uit);
    expect(a.fte).toBe("10491");
    const b = JSON.parse((await banen("doel", "1.399,5", "2030", "--quotumpercentage", "2,76%", "--json")).uit);
    const c = JSON.parse((await banen("doel", "1.399,5", "2030", "--quotumpercentage", "2,76", "--json")).uit);
    expect(b.fte).toBe("1399.5");
    expect(b.quotumpercentage).toBe("0.0276");
    expect(c.doel).toBe(b.doel);
    expect(b.quotumpercentageBron).toEqual({ soort: "opgegeven", waar: "--quotumpercentage" });
  });

  test("--json: exact doel as a decimal string, the rounded doel, the source of the percentage", async () => {
    const r = await banen("doel", "10491", "2023", "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.uit);
    expect(j).toMatchObject({
      opdracht: "doel",
      fte: "10491",
      jaar: 2023,
      urenPerFte: "36",
      quotumpercentage: "0.0276",
      doelAfgerond: 409,
    });
    expect(j.doel).toMatch(/^408\.778729411764705882352941176470588235294117647/);
    expect(j.quotumpercentageBron.document).toBe("003_cf68ea1a056c74e2.txt");
  });

  test("--uren-per-fte 25,5: no conversion (Gemeenten, seed 002: 200.750 fte × 2,76 % ≈ 5.540)", async () => {
    const r = await banen("doel", "200.750", "2024", "--uren-per-fte", "25,5");
    expect(r.uit.split("\n")[0]).toBe("Doel 2024: 5.540,7 banen (afgerond 5.541)");
  });

  test.each([
    [["doel", "-5", "2023"], "fout: Fte: -5 is negatief; verwacht 0 of meer."],
    [["doel", "veel", "2023"], 'fout: Fte: "veel" is geen getal; verwacht een getal zoals 1.399 of 2,76.'],
    [["doel", "", "2023"], "fout: Fte: is leeg; verwacht een getal."],
    [["doel", "100", "twintig"], 'fout: Jaar: "twintig" is geen jaartal; verwacht een jaar zoals 2023.'],
    [
      ["doel", "100", "2031"],
      "fout: Jaar: voor 2031 is geen quotumpercentage bekend uit een openbare bron (bekend: 2023, 2024). Geef het quotumpercentage zelf op, bijvoorbeeld 2,76%, of leg het eenmaal vast met zijn bron (CLI: --regels met een regelsbestand; Excel: taakvenster, tabblad Regels).",
    ],
    [
      ["doel", "100", "2023", "--quotumpercentage", "276"],
      "fout: --quotumpercentage: 276% is geen geldig percentage; verwacht een percentage tussen 0% en 100%, bijvoorbeeld 2,76%.",
    ],
    [["doel", "100", "2023", "--uren-per-fte", "-1"], "fout: --uren-per-fte: -1 is negatief; verwacht 0 of meer."],
  ])("%j → exit 2: %s", async (argv, melding) => {
    const r = await banen(...argv);
    expect(r.code).toBe(2);
    expect(r.uit).toBe("");
    expect(r.fout).toBe(`${melding}\n`);
  });

  test("usage errors are Dutch and exit 2: missing argument, too many, unknown option", async () => {
    expect(await banen("doel", "100")).toEqual({
      code: 2,
      uit: "",
      fout: "fout: het argument <jaar> ontbreekt.\nZie: banen doel --help\n",
    });
    expect((await banen("doel", "1", "2023", "3")).fout).toMatch(/^fout: te veel argumenten; verwacht 2, gekregen 3\./);
    expect((await banen("doel", "1", "2023", "--procent", "3")).fout).toMatch(/^fout: onbekende optie '--procent'\./);
    expect((await banen("dole", "1", "2023")).fout).toBe("fout: onbekende opdracht 'dole'. Bedoelde u doel?\nZie: banen --help\n");
  });

  test("--json with bad input: the error as JSON on stdout too, with code and place", async () => {
    const r = await banen("doel", "-5", "2023", "--json");
    expect(r.code).toBe(2);
    expect(JSON.parse(r.uit)).toEqual({
      fout: {
        code: "NEGATIEF",
        melding: "Fte: -5 is negatief; verwacht 0 of meer.",
        kern: "-5 is negatief; verwacht 0 of meer.",
        plaats: { veld: "fte" },
        waar: "fte",
        fouten: [],
      },
    });
  });
});

describe("uren-naar-banen and banen-naar-uren", () => {
  test.each([
    [["uren-naar-banen", "25,5"], "25,5 uur per week = 1 baan"],
    [["uren-naar-banen", "331,5", "--periode", "kwartaal"], "331,5 uur per kwartaal = 1 baan"],
    [["uren-naar-banen", "1.326", "--periode", "jaar"], "1.326 uur per jaar = 1 baan"],
    [["uren-naar-banen", "51"], "51 uur per week = 2 banen"],
    [["uren-naar-banen", "10"], "10 uur per week = 0,39215686… banen"],
    [["banen-naar-uren", "2", "--periode", "jaar"], "2 banen = 2.652 uur per jaar"],
    [["banen-naar-uren", "1"], "1 baan = 25,5 uur per week"],
  ])("%j → %s", async (argv, regel) => {
    const r = await banen(...argv);
    expect(r.code).toBe(0);
    expect(r.uit.split("\n")[0]).toBe(regel);
  });

  test("--json", async () => {
    expect(JSON.parse((await banen("uren-naar-banen", "331,5", "--periode", "kwartaal", "--json")).uit)).toEqual({
      opdracht: "uren-naar-banen",
      uren: "331.5",
      periode: "kwartaal",
      banen: "1",
      urenPerBaan: "331.5",
    });
    expect(JSON.parse((await banen("banen-naar-uren", "2", "--json")).uit)).toMatchObject({ banen: "2", uren: "51", periode: "week" });
  });

  test("bad period and bad numbers → exit 2", async () => {
    expect(await banen("uren-naar-banen", "10", "--periode", "maand")).toMatchObject({
      code: 2,
      fout: 'fout: --periode: periode "maand" is onbekend; verwacht week, kwartaal of jaar.\n',
    });
    expect((await banen("banen-naar-uren", "-1")).fout).toBe("fout: Banen: -1 is negatief; verwacht 0 of meer.\n");
    expect((await banen("uren-naar-banen", "1,2,3")).fout).toBe(
      'fout: Uren: "1,2,3" is geen getal; verwacht een getal zoals 1.399 of 2,76.\n',
    );
  });
});

describe("inleen", () => {
  test("41.993 with the verdeelsleutel 2021 (32 % overheid, seed 004)", async () => {
    const r = await banen("inleen", "41.993", "2021");
    expect(r.code).toBe(0);
    expect(r.uit).toContain("overheid (32%): 13.437,76");
    expect(r.uit).toContain("markt (68%): 28.555,24");
    expect(r.uit).toContain("bron: Kamerstuk 34 352, nr. 255 (vergaderjaar 2021–2022) [seed 004, regels 186-187]");
  });

  test("nulmeting, a share given by the user, --json", async () => {
    expect((await banen("inleen", "100", "nulmeting")).uit).toContain("overheid (24%): 24");
    const j = JSON.parse((await banen("inleen", "200", "33,7%", "--json")).uit);
    expect(j).toEqual({
      opdracht: "inleen",
      hoeveelheid: "200",
      sleutel: null,
      overheidsaandeel: "0.337",
      overheid: "67.4",
      markt: "132.6",
      bron: null,
    });
  });

  test("an unknown moment says which are known and how to give a share", async () => {
    expect(await banen("inleen", "100", "2019")).toMatchObject({
      code: 2,
      fout: 'fout: Jaar of sleutel: voor "2019" is geen verdeelsleutel inleenverbanden bekend (bekend: 2020, 2021, nulmeting). Geef het overheidsaandeel zelf op, bijvoorbeeld 32%.\n',
    });
    expect((await banen("inleen", "100", "132%")).code).toBe(2);
  });
});

describe("verdeel", () => {
  test("409 over 3 : 2 : 1 adds up exactly and says who got the remainder", async () => {
    const r = await banen("verdeel", "409", "3", "2", "1", "--namen", "A,B,C");
    expect(r.code).toBe(0);
    const regels = r.uit.trimEnd().split("\n");
    expect(regels[0]).toBe("Verdeling van 409 over 3 partijen (grootsterestmethode):");
    expect(regels.slice(3, 6).map((l) => l.split(/\s{2,}/))).toEqual([
      ["A", "3", "204,5", "205", "+1 rest"],
      ["B", "2", "136,33333333…", "136"],
      ["C", "1", "68,16666666…", "68"],
    ]);
    expect(regels.at(-1)).toBe("Rest: A kreeg 1 extra (grootste rest).");
  });

  test("--json lists the parties and the remainder receivers; weights may be Dutch numbers", async () => {
    const j = JSON.parse((await banen("verdeel", "10", "1.000", "1.000", "1.000", "--json")).uit);
    expect(j.totaal).toBe(10);
    expect(j.partijen.map((p: { aandeel: number }) => p.aandeel)).toEqual([4, 3, 3]);
    expect(j.restOntvangers).toEqual(["partij 1"]);
  });

  test("bad input: names and weights differ in number, all weights 0, a total that is not whole", async () => {
    expect((await banen("verdeel", "5", "1", "2", "--namen", "A")).fout).toBe(
      "fout: --namen: er zijn 1 namen maar 2 gewichten; verwacht evenveel.\n",
    );
    expect((await banen("verdeel", "5", "0", "0")).fout).toBe(
      "fout: Gewichten: alle gewichten zijn 0; verwacht minstens één gewicht groter dan 0.\n",
    );
    expect((await banen("verdeel", "5,5", "1")).fout).toBe("fout: Totaal: 5,5 is geen geheel getal; verwacht een geheel aantal.\n");
  });
});

describe("the command itself", () => {
  test("no command shows the overview (exit 0); an unexpected failure exits 70 without a stack trace", async () => {
    const r = await banen();
    expect(r.code).toBe(0);
    expect(r.uit).toContain("Opdrachten:");
    let fout = "";
    const { main } = await import("../../src/cli/main");
    const code = await main(["doel", "1", "2023"], {
      uit: () => {
        throw new Error("schijf vol");
      },
      fout: (t) => void (fout += t),
    });
    expect(code).toBe(70);
    expect(fout).toBe("Onverwachte fout in banen: schijf vol\nDit is een fout in het programma; meld hem met de opdracht die u gaf.\n");
    expect(fout).not.toMatch(/\bat\b.*\(/);
  });
});
