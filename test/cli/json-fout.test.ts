/** A JSON file that is no JSON: the place in Dutch, not V8's English message (issue 12, item 13). */
import { banen, tijdelijkeMap } from "./hulp";

const map = tijdelijkeMap();

test.each([
  ['{\n  "kwartaal": "2023Q2",\n  "ministeries": [ }\n', /geen geldige JSON \(onverwacht "}" op regel 3, kolom 20\)/],
  ['{"kwartaal": "2023Q2" "ministeries": []}', /geen geldige JSON \(onverwacht teken op regel 1, kolom 23\)/],
  ['{"kwartaal": ', /geen geldige JSON \(de JSON houdt op voordat hij af is\)/],
])("%j", async (tekst, melding) => {
  const r = await banen("tabel1", map.schrijf("kapot-2023Q2.json", tekst));
  expect(r.code).toBe(2);
  expect(r.fout).toMatch(melding);
  expect(r.fout).not.toMatch(/Unexpected|Expected|position|JSON input/);
});
