"use strict";
/**
 * A small XML reader for our own manifest: elements, attributes and text, no
 * DTDs. Enough for checks that run after xmllint has proven the file
 * well-formed, and it keeps the project free of an XML parser dependency.
 */

/** @typedef {{ naam: string, attributen: Record<string, string>, kinderen: Element[], tekst: string }} Element */

const ENTITEITEN = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function ontsnap(tekst) {
  return tekst.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (geheel, naam) => {
    if (naam[0] === "#") return String.fromCodePoint(naam[1].toLowerCase() === "x" ? parseInt(naam.slice(2), 16) : Number(naam.slice(1)));
    return ENTITEITEN[naam] ?? geheel;
  });
}

/** Parses an XML document into its root element. Throws on structure it cannot follow. */
function leesXml(bron) {
  const tekst = bron.replace(/<\?[\s\S]*?\?>/g, "").replace(/<!--[\s\S]*?-->/g, "");
  const wortel = { naam: "#document", attributen: {}, kinderen: [], tekst: "" };
  const stapel = [wortel];
  const token = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let m;
  while ((m = token.exec(tekst)) !== null) {
    const [, sluit, naam, attrTekst, leeg, tussen] = m;
    const huidig = stapel[stapel.length - 1];
    if (tussen !== undefined) {
      huidig.tekst += ontsnap(tussen);
    } else if (sluit) {
      if (huidig.naam !== naam) throw new Error(`XML: </${naam}> sluit <${huidig.naam}>`);
      huidig.tekst = huidig.tekst.trim();
      stapel.pop();
    } else {
      const attributen = {};
      for (const a of attrTekst.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attributen[a[1]] = ontsnap(a[2] ?? a[3]);
      const element = { naam, attributen, kinderen: [], tekst: "" };
      huidig.kinderen.push(element);
      if (!leeg) stapel.push(element);
    }
  }
  if (stapel.length !== 1 || wortel.kinderen.length !== 1) throw new Error("XML: het document is niet volledig");
  return wortel.kinderen[0];
}

/** Every element below (and including) `element`, depth first, with its ancestors. */
function* alleElementen(element, voorouders = []) {
  yield { element, voorouders };
  for (const kind of element.kinderen) yield* alleElementen(kind, [...voorouders, element]);
}

/** The element name without namespace prefix ("bt:Image" → "Image"). */
function lokaal(naam) {
  return naam.includes(":") ? naam.slice(naam.indexOf(":") + 1) : naam;
}

module.exports = { leesXml, alleElementen, lokaal };
