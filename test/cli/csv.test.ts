/** CSV in: separator and encoding told from the file; row numbers as Excel shows them. */
import { decodeer, leesCsv, scheidingstekenVan, csvTekst } from "../../src/cli/csv";

describe("CSV", () => {
  test("separator: ';' (Dutch Excel, also below a title with '25,5'), ',' and tab", () => {
    expect(scheidingstekenVan("a;b\n1;2")).toBe(";");
    expect(scheidingstekenVan("Titel 25,5 uur\n\na;b\n")).toBe(";");
    expect(scheidingstekenVan('"a;b",c\n1,2')).toBe(",");
    expect(scheidingstekenVan("a\tb\n1\t2")).toBe("\t");
  });

  test("Dutch CSV keeps text ('1.399' is read by the core as Dutch); ',' CSV turns '1399.5' into a number", () => {
    expect(leesCsv("\uFEFFa;b\r\n1.399;2,5\r\n", "x.csv")).toEqual({
      blad: "x.csv",
      rijIndex: 0,
      kolomIndex: 0,
      koppen: ["a", "b"],
      rijen: [["1.399", "2,5"]],
    });
    expect(leesCsv("a,b\n1399.5,x\n", "y.csv").rijen).toEqual([[1399.5, "x"]]);
  });

  test("empty lines stay rows, so row numbers match the file; a quote left open is a clear error", () => {
    expect(leesCsv("a;b\n1;2\n\n3;4\n", "z.csv").rijen).toEqual([["1", "2"], [""], ["3", "4"]]);
    expect(() => leesCsv('a;b\n"1;2\n', "kapot.csv")).toThrow(/^Bestand "kapot\.csv" is geen leesbare CSV \(aanhalingsteken niet gesloten/);
  });

  test("bytes: UTF-8, else Windows-1252 (older Excel)", () => {
    expect(decodeer(Buffer.from("café", "utf8"))).toBe("café");
    expect(decodeer(Buffer.from([0x63, 0x61, 0x66, 0xe9]))).toBe("café");
  });

  test("out: BOM, ';', decimal comma, quotes where needed, rows padded, CRLF", () => {
    expect(csvTekst([["t"], ["a;b", 1.5, 'z"'], []])).toBe('\uFEFFt;;\r\n"a;b";1,5;"z"""\r\n;;\r\n');
  });
});
