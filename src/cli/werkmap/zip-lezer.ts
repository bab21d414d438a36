/**
 * Reads the parts of a zip archive (an .xlsx) without loading the archive:
 * the central directory is read from the end of the file (APPNOTE.TXT 6.3.10,
 * 4.3.12 central directory header, 4.3.16 end of central directory record,
 * 4.3.14/4.3.15 and 4.5.3 for ZIP64), and each part is read from its local
 * header on, as a whole (small parts) or as a stream of inflated chunks (the
 * sheets), with node:zlib's raw inflate. Only "stored" (0) and "deflated" (8)
 * parts occur in Office files (ECMA-376 Part 2, 8.3 / Annex C).
 */
import { promises as fsp } from "node:fs";
import * as fs from "node:fs";
import * as zlib from "node:zlib";

export interface ZipDeel {
  naam: string;
  methode: number;
  gecomprimeerd: number;
  grootte: number;
  /** Offset of the local file header. */
  lokaal: number;
  versleuteld: boolean;
}

/** Why an archive cannot be read, in Dutch (the caller names the file). */
export class ZipFout extends Error {}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAAL = 0x02014b50;
const LOKAAL = 0x04034b50;
const MAX_COMMENTAAR = 0xffff;

async function leesBytes(fd: fsp.FileHandle, positie: number, lengte: number): Promise<Buffer> {
  const buf = Buffer.alloc(lengte);
  const { bytesRead } = await fd.read(buf, 0, lengte, positie);
  if (bytesRead !== lengte) throw new ZipFout("het zip-bestand is afgebroken (onvolledig)");
  return buf;
}

export class ZipLezer {
  private constructor(
    private readonly fd: fsp.FileHandle,
    readonly pad: string,
    readonly delen: ReadonlyMap<string, ZipDeel>,
  ) {}

  /** Opens the archive and reads its directory; ZipFout when it is no readable zip. */
  static async open(pad: string): Promise<ZipLezer> {
    const fd = await fsp.open(pad, "r");
    try {
      const delen = await leesMap(fd, (await fd.stat()).size);
      return new ZipLezer(fd, pad, delen);
    } catch (e) {
      await fd.close();
      throw e;
    }
  }

  async sluit(): Promise<void> {
    await this.fd.close();
  }

  heeft(naam: string): boolean {
    return this.delen.has(naam);
  }

  /** Where the compressed data of a part starts (after its local header). */
  private async dataBegin(deel: ZipDeel): Promise<number> {
    const kop = await leesBytes(this.fd, deel.lokaal, 30);
    if (kop.readUInt32LE(0) !== LOKAAL) throw new ZipFout(`de lokale kop van ${deel.naam} ontbreekt`);
    return deel.lokaal + 30 + kop.readUInt16LE(26) + kop.readUInt16LE(28);
  }

  private controleer(naam: string): ZipDeel {
    const deel = this.delen.get(naam);
    if (!deel) throw new ZipFout(`${naam} ontbreekt`);
    if (deel.versleuteld) throw new ZipFout(`${naam} is versleuteld`);
    if (deel.methode !== 0 && deel.methode !== 8) throw new ZipFout(`${naam} is gecomprimeerd met een onbekende methode (${deel.methode})`);
    return deel;
  }

  /** A whole part, inflated (for the small parts: workbook, relationships, styles, tables). */
  async lees(naam: string): Promise<Buffer> {
    const deel = this.controleer(naam);
    const data = await leesBytes(this.fd, await this.dataBegin(deel), deel.gecomprimeerd);
    if (deel.methode === 0) return data;
    try {
      return zlib.inflateRawSync(data);
    } catch (e) {
      throw new ZipFout(`${naam} kan niet worden uitgepakt (${e instanceof Error ? e.message : String(e)})`);
    }
  }

  async leesTekst(naam: string): Promise<string> {
    return (await this.lees(naam)).toString("utf8");
  }

  /** A part as a stream of inflated chunks: the whole part is never in memory. */
  async *stroom(naam: string): AsyncGenerator<Buffer> {
    const deel = this.controleer(naam);
    const begin = await this.dataBegin(deel);
    if (deel.gecomprimeerd === 0) return;
    const ruw = fs.createReadStream(this.pad, { start: begin, end: begin + deel.gecomprimeerd - 1, highWaterMark: 1 << 18 });
    if (deel.methode === 0) {
      yield* ruw as AsyncIterable<Buffer>;
      return;
    }
    const inflate = zlib.createInflateRaw({ chunkSize: 1 << 18 });
    ruw.on("error", (e) => inflate.destroy(e));
    ruw.pipe(inflate);
    try {
      for await (const stuk of inflate as AsyncIterable<Buffer>) yield stuk;
    } catch (e) {
      throw new ZipFout(`${naam} kan niet worden uitgepakt (${e instanceof Error ? e.message : String(e)})`);
    } finally {
      ruw.destroy();
      inflate.destroy();
    }
  }
}

/** The central directory as a map from part name to part. */
async function leesMap(fd: fsp.FileHandle, grootte: number): Promise<Map<string, ZipDeel>> {
  const staartLengte = Math.min(grootte, 22 + MAX_COMMENTAAR + 20);
  const staart = await leesBytes(fd, grootte - staartLengte, staartLengte);
  let e = -1;
  for (let i = staart.length - 22; i >= 0; i--) {
    if (staart.readUInt32LE(i) === EOCD) {
      e = i;
      break;
    }
  }
  if (e < 0) throw new ZipFout("het zip-bestand is beschadigd of onvolledig (geen centrale map gevonden)");
  let aantal = staart.readUInt16LE(e + 10);
  let mapGrootte = staart.readUInt32LE(e + 12);
  let mapBegin = staart.readUInt32LE(e + 16);
  if (e >= 20 && staart.readUInt32LE(e - 20) === EOCD64_LOCATOR) {
    const plek = Number(staart.readBigUInt64LE(e - 20 + 8));
    const eocd64 = await leesBytes(fd, plek, 56);
    if (eocd64.readUInt32LE(0) !== EOCD64) throw new ZipFout("het zip-bestand is beschadigd (ZIP64-map)");
    aantal = Number(eocd64.readBigUInt64LE(32));
    mapGrootte = Number(eocd64.readBigUInt64LE(40));
    mapBegin = Number(eocd64.readBigUInt64LE(48));
  }
  if (mapBegin + mapGrootte > grootte) throw new ZipFout("het zip-bestand is afgebroken (onvolledig)");
  const map = await leesBytes(fd, mapBegin, mapGrootte);
  const delen = new Map<string, ZipDeel>();
  let p = 0;
  for (let i = 0; i < aantal; i++) {
    if (p + 46 > map.length || map.readUInt32LE(p) !== CENTRAAL) throw new ZipFout("het zip-bestand is beschadigd (centrale map)");
    const vlaggen = map.readUInt16LE(p + 8);
    const naamLengte = map.readUInt16LE(p + 28);
    const extraLengte = map.readUInt16LE(p + 30);
    const commentaarLengte = map.readUInt16LE(p + 32);
    const naam = map.toString(vlaggen & 0x800 ? "utf8" : "latin1", p + 46, p + 46 + naamLengte);
    const deel: ZipDeel = {
      naam,
      methode: map.readUInt16LE(p + 10),
      gecomprimeerd: map.readUInt32LE(p + 20),
      grootte: map.readUInt32LE(p + 24),
      lokaal: map.readUInt32LE(p + 42),
      versleuteld: (vlaggen & 1) === 1,
    };
    zip64(deel, map.subarray(p + 46 + naamLengte, p + 46 + naamLengte + extraLengte));
    delen.set(naam.startsWith("/") ? naam.slice(1) : naam, deel);
    p += 46 + naamLengte + extraLengte + commentaarLengte;
  }
  return delen;
}

/** Sizes and offset of 0xFFFFFFFF are in the ZIP64 extra field (id 1), in this order. */
function zip64(deel: ZipDeel, extra: Buffer): void {
  const VOL = 0xffffffff;
  if (deel.grootte !== VOL && deel.gecomprimeerd !== VOL && deel.lokaal !== VOL) return;
  for (let q = 0; q + 4 <= extra.length;) {
    const id = extra.readUInt16LE(q);
    const lengte = extra.readUInt16LE(q + 2);
    if (id === 1) {
      let r = q + 4;
      const volgende = () => {
        const v = Number(extra.readBigUInt64LE(r));
        r += 8;
        return v;
      };
      if (deel.grootte === VOL) deel.grootte = volgende();
      if (deel.gecomprimeerd === VOL) deel.gecomprimeerd = volgende();
      if (deel.lokaal === VOL) deel.lokaal = volgende();
      return;
    }
    q += 4 + lengte;
  }
}
