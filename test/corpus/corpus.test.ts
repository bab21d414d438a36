/**
 * The corpus (issue 12): every case through the CLI (`banen tabel1 … --json`)
 * and through the pane's reader path (the file's cells as text, recognised and
 * read by the core as the task pane does, stroom.controleer). Each must give
 * exactly the intended Tabel 1 or the intended refusal; never another table.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { decodeerBestand } from "../../src/cli/codering";
import { leesCsv } from "../../src/cli/csv";
import { leesLeesopties } from "../../src/cli/leesopties";
import { BanenFout, herkenFte, herkenHoofd, kwartaalUitNaam, metKopRij, type Raster, type WeergaveRij } from "../../src/core";
import { controleer } from "../../src/taskpane/stroom";
import { banen, tijdelijkeMap } from "../cli/hulp";
import { bytesVan, type Geval, laadGevallen, type Tabel1Rij, verwachteTabel } from "./corpus";
import { gegenereerdeGevallen } from "./gegenereerd";

// Cases for `banen financiering` have their own runner (financiering.test.ts).
const gevallen = laadGevallen(gegenereerdeGevallen()).filter((g) => (g.opdracht ?? "tabel1") === "tabel1");
const map = tijdelijkeMap();
jest.setTimeout(60_000);

const alsRij = (r: WeergaveRij): Tabel1Rij => [r.naam, r.doel, r.formeel, r.binnenwerk, r.inleen, r.totaal, r.realisatiePercentage];

/** Writes the case's files into a folder of its own (names may repeat across cases). */
function schrijf(g: Geval, i: number): { invoer: string; fte?: string } {
  const dir = map.pad(String(i));
  fs.mkdirSync(dir, { recursive: true });
  const invoer = path.join(dir, g.invoer.naam);
  fs.writeFileSync(invoer, bytesVan(g.invoer));
  if (!g.fte) return { invoer };
  const fte = path.join(dir, g.fte.naam);
  fs.writeFileSync(fte, bytesVan(g.fte));
  return { invoer, fte };
}

function optie(opties: readonly string[], naam: string): string | undefined {
  const i = opties.indexOf(naam);
  return i >= 0 ? opties[i + 1] : undefined;
}

/** The grid the pane reads: the file's cells as text (decoded and split as the user's Excel shows them). */
function raster(g: Geval, bestand: NonNullable<Geval["fte"]>): Raster {
  const lezen = leesLeesopties({
    codering: optie(g.opties ?? [], "--codering"),
    scheidingsteken: optie(g.opties ?? [], "--scheidingsteken"),
  });
  const { tekst } = decodeerBestand(bytesVan(bestand), bestand.naam, lezen.codering);
  const r = leesCsv(tekst, bestand.naam, lezen.scheidingsteken ? { scheidingsteken: lezen.scheidingsteken } : {});
  delete r.verslag;
  return r;
}

/** The pane's path: recognise as the pane does, then its checks (stroom.controleer). */
function viaTaakvenster(g: Geval): { rijen: Tabel1Rij[]; voetnoten: string[] } | { fouten: BanenFout[] } {
  const kwartaal = optie(g.opties ?? [], "--kwartaal") ?? kwartaalUitNaam(g.invoer.naam) ?? "";
  const decimaalteken = g.taakvenster ? g.taakvenster.decimaalteken : undefined;
  // --accepteer CODE[,CODE] is the pane's checkboxes of those warnings.
  const bevestigd = optie(g.opties ?? [], "--accepteer")?.split(",");
  let hoofd: Raster;
  let fte: Raster | null;
  try {
    hoofd = metKopRij(raster(g, g.invoer));
    fte = g.fte ? metKopRij(raster(g, g.fte), (r) => ({ ...herkenFte(r), vorm: "ministeries" })) : null;
  } catch (e) {
    if (e instanceof BanenFout) return { fouten: [e] };
    throw e;
  }
  const h = herkenHoofd(hoofd);
  const vorm = h.vorm ?? "ministeries";
  const uit = controleer({
    kwartaal,
    vorm,
    hoofd: { ...hoofd, verborgenRijen: [], adres: hoofd.blad, verzoeken: 1 },
    toewijzing: h.per[vorm].toewijzing,
    fte: fte ? { ...fte, verborgenRijen: [], adres: fte.blad, verzoeken: 1 } : null,
    fteToewijzing: fte ? herkenFte(fte).per.ministeries.toewijzing : null,
    ...(decimaalteken ? { decimaalteken } : {}),
    ...(bevestigd ? { bevestigd } : {}),
  });
  if (!uit.ok) return { fouten: uit.fouten };
  return {
    rijen: [...uit.tabel.weergave.rijen, uit.tabel.weergave.totaal].map(alsRij),
    voetnoten: uit.tabel.voetnoten.map((v) => v.tekst),
  };
}

describe.each(gevallen.map((g, i) => [g.naam ?? `geval ${i + 1}`, g, i] as const))("%s", (_, g, i) => {
  test(`CLI: ${g.omschrijving}`, async () => {
    const { invoer, fte } = schrijf(g, i);
    const r = await banen("tabel1", invoer, ...(fte ? ["--fte", fte] : []), ...(g.opties ?? []), "--json");
    if ("financiering" in g.verwacht) throw new Error("een geval voor banen financiering hoort niet in deze runner");
    if ("tabel" in g.verwacht) {
      expect(r.fout).toBe("");
      const json = JSON.parse(r.uit) as { rijen: WeergaveRij[]; totaal: WeergaveRij; voetnoten: { tekst: string }[] };
      expect([...json.rijen, json.totaal].map(alsRij)).toEqual(verwachteTabel(g.verwacht.tabel));
      if (g.verwacht.voetnootBevat) expect(json.voetnoten.map((v) => v.tekst)).toContain(g.verwacht.voetnootBevat);
      expect(r.code).toBe(0);
    } else {
      const json = JSON.parse(r.uit) as { fout: { code: string; fouten: { code: string }[] } };
      const codes = [json.fout.code, ...json.fout.fouten.map((f) => f.code)];
      expect(codes).toContain(g.verwacht.weigering.code);
      if (g.verwacht.weigering.tekst) expect(r.fout).toMatch(new RegExp(g.verwacht.weigering.tekst));
      expect(r.code).toBe(2);
    }
  });

  const taakvenster = g.taakvenster !== false && /\.(csv|txt)$/i.test(g.invoer.naam);
  (taakvenster ? test : test.skip)(`taakvenster: ${g.omschrijving}`, () => {
    const uit = viaTaakvenster(g);
    if ("financiering" in g.verwacht) throw new Error("een geval voor banen financiering hoort niet in deze runner");
    if ("tabel" in g.verwacht) {
      if ("fouten" in uit) throw new Error(uit.fouten.map((f) => f.message).join("\n"));
      expect(uit.rijen).toEqual(verwachteTabel(g.verwacht.tabel));
      if (g.verwacht.voetnootBevat) expect(uit.voetnoten).toContain(g.verwacht.voetnootBevat);
    } else {
      if ("rijen" in uit) throw new Error(`gelezen als een tabel: ${JSON.stringify(uit.rijen)}`);
      expect(uit.fouten.map((f) => f.code)).toContain(g.verwacht.weigering.code);
      if (g.verwacht.weigering.tekst) expect(uit.fouten.map((f) => f.message).join("\n")).toMatch(new RegExp(g.verwacht.weigering.tekst));
    }
  });
});

test("the corpus has at least the cases this runner was written for", () => {
  expect(gevallen.length).toBeGreaterThanOrEqual(30);
});
