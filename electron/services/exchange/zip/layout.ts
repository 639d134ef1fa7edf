/**
 * The one ZIP layout bundles use, written by zip/writer.ts and required by
 * zip/reader.ts: every entry is a local header, the data (stored or raw
 * deflate), and a data descriptor; then the central directory and the end
 * record, with no extra fields, comments, gaps, trailing bytes or ZIP64.
 * Times are fixed (1980-01-01 00:00), attributes are a plain file (0644),
 * names are UTF-8 (flag bit 11). The reader rebuilds each header from its few
 * variable fields and compares bytes, so every byte of a bundle is either
 * signed content or checked structure: nothing can be hidden, and no change
 * goes unnoticed. Standard tools (unzip, 7-Zip, yauzl) read it.
 */
export const SIG_LOCAL = 0x04034b50;
export const SIG_CENTRAL = 0x02014b50;
export const SIG_DESCRIPTOR = 0x08074b50;
export const SIG_END = 0x06054b50;

export const VERSION_MADE_BY = (3 << 8) | 20; // Unix, spec 2.0
export const VERSION_NEEDED = 20;
export const FLAG_ENCRYPTED = 1 << 0;
export const FLAGS = (1 << 3) | (1 << 11); // sizes in the data descriptor; UTF-8 names
export const DOS_TIME = 0;
export const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
export const FILE_MODE = 0o100644;
export const EXTERNAL_ATTRIBUTES = (FILE_MODE << 16) >>> 0;
export const METHOD_STORED = 0;
export const METHOD_DEFLATE = 8;

export const LOCAL_HEADER_SIZE = 30;
export const DESCRIPTOR_SIZE = 16;
export const CENTRAL_HEADER_SIZE = 46;
export const END_SIZE = 22;
/** The format has no ZIP64: offsets and sizes below 4 GiB, fewer than 65,535 entries. */
export const MAX_ZIP_OFFSET = 0xfffffffe;
export const MAX_ZIP_ENTRIES = 0xfffe;

export interface EntryFields {
  name: Buffer;
  method: number;
  crc: number;
  packedSize: number;
  size: number;
  offset: number;
}

export function localHeader(name: Buffer, method: number): Buffer {
  const header = Buffer.alloc(LOCAL_HEADER_SIZE);
  header.writeUInt32LE(SIG_LOCAL, 0);
  header.writeUInt16LE(VERSION_NEEDED, 4);
  header.writeUInt16LE(FLAGS, 6);
  header.writeUInt16LE(method, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  // crc and sizes (14–25) are zero: they follow the data, in the descriptor.
  header.writeUInt16LE(name.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, name]);
}

export function dataDescriptor(crc: number, packedSize: number, size: number): Buffer {
  const descriptor = Buffer.alloc(DESCRIPTOR_SIZE);
  descriptor.writeUInt32LE(SIG_DESCRIPTOR, 0);
  descriptor.writeUInt32LE(crc >>> 0, 4);
  descriptor.writeUInt32LE(packedSize, 8);
  descriptor.writeUInt32LE(size, 12);
  return descriptor;
}

export function centralHeader(entry: EntryFields, externalAttributes = EXTERNAL_ATTRIBUTES): Buffer {
  const header = Buffer.alloc(CENTRAL_HEADER_SIZE);
  header.writeUInt32LE(SIG_CENTRAL, 0);
  header.writeUInt16LE(VERSION_MADE_BY, 4);
  header.writeUInt16LE(VERSION_NEEDED, 6);
  header.writeUInt16LE(FLAGS, 8);
  header.writeUInt16LE(entry.method, 10);
  header.writeUInt16LE(DOS_TIME, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(entry.crc >>> 0, 16);
  header.writeUInt32LE(entry.packedSize, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  // extra length, comment length, disk number start, internal attributes: zero.
  header.writeUInt32LE(externalAttributes, 38);
  header.writeUInt32LE(entry.offset, 42);
  return Buffer.concat([header, entry.name]);
}

export function endRecord(count: number, centralSize: number, centralOffset: number): Buffer {
  const end = Buffer.alloc(END_SIZE);
  end.writeUInt32LE(SIG_END, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(centralOffset, 16);
  return end;
}

/**
 * Every byte of a bundle that is structure rather than entry data, and where
 * it goes: each entry's local header and data descriptor, then the central
 * directory and the end record. The layout is fixed, so the structure follows
 * from the entries alone; with each entry's data, it rebuilds the file byte
 * for byte (the import keeps such a copy of each bundle it accepts).
 */
export function zipStructure(entries: readonly EntryFields[]): { at: number; bytes: Buffer }[] {
  const parts: { at: number; bytes: Buffer }[] = [];
  let end = 0;
  for (const entry of entries) {
    const header = localHeader(entry.name, entry.method);
    parts.push({ at: entry.offset, bytes: header });
    const descriptorAt = entry.offset + header.length + entry.packedSize;
    parts.push({ at: descriptorAt, bytes: dataDescriptor(entry.crc, entry.packedSize, entry.size) });
    end = Math.max(end, descriptorAt + DESCRIPTOR_SIZE);
  }
  const central = Buffer.concat(entries.map((entry) => centralHeader(entry)));
  parts.push({ at: end, bytes: Buffer.concat([central, endRecord(entries.length, central.length, end)]) });
  return parts;
}
