/** `banen doel <fte> <jaar>`: the doel of the quotumcalculator, exact and rounded. */
import type { Command } from "commander";
import {
  doel,
  formatteerGetal,
  leesJaar,
  leesNietNegatief,
  QUOTUMPERCENTAGE,
  quotumpercentage,
  UREN_PER_BAAN_PER_WEEK,
  UREN_PER_FTE_RIJK,
} from "../../core";
import { opdracht } from "../commander-nl";
import { exactJson, exactTekst, heelTekst, leesAantal, leesProcent, procentTekst } from "../getallen";
import { type Context, schrijfJson, schrijfRegels } from "../uitvoer";

interface Opties {
  urenPerFte?: string;
  quotumpercentage?: string;
  json?: boolean;
}

export function registreerDoel(programma: Command, ctx: Context): void {
  opdracht(programma, "doel", "het doel in banen uit fte, zoals de quotumcalculator het berekent")
    .argument("<fte>", "aantal fte, bijvoorbeeld 10.491 of 1.399,5")
    .argument("<jaar>", "jaar van het quotumpercentage, bijvoorbeeld 2023")
    .option(
      "--uren-per-fte <uren>",
      `uren in één fte (standaard ${formatteerGetal(UREN_PER_FTE_RIJK.waarde)}, het Rijk); 25,5 betekent geen omrekening`,
    )
    .option("--quotumpercentage <procent>", "quotumpercentage, bijvoorbeeld 2,76%; nodig voor een jaar zonder gepubliceerd percentage")
    .option("--json", "uitvoer als JSON")
    .addHelpText(
      "after",
      `\nBerekening: doel = fte × uren per fte / ${formatteerGetal(UREN_PER_BAAN_PER_WEEK.waarde)} × quotumpercentage.\n` +
        `Gepubliceerde quotumpercentages: ${Object.entries(QUOTUMPERCENTAGE)
          .map(([jaar, r]) => `${jaar}: ${procentTekst(leesNietNegatief(r.waarde))}`)
          .join(", ")}.\n\nVoorbeeld:\n  banen doel 10491 2023     # 408,77872941… banen (afgerond 409)`,
    )
    .action((fteTekst: string, jaarTekst: string, opties: Opties) => {
      const fte = leesAantal(fteTekst, { veld: "fte" }, "een aantal fte, bijvoorbeeld 10.491");
      const jaar = leesJaar(jaarTekst, { veld: "jaar" });
      const urenPerFte =
        opties.urenPerFte === undefined
          ? leesNietNegatief(UREN_PER_FTE_RIJK.waarde)
          : leesAantal(opties.urenPerFte, { veld: "--uren-per-fte" }, "uren in één fte, bijvoorbeeld 36");
      const percentage =
        opties.quotumpercentage !== undefined
          ? leesProcent(opties.quotumpercentage, { veld: "--quotumpercentage" })
          : quotumpercentage(jaar);
      const bron = opties.quotumpercentage === undefined ? QUOTUMPERCENTAGE[jaar]!.bron : null;
      const uitkomst = doel(fte, jaar, { urenPerFte, quotumpercentage: percentage });
      if (opties.json) {
        schrijfJson(ctx, {
          opdracht: "doel",
          fte: exactJson(fte),
          jaar,
          urenPerFte: exactJson(urenPerFte),
          quotumpercentage: exactJson(percentage),
          quotumpercentageBron: bron,
          doel: exactJson(uitkomst),
          doelAfgerond: Number(uitkomst.toDecimalPlaces(0)),
        });
        return;
      }
      schrijfRegels(ctx, [
        `Doel ${jaar}: ${exactTekst(uitkomst)} banen (afgerond ${heelTekst(uitkomst)})`,
        `  ${formatteerGetal(fte)} fte × ${formatteerGetal(urenPerFte)} uur / ${formatteerGetal(UREN_PER_BAAN_PER_WEEK.waarde)} uur per baan × ${procentTekst(percentage)}`,
        bron
          ? `  quotumpercentage ${jaar}: ${procentTekst(percentage)} (bron: ${bron.document}, ${bron.plaats})`
          : `  quotumpercentage ${procentTekst(percentage)}: opgegeven met --quotumpercentage`,
      ]);
    });
}
