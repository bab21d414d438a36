/**
 * The benchmark report as markdown (Dutch, like the rest of the project's
 * documents): machine and conditions, one table per part, the ratios, and
 * which targets are met. Numbers are written as measured; a path that could
 * not be measured says why ("niet beschikbaar: …"), never a made-up number.
 */
import type { CliResultaat } from "./gevallen/cli";
import type { FunctieGeheugen, FunctiesResultaat, Paar } from "./gevallen/functies";
import type { HerkomstResultaat } from "./gevallen/herkomst";
import type { LibreOfficeResultaat } from "./gevallen/libreoffice";
import type { OpstartResultaat } from "./gevallen/opstart";
import type { RondreizenResultaat } from "./gevallen/rondreizen";
import type { Uitkomst } from "./kind";
import type { Geheugen, TijdMeting, Tijden } from "./meten";

export interface Machine {
  datum: string;
  cpu: string;
  geheugenGiB: number;
  os: string;
  node: string;
  commit: string;
  libreOffice: string | null;
  hyperformula: string;
  belastingStart: number[];
  belastingEind: number[];
}

export interface Tabel1Meting {
  rijen: number;
  kern: Uitkomst<TijdMeting>;
  vloer: Uitkomst<TijdMeting>;
  cli: Uitkomst<CliResultaat>;
  libreOffice: Uitkomst<LibreOfficeResultaat>;
  /** Herkomst (issue 17) next to the core path; null where not measured (a million rows). */
  herkomst?: Uitkomst<HerkomstResultaat> | null;
}

export interface Resultaten {
  machine: Machine;
  opties: { rijen: number[]; cellen: number; opwarmen: number; runs: number; ankerRuns: number };
  tabel1: Tabel1Meting[];
  functies: Uitkomst<FunctiesResultaat>;
  /** Peak RSS of each of the four function workbooks, each in a process of its own. */
  functieGeheugen: Array<Uitkomst<FunctieGeheugen>>;
  /** The CLI's start-up: npm run banen -- doel …, node bin/banen.js doel …, and Node and npm alone. */
  opstart: Uitkomst<OpstartResultaat>;
  rondreizen: Array<{ rijen: number; uitkomst: Uitkomst<RondreizenResultaat> }>;
  /** Runtime packages (npm ls --omit=dev) and the packages loaded to read / to write an .xlsx; null when not measured. */
  afhankelijkheden: { runtime: number; lezen: number | null; schrijven: number | null } | null;
}

/** 250000 → "250.000". */
const heel = (n: number) => Math.round(n).toLocaleString("nl-NL");
/** A duration: "0,84 ms", "145 ms", "2,58 s". */
export function duur(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toLocaleString("nl-NL", { maximumFractionDigits: 2, minimumFractionDigits: 2 })} s`;
  if (ms >= 100) return `${heel(ms)} ms`;
  return `${ms.toLocaleString("nl-NL", { maximumSignificantDigits: 3 })} ms`;
}
const spreiding = (t: Tijden) => `${duur(t.min)} – ${duur(t.max)} (${t.runs}×)`;
const mib = (x: number) => `${heel(x)} MiB`;
const geheugen = (g: Geheugen) => `${mib(g.piekMiB)} (+${heel(g.extraMiB)})`;
/** How many times a is b: "×23,4". */
const keer = (a: number, b: number) => `×${(a / b).toLocaleString("nl-NL", { maximumSignificantDigits: 3 })}`;
const bytes = (b: number) =>
  b >= 1024 * 1024
    ? `${(b / 1024 / 1024).toLocaleString("nl-NL", { maximumFractionDigits: 2 })} MB`
    : b >= 10 * 1024
      ? `${heel(b / 1024)} kB`
      : `${heel(b)} B`;
const controle = (afwijkingen: string[], goed: string) =>
  afwijkingen.length === 0
    ? goed
    : `**AFWIJKING**: ${afwijkingen.slice(0, 3).join("; ")}${afwijkingen.length > 3 ? ` (+${afwijkingen.length - 3})` : ""}`;
const niet = (reden: string) => `niet beschikbaar: ${reden.replace(/\|/g, "\\|")}`;

function tabel1Deel(r: Resultaten): string[] {
  const regels = [
    "## 1. Tabel 1 uit persoonsgegevens",
    "",
    "| rijen | pad | mediaan | min – max | piek RSS (+extra) | controle |",
    "|---:|---|---:|---:|---:|---|",
  ];
  for (const t of r.tabel1) {
    const n = heel(t.rijen);
    const tijdRij = (pad: string, u: Uitkomst<TijdMeting>, goed: string) =>
      u.ok
        ? `| ${n} | ${pad} | ${duur(u.waarde.tijden.mediaan)} | ${spreiding(u.waarde.tijden)} | ${geheugen(u.waarde.geheugen)} | ${controle(u.waarde.afwijkingen, goed)} |`
        : `| ${n} | ${pad} | – | – | – | ${niet(u.reden)} |`;
    regels.push(tijdRij("(a) kern: rijen → `invoer.ts` → `bouwTabel1`", t.kern, "exact gelijk aan de referentie (Decimal)"));
    regels.push(
      t.cli.ok
        ? `| ${n} | (b) CLI: \`banen tabel1\` .xlsx → .xlsx (proces) | ${duur(t.cli.waarde.tijden.mediaan)} | ${spreiding(t.cli.waarde.tijden)} | ${mib(t.cli.waarde.piekMiB)} | ${controle(t.cli.waarde.afwijkingen, "exact gelijk (--json)")}; opstart \`--help\` ${duur(t.cli.waarde.opstart.mediaan)} |`
        : `| ${n} | (b) CLI: \`banen tabel1\` .xlsx → .xlsx | – | – | – | ${niet(t.cli.reden)} |`,
    );
    regels.push(tijdRij("(c) vloer: één lus over getallen", t.vloer, "gelijk (1e-12)"));
    if (t.libreOffice.ok) {
      const lo = t.libreOffice.waarde;
      const goed = controle(lo.afwijkingen, "gelijk aan de kern (1e-12)");
      regels.push(
        `| ${n} | (d) LibreOffice: openen (lezen + alle SUMIFS) | ${duur(lo.openen.mediaan)} | ${spreiding(lo.openen)} | ${mib(lo.piekMiB)} | ${goed} |`,
      );
      regels.push(
        `| ${n} | (d) LibreOffice: alleen herberekenen | ${duur(lo.herberekenen.mediaan)} | ${spreiding(lo.herberekenen)} | (in de piek hierboven: zelfde proces) | ${goed} |`,
      );
    } else {
      regels.push(`| ${n} | (d) LibreOffice SUMIFS-werkmap | – | – | – | ${niet(t.libreOffice.reden)} |`);
    }
  }
  regels.push(
    "",
    "Verhoudingen (mediaan ÷ mediaan; > 1 betekent: de kern is zoveel keer sneller, behalve bij kern ÷ vloer):",
    "",
    "| rijen | kern ÷ vloer | LibreOffice openen ÷ kern | LibreOffice herberekenen ÷ kern | CLI ÷ kern | (CLI − opstart) ÷ kern | LibreOffice openen ÷ CLI |",
    "|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const t of r.tabel1) {
    const kern = t.kern.ok ? t.kern.waarde.tijden.mediaan : NaN;
    const cel = (x: number | null) => (x === null || !Number.isFinite(x) || !Number.isFinite(kern) ? "–" : keer(x, kern));
    const vloer = t.vloer.ok && t.kern.ok ? keer(kern, t.vloer.waarde.tijden.mediaan) : "–";
    const lo = t.libreOffice.ok ? t.libreOffice.waarde : null;
    const cli = t.cli.ok ? t.cli.waarde : null;
    regels.push(
      `| ${heel(t.rijen)} | ${vloer} | ${cel(lo ? lo.openen.mediaan : null)} | ${cel(lo ? lo.herberekenen.mediaan : null)} | ${cel(cli ? cli.tijden.mediaan : null)} | ${cel(cli ? cli.tijden.mediaan - cli.opstart.mediaan : null)} | ${lo && cli ? keer(lo.openen.mediaan, cli.tijden.mediaan) : "–"} |`,
    );
  }
  return regels;
}

function functiesDeel(r: Resultaten): string[] {
  const regels = ["## 2. Custom functions in HyperFormula", ""];
  if (!r.functies.ok) return [...regels, niet(r.functies.reden)];
  const f = r.functies.waarde;
  const rij = (wat: string, m: Paar) =>
    `| ${wat} | ${duur(m.banen.mediaan)} (${spreiding(m.banen)}) | ${duur(m.native.mediaan)} (${spreiding(m.native)}) | ${keer(m.banen.mediaan, m.native.mediaan)} |`;
  const geheugenVan = (soort: string) => {
    const g = r.functieGeheugen.find((x) => x.ok && x.waarde.soort === soort);
    return g?.ok ? geheugen(g.waarde) : "–";
  };
  const n = heel(f.cellen);
  return [
    ...regels,
    `${n} cellen, uit de gebouwde bundel (${f.bundel}); BANEN.DOEL en de native formule om beurten gemeten in één proces (piek-RSS van dat proces ${mib(f.piekMiB)}):`,
    "",
    "| | `=BANEN.DOEL(A1;2023)` | `=A1*36/25,5*2,76%` | verhouding |",
    "|---|---:|---:|---:|",
    rij("per cel: werkmap opbouwen (parsen + eerste berekening)", f.opbouw),
    rij("per cel: herberekenen na wijzigen van alle fte", f.herberekening),
    rij(`één formule over ${n} rijen (\`A1:A${f.cellen}\`, overlopend): opbouwen`, f.bereik.opbouw),
    rij(`één formule over ${n} rijen: herberekenen`, f.bereik.herberekening),
    `| piek-RSS (+extra), per cel, elk in een eigen proces | ${geheugenVan("banen")} | ${geheugenVan("native")} | |`,
    `| piek-RSS (+extra), over het bereik, elk in een eigen proces | ${geheugenVan("banen-bereik")} | ${geheugenVan("native-bereik")} | |`,
    "",
    `Controle: grootste relatieve afwijking tussen beide kolommen ${f.grootsteRelatieveAfwijking.toExponential(1)} (grens 1e-12); ` +
      controle(f.afwijkingen, "elke cel gelijk, en BANEN.DOEL gelijk aan de kern (`doel().toNumber()`)") +
      ".",
  ];
}

function rondreizenDeel(r: Resultaten): string[] {
  const regels = [
    "## 3. Excel-rondreizen (nep-Excel-host van de taakvenstertests)",
    "",
    "| rijen | rijen per verzoek | verzoeken lezen (verwacht) | grootste verzoek / antwoord | antwoord totaal | verzoeken fte | verzoeken schrijven (grootste) | piek RSS | controle |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const { rijen, uitkomst } of r.rondreizen) {
    if (!uitkomst.ok) {
      regels.push(`| ${heel(rijen)} | | | | | | | | ${niet(uitkomst.reden)} |`);
      continue;
    }
    const u = uitkomst.waarde;
    regels.push(
      `| ${heel(rijen)} | ${heel(u.rijenPerBrok)} | ${u.lezen.syncs} (${u.lezen.verwacht}) | ${bytes(u.lezen.maxVerzoekBytes)} / ${bytes(u.lezen.maxAntwoordBytes)} | ${bytes(u.lezen.antwoordBytes)} | ${u.fte.syncs} | ${u.schrijven.syncs} (${bytes(u.schrijven.maxVerzoekBytes)}) | ${mib(u.piekMiB)} | ${controle(u.afwijkingen, "alles onder 5 MB; Tabel 1 exact")} |`,
    );
  }
  regels.push("", "Verwacht aantal leesverzoeken: 1 (plaats en grootte) + ⌈(rijen + kop) ÷ rijen per verzoek⌉; schrijven: altijd 3.");
  return regels;
}

function herkomstDeel(r: Resultaten): string[] {
  const metHerkomst = r.tabel1.filter((t) => t.herkomst);
  if (metHerkomst.length === 0) return [];
  const regels = [
    "## 5. Herkomst (issue 17): wat het bijhouden en natrekken kost",
    "",
    "Het kernpad van deel 1 met `herkomst: true` (de lezer houdt per ministerie en soort de getelde rijnummers bij, 4 B per rij) om beurten met hetzelfde pad zonder; daarna `celHerkomst` voor de grootste cel, Totaal Rijk totaal (alle rijen), met de eerste 20 rijen zoals `banen herkomst` ze toont, en één keer alle rijen als objecten (`--alle`, `-o herkomst.csv`). Piek-RSS: eerste lezing met herkomst in een vers proces, naast die van de kern zonder herkomst (deel 1, eigen proces, zelfde gegevens).",
    "",
    "| rijen | kern zonder | kern met herkomst | met ÷ zonder | `celHerkomst` Totaal Rijk totaal | alle rijen als objecten | rijregistratie | piek RSS met herkomst (+extra) | piek RSS zonder (kern) | controle |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const t of metHerkomst) {
    const h = t.herkomst!;
    if (!h.ok) {
      regels.push(`| ${heel(t.rijen)} | | | | | | | | | ${niet(h.reden)} |`);
      continue;
    }
    const w = h.waarde;
    regels.push(
      `| ${heel(t.rijen)} | ${duur(w.zonder.mediaan)} | ${duur(w.met.mediaan)} (${spreiding(w.met)}) | ${keer(w.met.mediaan, w.zonder.mediaan)} | ${duur(w.totaalRijk.mediaan)} (${spreiding(w.totaalRijk)}) | ${duur(w.alleRijen.mediaan)} (${heel(w.rijenTotaal)} rijen) | ${bytes(w.registratieBytes)} | ${geheugen(w.geheugen)} | ${t.kern.ok ? geheugen(t.kern.waarde.geheugen) : "–"} | ${controle(w.afwijkingen, "som gelijk aan de cel (Decimal), elke rij één keer")} |`,
    );
  }
  return regels;
}

function opstartDeel(r: Resultaten): string[] {
  const regels = ["## 6. Opstart van de CLI", ""];
  if (!r.opstart.ok) return [...regels, niet(r.opstart.reden)];
  const o = r.opstart.waarde;
  const z = o.zonderCerts;
  const rij = (wat: string, t: Tijden, zonder?: Tijden, piek = "") =>
    `| ${wat} | ${duur(t.mediaan)} | ${spreiding(t)} | ${zonder ? duur(zonder.mediaan) : "–"} | ${piek} |`;
  return [
    ...regels,
    "Om beurten gemeten (elk een eigen proces, de eerste ronde niet geteld); `lib/` is actueel, er wordt niets gecompileerd.",
    z
      ? "Deze machine zet `NODE_EXTRA_CA_CERTS` (de certificaten van de proxy van de sandbox): elk Node-proces leest die bij de start. De kolom 'zonder' meet hetzelfde zonder die variabele, zoals op de machine van een gebruiker."
      : "`NODE_EXTRA_CA_CERTS` is hier niet gezet.",
    "",
    "| | mediaan | min – max | zonder `NODE_EXTRA_CA_CERTS` | piek RSS |",
    "|---|---:|---:|---:|---:|",
    rij("`node -e 0` (Node zelf)", o.node, z?.node),
    rij("`npm --version` (npm zelf)", o.npm),
    rij("`npm run env` (npm run zonder iets van ons: de bodem)", o.npmRun, z?.npmRun),
    rij("`node bin/banen.js doel 10491 2023`", o.banen, z?.banen, mib(o.banenPiekMiB)),
    rij("`npm run banen -- doel 10491 2023` (README)", o.npmRunBanen, z?.npmRunBanen),
    "",
    `Eigen deel van \`banen doel\` (banen − Node): ${duur(o.banen.mediaan - o.node.mediaan)}${z ? ` (zonder: ${duur(z.banen.mediaan - z.node.mediaan)})` : ""}; \`npm run banen\` boven de bodem van \`npm run\`: ${duur(o.npmRunBanen.mediaan - o.npmRun.mediaan)}${z ? ` (zonder: ${duur(z.npmRunBanen.mediaan - z.npmRun.mediaan)})` : ""}. ${controle(o.afwijkingen, "Uitvoer gelijk aan de README (Doel 2023: 408,77872941… banen (afgerond 409)), niets op stderr.")}`,
  ];
}

function afhankelijkhedenDeel(r: Resultaten): string[] {
  const a = r.afhankelijkheden;
  if (!a) return [];
  const n = (x: number | null) => (x === null ? "niet gemeten" : heel(x));
  return [
    "## 4. Afhankelijkheden",
    "",
    `- runtime-pakketten (\`npm ls --omit=dev --all\`): ${heel(a.runtime)}; exceljs blijft er één van: de CLI schrijft er .xlsx mee`,
    `- pakketten die een proces laadt om een .xlsx te **lezen** (\`lib/cli/werkmap/lees.js\`): ${n(a.lezen)}; om er een te **schrijven** (\`lib/cli/werkmap/index.js\`, exceljs): ${n(a.schrijven)}`,
  ];
}

function doelenDeel(r: Resultaten): string[] {
  const regels = ["## Doelen", ""];
  const vink = (ja: boolean | null) => (ja === null ? "–" : ja ? "gehaald" : "**niet gehaald**");
  const bij = (n: number) => r.tabel1.find((t) => t.rijen === n);
  const t250 = bij(250_000);
  if (t250?.kern.ok) {
    const kern = t250.kern.waarde.tijden.mediaan;
    regels.push(`- 250.000 rijen naar Tabel 1 onder 1 s (kernpad): ${duur(kern)} → ${vink(kern < 1000)}`);
    if (t250.vloer.ok) {
      const x = kern / t250.vloer.waarde.tijden.mediaan;
      regels.push(`- kern binnen 3× van de kale lus (250.000 rijen): ${keer(x, 1)} → ${vink(x <= 3)}`);
    }
    const lo = t250.libreOffice.ok ? t250.libreOffice.waarde : null;
    const cli = t250.cli.ok ? t250.cli.waarde : null;
    if (lo && cli) {
      const x = lo.openen.mediaan / cli.tijden.mediaan;
      regels.push(
        `- .xlsx → Tabel 1 met de CLI (250.000 rijen, hele proces) ≥ 2× sneller dan LibreOffice openen + berekenen: ${duur(cli.tijden.mediaan)} tegen ${duur(lo.openen.mediaan)}, ${keer(x, 1)} → ${vink(x >= 2)}`,
      );
    }
    if (cli) regels.push(`- piek-RSS van de CLI bij 250.000 rijen onder 200 MiB: ${mib(cli.piekMiB)} → ${vink(cli.piekMiB < 200)}`);
  }
  const t1m = bij(1_000_000);
  if (t1m?.cli.ok && t250?.cli.ok) {
    const x = t1m.cli.waarde.piekMiB / t250.cli.waarde.piekMiB;
    regels.push(
      `- 1.000.000 rijen met vlak geheugen: piek-RSS van de CLI ${mib(t1m.cli.waarde.piekMiB)} tegen ${mib(t250.cli.waarde.piekMiB)} bij 250.000 (${keer(x, 1)} bij 4× zoveel rijen) → ${vink(x <= 1.25)}`,
    );
  }
  if (r.opstart.ok) {
    const o = r.opstart.waarde;
    regels.push(
      `- de CLI start meteen: \`npm run banen -- doel 10491 2023\` onder 0,3 s: ${duur(o.npmRunBanen.mediaan)} → ${vink(o.npmRunBanen.mediaan < 300)} (zonder npm: ${duur(o.banen.mediaan)})`,
    );
  }
  if (r.functies.ok) {
    const f = r.functies.waarde;
    const a = f.opbouw.banen.mediaan / f.opbouw.native.mediaan;
    const b = f.herberekening.banen.mediaan / f.herberekening.native.mediaan;
    regels.push(
      `- custom function binnen 1,3× van de native formule: opbouwen ${keer(a, 1)} → ${vink(a <= 1.3)}; herberekenen ${keer(b, 1)} → ${vink(b <= 1.3)}`,
    );
    const c = f.bereik.opbouw.banen.mediaan / f.bereik.opbouw.native.mediaan;
    const d = f.bereik.herberekening.banen.mediaan / f.bereik.herberekening.native.mediaan;
    regels.push(
      `- idem als één formule over het bereik: opbouwen ${keer(c, 1)} → ${vink(c <= 1.3)}; herberekenen ${keer(d, 1)} → ${vink(d <= 1.3)}`,
    );
  }
  const ok = r.rondreizen.filter((x) => x.uitkomst.ok);
  if (ok.length > 0) {
    const goed = ok.every((x) => x.uitkomst.ok && x.uitkomst.waarde.afwijkingen.length === 0);
    regels.push(`- rondreizen groeien alleen met rijen ÷ brokgrootte, alles binnen 5 MB: ${vink(goed)}`);
  }
  return regels;
}

export function rapport(r: Resultaten): string {
  const m = r.machine;
  const belasting = (b: number[]) => b.map((x) => x.toLocaleString("nl-NL", { maximumFractionDigits: 2 })).join(" / ");
  return [
    "# Benchmark: Tabel 1 en custom functions op schaal",
    "",
    "Gemaakt met `npm run bench` (zie [README.md](README.md) voor wat er gemeten wordt en hoe).",
    "",
    `- datum: ${m.datum}; commit ${m.commit}`,
    `- machine: ${m.cpu}, ${heel(m.geheugenGiB)} GiB geheugen, ${m.os}; Node ${m.node}; HyperFormula ${m.hyperformula}; ${m.libreOffice ?? "LibreOffice niet geïnstalleerd"}`,
    `- belasting (load average 1 / 5 / 15 min) bij start ${belasting(m.belastingStart)}, bij einde ${belasting(m.belastingEind)}: de machine wordt gedeeld, tijden zijn daardoor ruisig`,
    `- tijden: mediaan van ${r.opties.runs} runs na ${r.opties.opwarmen} opwarmruns (kern, vloer), ${r.opties.ankerRuns} runs na 1 opwarmrun (CLI, LibreOffice); elk geval in een eigen proces`,
    "- geheugen: piek-RSS van het proces (VmHWM; buiten Linux getrusage maxRSS); tussen haakjes hoeveel de eerste run de piek verhoogde boven wat de invoer al innam",
    "- gegevens: synthetisch, `schaalVoorbeeld` uit `src/voorbeeld/generator.ts` met vaste seed 20230630 (13 ministeries, 8–36 uur per week in halve uren)",
    "",
    ...tabel1Deel(r),
    "",
    ...functiesDeel(r),
    "",
    ...rondreizenDeel(r),
    "",
    ...afhankelijkhedenDeel(r),
    "",
    ...herkomstDeel(r),
    "",
    ...opstartDeel(r),
    "",
    ...doelenDeel(r),
    "",
  ].join("\n");
}
