/** `banen uren-naar-banen` and `banen banen-naar-uren`: 25,5 paid hours per week is one baan. */
import type { Command } from "commander";
import { formatteerGetal } from "../../core/basis/getal";
import { banenNaarUren, leesPeriode, type Periode, urenNaarBanen, urenPerBaan } from "../../core/eenheden/eenheden";
import { opdracht } from "../commander-nl";
import { exactJson, exactTekst, leesAantal } from "../getallen";
import { type Context, schrijfJson, schrijfRegels } from "../uitvoer";

interface Opties {
  periode?: string;
  json?: boolean;
}

const PER: Record<Periode, string> = { week: "per week", kwartaal: "per kwartaal", jaar: "per jaar" };

function uitleg(periode: Periode): string {
  return `1 baan = ${formatteerGetal(urenPerBaan(periode))} verloonde uren ${PER[periode]}`;
}

export function registreerEenheden(programma: Command, ctx: Context): void {
  const periodeHulp = "periode van de uren: week (standaard), kwartaal of jaar";
  opdracht(programma, "uren-naar-banen", "verloonde uren omrekenen naar banen (25,5 uur per week is één baan)")
    .argument("<uren>", "verloonde uren, bijvoorbeeld 331,5")
    .option("--periode <periode>", periodeHulp)
    .option("--json", "uitvoer als JSON")
    .addHelpText("after", "\nVoorbeeld:\n  banen uren-naar-banen 331,5 --periode kwartaal     # 1 baan")
    .action((urenTekst: string, opties: Opties) => {
      const periode = leesPeriode(opties.periode, { veld: "--periode" });
      const uren = leesAantal(urenTekst, { veld: "uren" }, "verloonde uren, bijvoorbeeld 331,5");
      const banen = urenNaarBanen(uren, periode);
      if (opties.json) {
        schrijfJson(ctx, {
          opdracht: "uren-naar-banen",
          uren: exactJson(uren),
          periode,
          banen: exactJson(banen),
          urenPerBaan: exactJson(urenPerBaan(periode)),
        });
        return;
      }
      schrijfRegels(ctx, [
        `${formatteerGetal(uren)} uur ${PER[periode]} = ${exactTekst(banen)} ${banen.equals(1) ? "baan" : "banen"}`,
        `  (${uitleg(periode)})`,
      ]);
    });

  opdracht(programma, "banen-naar-uren", "banen omrekenen naar verloonde uren")
    .argument("<banen>", "aantal banen, bijvoorbeeld 409")
    .option("--periode <periode>", periodeHulp)
    .option("--json", "uitvoer als JSON")
    .addHelpText("after", "\nVoorbeeld:\n  banen banen-naar-uren 2 --periode jaar     # 2.652 uur per jaar")
    .action((banenTekst: string, opties: Opties) => {
      const periode = leesPeriode(opties.periode, { veld: "--periode" });
      const banen = leesAantal(banenTekst, { veld: "banen" }, "een aantal banen, bijvoorbeeld 409");
      const uren = banenNaarUren(banen, periode);
      if (opties.json) {
        schrijfJson(ctx, {
          opdracht: "banen-naar-uren",
          banen: exactJson(banen),
          periode,
          uren: exactJson(uren),
          urenPerBaan: exactJson(urenPerBaan(periode)),
        });
        return;
      }
      schrijfRegels(ctx, [
        `${formatteerGetal(banen)} ${banen.equals(1) ? "baan" : "banen"} = ${exactTekst(uren)} uur ${PER[periode]}`,
        `  (${uitleg(periode)})`,
      ]);
    });
}
