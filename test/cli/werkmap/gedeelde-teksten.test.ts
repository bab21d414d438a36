/** The shared string table read in chunks (xml-delen.ts): the same texts whatever the chunk boundaries, common and odd forms alike. */
import { leesGedeeldeTeksten } from "../../../src/cli/werkmap/xml-delen";

const XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="urn:x" count="7" uniqueCount="7">' +
  "<si><t>id</t></si><si><t>SYN-000001</t></si><si><t>A &amp; B_x000D_</t></si><si/>" +
  '<si><t xml:space="preserve"> spaties </t></si><si><r><t>ri</t></r><r><t>ch</t></r></si><si><t>Ministerie van Financiën</t></si></sst>';

async function lees(stukken: Buffer[]): Promise<string[]> {
  async function* gen() {
    yield* stukken;
  }
  const t = await leesGedeeldeTeksten(gen());
  return Array.from({ length: t.aantal }, (_, j) => t.tekst(j)!);
}

test("whole, and fed one byte at a time: the same texts (entities, escapes, empty, preserved spaces, rich text, UTF-8)", async () => {
  const bytes = Buffer.from(XML, "utf8");
  const heel = await lees([bytes]);
  expect(heel).toEqual(["id", "SYN-000001", "A & B\r", "", " spaties ", "rich", "Ministerie van Financiën"]);
  expect(await lees([...bytes].map((b) => Buffer.of(b)))).toEqual(heel);
  for (const grootte of [7, 13, 64]) {
    const stukken: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += grootte) stukken.push(bytes.subarray(i, i + grootte));
    expect(await lees(stukken)).toEqual(heel);
  }
});

test("with a namespace prefix (<x:si>), in any chunks: the same texts", async () => {
  const metVoorvoegsel = XML.replace(/<(\/?)(sst|si|t|r)\b/g, "<$1x:$2").replace('xmlns="urn:x"', 'xmlns:x="urn:x"');
  const bytes = Buffer.from(metVoorvoegsel, "utf8");
  const heel = await lees([bytes]);
  expect(heel).toEqual(["id", "SYN-000001", "A & B\r", "", " spaties ", "rich", "Ministerie van Financiën"]);
  for (const grootte of [1, 3, 7, 64]) {
    const stukken: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += grootte) stukken.push(bytes.subarray(i, i + grootte));
    expect(await lees(stukken)).toEqual(heel);
  }
});
