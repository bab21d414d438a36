/**
 * Is this file an Excel workbook (.xlsx) at all? Checked on the bytes before
 * any zip or XML parser sees them, so that a wrong file gives one clear Dutch
 * sentence (ONGELDIG_BESTAND) instead of a parser's stack trace. An .xlsx is a
 * zip archive; an encrypted .xlsx and an old .xls are OLE compound files
 * ([MS-CFB]); the encrypted one holds a stream named "EncryptedPackage"
 * ([MS-OFFCRYPTO] 2.3.4.4).
 */
import { BanenFout } from "../../core/basis/fouten";

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const LEGE_ZIP = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const VERSLEUTELD = Buffer.from("EncryptedPackage", "utf16le");

export function ongeldigBestand(reden: string): BanenFout {
  return new BanenFout("ONGELDIG_BESTAND", { reden });
}

/** Throws ONGELDIG_BESTAND unless the bytes can be an .xlsx (zip) workbook. */
export function controleerWerkmapBytes(bytes: Buffer, naam: string): void {
  if (bytes.length === 0) throw ongeldigBestand(`"${naam}" is leeg (0 bytes); verwacht een Excel-werkmap (.xlsx).`);
  if (bytes.subarray(0, CFB.length).equals(CFB)) {
    if (bytes.includes(VERSLEUTELD)) {
      throw ongeldigBestand(
        `"${naam}" is beveiligd met een wachtwoord en kan niet worden gelezen; open het in Excel en sla het op zonder wachtwoord ` +
          "(Bestand > Info > Werkmap beveiligen > Versleutelen met wachtwoord).",
      );
    }
    throw ongeldigBestand(
      `"${naam}" is een ouder Excel-bestand (.xls) of een ander Office-bestand; open het in Excel en sla het op als Excel-werkmap (.xlsx).`,
    );
  }
  if (bytes.subarray(0, LEGE_ZIP.length).equals(LEGE_ZIP))
    throw ongeldigBestand(`"${naam}" is een leeg zip-bestand, geen Excel-werkmap (.xlsx).`);
  if (!bytes.subarray(0, ZIP.length).equals(ZIP)) {
    if (lijktTekst(bytes)) {
      throw ongeldigBestand(
        `"${naam}" is geen Excel-werkmap maar tekst (CSV?); geef het bestand de extensie .csv, of open het in Excel en sla het op als Excel-werkmap (.xlsx).`,
      );
    }
    throw ongeldigBestand(`"${naam}" is geen Excel-werkmap (.xlsx); open het in Excel en sla het op als Excel-werkmap.`);
  }
}

/** Throws ONGELDIG_BESTAND when a zip archive is some other kind of document than a workbook. */
export function controleerWerkmapInhoud(paden: readonly string[], naam: string): void {
  const heeft = (p: string) => paden.includes(p);
  if (heeft("xl/workbook.xml")) return;
  if (heeft("xl/workbook.bin")) {
    throw ongeldigBestand(`"${naam}" is een binaire Excel-werkmap (.xlsb); open het in Excel en sla het op als Excel-werkmap (.xlsx).`);
  }
  if (heeft("mimetype") && heeft("content.xml")) {
    throw ongeldigBestand(`"${naam}" is een OpenDocument-bestand (.ods); sla het op als Excel-werkmap (.xlsx).`);
  }
  if (paden.some((p) => p.startsWith("word/") || p.startsWith("ppt/"))) {
    throw ongeldigBestand(`"${naam}" is een Word- of PowerPoint-bestand, geen Excel-werkmap (.xlsx).`);
  }
  throw ongeldigBestand(`"${naam}" is een zip-bestand maar geen Excel-werkmap (.xlsx): xl/workbook.xml ontbreekt.`);
}

/** Text files (CSV, JSON) have no control bytes other than tab, CR and LF in their first kilobytes. */
function lijktTekst(bytes: Buffer): boolean {
  const begin = bytes.subarray(0, 4096);
  for (const b of begin) if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) return false;
  return true;
}
