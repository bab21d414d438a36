/**
 * One benchmark case in its own process (started by bench/main.ts):
 *
 *   node --expose-gc dist-bench/bench/werk.js <geval> <rijen> <opwarmen> <runs>
 *
 * geval: kern | vloer | herkomst | functies | functies-geheugen:<soort> | rondreizen. Prints one line
 * `RESULTAAT {json}` with times, memory, the numbers to compare and checks.
 * Run it with --cpu-prof to profile one case (see bench/README.md).
 */
import { type Tabel1 } from "../src/core";
import { fteRaster, getallenVan, personenRaster, referentie, verschillen, voorbeeld } from "./gegevens";
import { kernPad, vloer } from "./gevallen/tabel1";
import type { Werkmapsoort } from "./gevallen/functies";
import { meet, type TijdMeting } from "./meten";

/** Every exact value of the model equal to the reference (Decimal equality, not a tolerance). */
function exactGelijk(a: Tabel1, b: Tabel1): string[] {
  const uit: string[] = [];
  const rijen = (t: Tabel1) => [...t.rijen, t.totaal];
  const br = rijen(b);
  rijen(a).forEach((r, i) => {
    const s = br[i];
    if (!s || s.naam !== r.naam) return void uit.push(`rij ${i}: ${r.naam} ≠ ${s?.naam}`);
    for (const k of ["doel", "formeel", "binnenwerk", "inleen", "totaal"] as const) {
      if (!r[k].equals(s[k])) uit.push(`${r.naam} ${k}: ${r[k].toString()} ≠ ${s[k].toString()}`);
    }
  });
  if (rijen(a).length !== br.length) uit.push(`aantal rijen ${rijen(a).length} ≠ ${br.length}`);
  return uit;
}

async function main(): Promise<void> {
  const [geval, rijenTekst, opwarmenTekst, runsTekst] = process.argv.slice(2);
  const rijen = Number(rijenTekst);
  const opties = { opwarmen: Number(opwarmenTekst ?? 2), runs: Number(runsTekst ?? 5) };
  let resultaat: TijdMeting | object;
  if (geval === "kern" || geval === "vloer") {
    const v = voorbeeld(rijen);
    const personen = personenRaster(v);
    const fte = fteRaster(v);
    const ref = referentie(v);
    if (geval === "kern") {
      const m = meet(() => kernPad(v.kwartaal, personen, fte), opties);
      resultaat = { tijden: m.tijden, geheugen: m.geheugen, afwijkingen: exactGelijk(m.uitkomst, ref) };
    } else {
      const m = meet(() => vloer(ref.quotumjaar, personen, fte), opties);
      // Doubles: equal to the exact reference within 1e-12 relative.
      resultaat = { tijden: m.tijden, geheugen: m.geheugen, afwijkingen: verschillen(getallenVan(ref), m.uitkomst, 1e-12) };
    }
  } else if (geval === "herkomst") {
    const v = voorbeeld(rijen);
    const { herkomst } = await import("./gevallen/herkomst");
    resultaat = herkomst(v.kwartaal, personenRaster(v), fteRaster(v), opties);
  } else if (geval === "functies") {
    // Loaded only here, so the other cases' processes stay without HyperFormula or the task pane.
    const { functies } = await import("./gevallen/functies");
    resultaat = functies(rijen, opties);
  } else if (geval?.startsWith("functies-geheugen:")) {
    // One workbook kind (functies.ts Werkmapsoort) in a process of its own, for its peak RSS.
    const { functieGeheugen } = await import("./gevallen/functies");
    resultaat = functieGeheugen(rijen, geval.slice("functies-geheugen:".length) as Werkmapsoort);
  } else if (geval === "rondreizen") {
    const { rondreizen } = await import("./gevallen/rondreizen");
    resultaat = await rondreizen(rijen);
  } else {
    throw new Error(`onbekend geval: ${geval}`);
  }
  process.stdout.write(`RESULTAAT ${JSON.stringify(resultaat)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
