/** `banen doel <fte> <jaar>`: the doel of the quotumcalculator, exact and rounded. */
import type { Command } from "commander";
// Deep imports, not the core barrel: `banen doel` loads only what it uses (issue 16, start-up).
import { formatteerGetal, leesJaar, leesNietNegatief } from "../../core/basis/getal";
import { doel } from "../../core/regels/doel";
import {
  basisKeuzeTekst,
  basisTekst,
  type DoelBasis,
  grondslagTekst,
  leesDoelBasis,
  quotumTekst,
  quotumVoor,
} from "../../core/regels/doelbasis";
import { QUOTUMPERCENTAGE, UREN_PER_BAAN_PER_WEEK } from "../../core/regels/regels";
import { opdracht } from "../commander-nl";
import { exactJson, exactTekst, heelTekst, leesAantal, leesProcent, procentTekst } from "../getallen";
import { leesRegelsBestand, REGELS_OPTIE } from "../regels-bestand";
import { type Context, schrijfJson, schrijfRegels } from "../uitvoer";

interface Opties {
  basis?: string;
  regels?: string;
  urenPerFte?: string;
  quotumpercentage?: string;
  json?: boolean;
}

export function registreerDoel(programma: Command, ctx: Context): void {
  opdracht(programma, "doel", "het doel in banen uit fte, zoals de quotumcalculator het berekent")
    .argument("<fte>", "aantal fte, bijvoorbeeld 10.491 of 1.399,5")
    .argument("<jaar>", "jaar van het quotumpercentage, bijvoorbeeld 2023")
    .option("--basis <basis>", `hoe fte arbeidsplaatsen worden: ${basisKeuzeTekst()} (standaard Rijk)`)
    .option("--uren-per-fte <uren>", "uren in één fte, in plaats van --basis (36 = Rijk, 25,5 = fte zonder omrekening)")
    .option(
      "--quotumpercentage <procent>",
      "quotumpercentage, bijvoorbeeld 2,76%; voor een jaar zonder gepubliceerd of vastgelegd percentage",
    )
    .option(...REGELS_OPTIE)
    .option("--json", "uitvoer als JSON")
    .addHelpText(
      "after",
      `\nBerekening: doel = fte × uren per fte / ${formatteerGetal(UREN_PER_BAAN_PER_WEEK.waarde)} × quotumpercentage.\n` +
        `Gepubliceerde quotumpercentages: ${Object.entries(QUOTUMPERCENTAGE)
          .map(([jaar, r]) => `${jaar}: ${procentTekst(leesNietNegatief(r.waarde))}`)
          .join(", ")}.\n` +
        `Basis Rijk (36 uur per fte): ${grondslagTekst(leesDoelBasis("rijk").grondslag)}.\n` +
        `Basis fte zonder omrekening: ${grondslagTekst(leesDoelBasis("fte").grondslag)}.\n` +
        "\nVoorbeelden:\n  banen doel 10491 2023                     # 408,77872941… banen (afgerond 409)\n" +
        "  banen doel 200750 2024 --basis fte        # 5.540,7 (gemeenten: fte zonder omrekening)\n" +
        "  banen doel 1000 2025 --regels regels.json # met een vastgelegd quotumpercentage en zijn bron",
    )
    .action((fteTekst: string, jaarTekst: string, opties: Opties) => {
      const fte = leesAantal(fteTekst, { veld: "fte" }, "een aantal fte, bijvoorbeeld 10.491");
      const jaar = leesJaar(jaarTekst, { veld: "jaar" });
      const basis: DoelBasis =
        opties.urenPerFte === undefined
          ? leesDoelBasis(opties.basis, { veld: "--basis" })
          : leesDoelBasis(leesAantal(opties.urenPerFte, { veld: "--uren-per-fte" }, "uren in één fte, bijvoorbeeld 36"), {
              veld: "--uren-per-fte",
            });
      const urenPerFte = basis.urenPerFte;
      const opgegeven =
        opties.quotumpercentage === undefined ? undefined : leesProcent(opties.quotumpercentage, { veld: "--quotumpercentage" });
      const quotum = quotumVoor(jaar, leesRegelsBestand(opties.regels), opgegeven && { waarde: opgegeven, waar: "--quotumpercentage" });
      const percentage = quotum.waarde;
      const uitkomst = doel(fte, jaar, { urenPerFte, quotumpercentage: percentage });
      if (opties.json) {
        schrijfJson(ctx, {
          opdracht: "doel",
          fte: exactJson(fte),
          jaar,
          urenPerFte: exactJson(urenPerFte),
          quotumpercentage: exactJson(percentage),
          quotumpercentageBron: quotum.grondslag,
          basis: { naam: basis.naam, urenPerFte: exactJson(urenPerFte), grondslag: basis.grondslag },
          doel: exactJson(uitkomst),
          doelAfgerond: Number(uitkomst.toDecimalPlaces(0)),
        });
        return;
      }
      schrijfRegels(ctx, [
        `Doel ${jaar}: ${exactTekst(uitkomst)} banen (afgerond ${heelTekst(uitkomst)})`,
        `  ${formatteerGetal(fte)} fte × ${formatteerGetal(urenPerFte)} uur / ${formatteerGetal(UREN_PER_BAAN_PER_WEEK.waarde)} uur per baan × ${procentTekst(percentage)}`,
        `  basis: ${basisTekst(basis)}`,
        `  quotumpercentage ${jaar}: ${quotumTekst(quotum)}`,
      ]);
    });
}
