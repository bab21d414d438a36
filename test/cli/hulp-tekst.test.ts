/** Every command's --help is Dutch, names its arguments and options, gives an example, and exits 0. */
import { banen } from "./hulp";

const OPDRACHTEN = ["doel", "uren-naar-banen", "banen-naar-uren", "inleen", "verdeel", "tabel1", "controleer"];

describe("--help", () => {
  test.each(OPDRACHTEN)("banen %s --help", async (opdracht) => {
    const r = await banen(opdracht, "--help");
    expect(r.code).toBe(0);
    expect(r.fout).toBe("");
    expect(r.uit).toMatch(new RegExp(`^Gebruik: banen ${opdracht} \\[opties\\] <`));
    expect(r.uit).toContain("\nArgumenten:\n");
    expect(r.uit).toContain("\nOpties:\n");
    expect(r.uit).toContain("--json");
    expect(r.uit).toContain("-h, --help");
    expect(r.uit).toContain("toon deze hulp");
    expect(r.uit).toMatch(/\nVoorbeelde?n?:\n {2}banen /);
    // Nothing of commander's English is left.
    expect(r.uit).not.toMatch(/Usage|Options|Arguments|display help|\[options\]|default:/);
  });

  test("banen --help and banen help <opdracht> list and explain the commands in Dutch", async () => {
    const r = await banen("--help");
    expect(r.code).toBe(0);
    expect(r.uit).toMatch(/^Gebruik: banen \[opties\] \[opdracht\]/);
    for (const o of OPDRACHTEN) expect(r.uit).toMatch(new RegExp(`\\n {2}${o} \\[opties\\]`));
    expect(r.uit).toContain("help [opdracht]");
    const h = await banen("help", "verdeel");
    expect(h.code).toBe(0);
    expect(h.uit).toMatch(/^Gebruik: banen verdeel \[opties\] <totaal> <gewichten\.\.\.>/);
  });
});
