#!/usr/bin/env node
"use strict";
/**
 * Renders the add-in icons from the one committed source, assets/icon.svg, to
 * assets/icon-16.png, -32, -64 and -80 (the sizes manifest.xml names: 16/32/80
 * for the ribbon, 32/64 for the add-in list). The PNGs are committed too, so a
 * build never needs this script; run it after changing the SVG:
 *
 *   npm run iconen              write the PNGs
 *   npm run iconen -- --controleer   only check that the committed PNGs match the SVG (exit 1 if not)
 */
const fs = require("node:fs");
const path = require("node:path");
const { Resvg } = require("@resvg/resvg-js");

const MAP = path.join(__dirname, "..", "assets");
const BRON = path.join(MAP, "icon.svg");
const MATEN = [16, 32, 64, 80];

/** PNG bytes of the SVG at a width of `maat` pixels (square icon). */
function render(svg, maat) {
  const resvg = new Resvg(svg, { fitTo: { mode: "width", value: maat }, font: { loadSystemFonts: false } });
  return resvg.render().asPng();
}

function iconen() {
  const svg = fs.readFileSync(BRON);
  return MATEN.map((maat) => ({ maat, bestand: path.join(MAP, `icon-${maat}.png`), png: render(svg, maat) }));
}

function main(argv) {
  const controleer = argv.includes("--controleer");
  let verschillen = 0;
  for (const { bestand, png } of iconen()) {
    const naam = path.relative(process.cwd(), bestand);
    if (controleer) {
      const huidig = fs.existsSync(bestand) ? fs.readFileSync(bestand) : undefined;
      if (!huidig || !huidig.equals(png)) {
        verschillen++;
        console.error(`${naam} hoort niet bij assets/icon.svg; draai npm run iconen.`);
      }
    } else {
      fs.writeFileSync(bestand, png);
      console.log(`${naam} geschreven (${png.length} bytes)`);
    }
  }
  return verschillen === 0 ? 0 : 1;
}

module.exports = { MATEN, iconen };
if (require.main === module) process.exit(main(process.argv.slice(2)));
