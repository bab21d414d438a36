/**
 * Inflated chunks of an XML part as text. A sheet's XML is mostly ASCII (its
 * texts are in the shared string table): while every chunk is ASCII
 * (buffer.isAscii, one fast pass) it is taken as latin1, which for ASCII is
 * the same text and costs a copy instead of UTF-8 decoding; from the first
 * chunk with another byte on, a StringDecoder decodes (it keeps a character
 * split between chunks; before that chunk nothing was left over).
 */
import { isAscii } from "node:buffer";
import { StringDecoder } from "node:string_decoder";

export class Utf8Tekst {
  private decoder: StringDecoder | null = null;

  /** `rest` (the unread text so far) with the chunk's text after it. */
  erbij(rest: string, stuk: Buffer): string {
    let tekst: string;
    if (this.decoder === null && isAscii(stuk)) tekst = stuk.toString("latin1");
    else tekst = (this.decoder ??= new StringDecoder("utf8")).write(stuk);
    return rest === "" ? tekst : rest + tekst;
  }
}
