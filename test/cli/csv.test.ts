/** CSV in: separator and encoding told from the file; row numbers as Excel shows them. */
import { leesCsv, csvTekst } from "../../src/cli/csv";
import { decodeerBestand } from "../../src/cli/codering";
import { kiesScheidingsteken } from "../../src/cli/scheidingsteken";
import { banen, tijdelijkeMap } from "./hulp";

const scheidingstekenVan = (tekst: string) => kiesScheidingsteken(tekst, "t.csv").teken;
const decodeer = (bytes: Uint8Array) => decodeerBestand(bytes, "t.csv").tekst;

describe("CSV", () => {
  const map = tijdelijkeMap();

  test("separator: ';' (Dutch Excel, also below a title with '25,5'), ',' and tab", () => {
    expect(scheidingstekenVan("a;b\n1;2")).toBe(";");
    expect(scheidingstekenVan("Titel 25,5 uur\n\na;b\n")).toBe(";");
    expect(scheidingstekenVan('"a;b",c\n1,2')).toBe(",");
    expect(scheidingstekenVan("a\tb\n1\t2")).toBe("\t");
  });

  test("cells stay text (the core decides the number marks per column); the separator is in the report", () => {
    expect(leesCsv("\uFEFFa;b\r\n1.399;2,5\r\n", "x.csv")).toMatchObject({
      blad: "x.csv",
      rijIndex: 0,
      kolomIndex: 0,
      koppen: ["a", "b"],
      rijen: [["1.399", "2,5"]],
      verslag: { bron: "x.csv", beslissingen: [{ vraag: "scheidingsteken", antwoord: "puntkomma (;)" }] },
    });
    expect(leesCsv("a,b\n1399.5,x\n", "y.csv").rijen).toEqual([["1399.5", "x"]]);
  });

  test("empty lines stay rows, so row numbers match the file; a quote left open is a clear error", () => {
    expect(leesCsv("a;b\n1;2\n\n3;4\n", "z.csv").rijen).toEqual([["1", "2"], [""], ["3", "4"]]);
    expect(() => leesCsv('a;b\n"1;2\n', "kapot.csv")).toThrow(
      /^Blad kapot\.csv, rij 2: geen leesbare CSV: een aanhalingsteken wordt geopend maar niet gesloten/,
    );
  });

  test("bytes: UTF-8, else Windows-1252 (older Excel)", () => {
    expect(decodeer(Buffer.from("café", "utf8"))).toBe("café");
    expect(decodeer(Buffer.from([0x63, 0x61, 0x66, 0xe9]))).toBe("café");
  });

  test("out: BOM, ';', decimal comma, quotes where needed, rows padded, CRLF", () => {
    expect(csvTekst([["t"], ["a;b", 1.5, 'z"'], []])).toBe('\uFEFFt;;\r\n"a;b";1,5;"z"""\r\n;;\r\n');
  });

  test("a field over several lines: its continuation lines are not empty rows; rows keep their file line", async () => {
    const csv =
      'ministerie;fte;formeel uren;binnenwerk uren;inleen uren;opmerking\nAZ;100;25,5;0;0;"regel een\nregel twee\nregel drie"\nBZ;200;x;0;0;\n';
    expect(leesCsv(csv, "m.csv").vervolgRijen).toEqual([3, 4]);
    const r = await banen("tabel1", map.schrijf("ministeries-2023Q2.csv", csv), "--json");
    const j = JSON.parse(r.uit);
    // BZ is on line 5 of the file: the error names that row, and nothing is reported as an empty row.
    expect(j.fout.fouten.map((f: { plaats: { rij?: number } }) => f.plaats.rij)).toEqual([5]);
    expect(r.uit).not.toMatch(/lege rij/);
    const goed = await banen("tabel1", map.schrijf("ministeries-2023Q2.csv", csv.replace("x;0;0", "51;0;0")), "--json");
    const k = JSON.parse(goed.uit);
    expect(k.invoer).toBe("2 ministeries.");
    expect(JSON.stringify(k.leesverslagen)).not.toMatch(/lege rij/);
  });
});
