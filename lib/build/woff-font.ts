// The site's fonts come from npm as WOFF files (@fontsource), made for browsers. The FreeType that
// sharp bundles reads only plain OpenType (it is built without the zlib WOFF needs), so the social
// cards' renderer is given each font unwrapped: WOFF 1.0 is an OpenType font whose tables are each
// zlib-compressed, so unwrapping it is inflating each table and writing the tables back in order.
import zlib from "node:zlib";

const HEADER_BYTES = 44;
const WOFF_ENTRY_BYTES = 20;
const SFNT_HEADER_BYTES = 12;
const SFNT_ENTRY_BYTES = 16;

/** The OpenType font a WOFF 1.0 file holds; throws, naming `name`, if the bytes are not one. */
export function sfntFromWoff(woff: Buffer, name: string): Buffer {
  if (woff.length < HEADER_BYTES || woff.toString("latin1", 0, 4) !== "wOFF") throw new Error(`${name} is not a WOFF 1.0 font`);
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, index) => {
    const entry = HEADER_BYTES + index * WOFF_ENTRY_BYTES;
    const [tag, offset, compressed, length, checksum] = [0, 4, 8, 12, 16].map((at) => woff.readUInt32BE(entry + at));
    const stored = woff.subarray(offset, offset + compressed);
    const data = compressed < length ? zlib.inflateSync(stored) : stored;
    if (data.length !== length) throw new Error(`${name}: a table is ${data.length} bytes unwrapped, where the font says ${length}`);
    return { tag, checksum, data };
  });
  // The table directory's search fields, as the OpenType specification defines them.
  const entrySelector = Math.floor(Math.log2(count));
  const searchRange = 2 ** entrySelector * SFNT_ENTRY_BYTES;
  const header = Buffer.alloc(SFNT_HEADER_BYTES + count * SFNT_ENTRY_BYTES);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(count * SFNT_ENTRY_BYTES - searchRange, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach(({ tag, checksum, data }, index) => {
    const entry = SFNT_HEADER_BYTES + index * SFNT_ENTRY_BYTES;
    header.writeUInt32BE(tag, entry);
    header.writeUInt32BE(checksum, entry + 4);
    header.writeUInt32BE(offset, entry + 8);
    header.writeUInt32BE(data.length, entry + 12);
    // Each table starts on a 4-byte boundary.
    const padding = Buffer.alloc((4 - (data.length % 4)) % 4);
    parts.push(data, padding);
    offset += data.length + padding.length;
  });
  return Buffer.concat(parts);
}
