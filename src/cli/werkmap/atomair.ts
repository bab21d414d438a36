/**
 * Writes a file all at once or not at all: the bytes go to a temporary file
 * in the same directory (same file system, so the final step is a rename),
 * are flushed to disk, and only then get the real name. A failure at any
 * point removes the temporary file; the user never finds half a workbook.
 *
 * An existing file is never replaced unless `overschrijf`. Without it, the
 * final step is a hard link, which fails when the name was taken in the
 * meantime (no check-then-write race); where links are not supported (some
 * network or FAT drives) we check once more and rename.
 */
import { randomBytes } from "node:crypto";
import { promises as fsp } from "node:fs";
import * as path from "node:path";
import { BanenFout } from "../../core/basis/fouten";

/** The file operations used; tests inject failures through this. */
export interface Bestandssysteem {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  link: typeof fsp.link;
  unlink: typeof fsp.unlink;
  lstat: typeof fsp.lstat;
}

export interface SchrijfOpties {
  /** Replace an existing file of that name; without it an existing file gives BESTAND_BESTAAT_AL. */
  overschrijf: boolean;
}

const echt: Bestandssysteem = { open: fsp.open, rename: fsp.rename, link: fsp.link, unlink: fsp.unlink, lstat: fsp.lstat };

/** Writes `maak()`'s bytes to `pad` atomically; the bytes are made before anything is touched on disk. */
export async function schrijfAtomair(
  pad: string,
  maak: () => Promise<Uint8Array>,
  opties: SchrijfOpties,
  fs: Bestandssysteem = echt,
): Promise<void> {
  const doel = path.resolve(pad);
  await controleerDoel(fs, doel, pad, opties.overschrijf);
  let inhoud: Uint8Array;
  try {
    inhoud = await maak();
  } catch (e) {
    if (e instanceof BanenFout) throw e;
    throw schrijffout(pad, e);
  }

  const tijdelijk = path.join(path.dirname(doel), `.${path.basename(doel)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  let aangemaakt = false;
  try {
    const bestand = await fs.open(tijdelijk, "wx");
    aangemaakt = true;
    try {
      await bestand.writeFile(inhoud);
      await bestand.sync();
    } finally {
      await bestand.close();
    }
    if (opties.overschrijf) {
      await fs.rename(tijdelijk, doel);
    } else {
      await zetZonderOverschrijven(fs, tijdelijk, doel, pad);
    }
    aangemaakt = false;
  } catch (e) {
    if (aangemaakt) await fs.unlink(tijdelijk).catch(() => undefined);
    if (e instanceof BanenFout) throw e;
    throw schrijffout(pad, e);
  }
}

async function controleerDoel(fs: Bestandssysteem, doel: string, pad: string, overschrijf: boolean): Promise<void> {
  const stat = await fs.lstat(doel).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return null;
    throw schrijffout(pad, e);
  });
  if (!stat) return;
  if (stat.isDirectory()) throw new BanenFout("SCHRIJFFOUT", { pad, reden: "er staat een map met die naam" });
  if (!overschrijf) throw new BanenFout("BESTAND_BESTAAT_AL", { pad });
}

/** Gives the finished temporary file its name unless that name exists; removes the temporary name. */
async function zetZonderOverschrijven(fs: Bestandssysteem, tijdelijk: string, doel: string, pad: string): Promise<void> {
  try {
    await fs.link(tijdelijk, doel);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new BanenFout("BESTAND_BESTAAT_AL", { pad });
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS" && code !== "EXDEV") throw e;
    // No hard links here: check once more, then rename (a tiny window, but never a partial file).
    await controleerDoel(fs, doel, pad, false);
    await fs.rename(tijdelijk, doel);
    return;
  }
  await fs.unlink(tijdelijk).catch(() => undefined);
}

const REDENEN: Record<string, string> = {
  ENOENT: "de map bestaat niet",
  ENOTDIR: "een deel van het pad is geen map",
  EACCES: "geen schrijfrechten",
  EPERM: "geen toestemming; is het bestand geopend in Excel?",
  EBUSY: "het bestand is in gebruik; is het geopend in Excel?",
  EROFS: "de schijf is alleen-lezen",
  ENOSPC: "de schijf is vol",
  EDQUOT: "de schijfruimte (quotum) is op",
};

function schrijffout(pad: string, e: unknown): BanenFout {
  const code = (e as NodeJS.ErrnoException)?.code;
  const reden = (code && REDENEN[code]) ?? (e instanceof Error ? e.message : String(e));
  return new BanenFout("SCHRIJFFOUT", { pad, reden });
}
