import { writeFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import type { Signer } from '../../electron/services/exchange/keys';
import { sm3Hex } from '../../electron/services/exchange/sm3';
import { centralHeader, dataDescriptor, endRecord, EXTERNAL_ATTRIBUTES, localHeader, METHOD_DEFLATE, METHOD_STORED } from '../../electron/services/exchange/zip/layout';
import type { Office } from '../../shared/domain/office';
import { BUNDLE_FORMAT, GENESIS_DIGEST, SM2_USER_ID, type ManifestEntry } from '../../shared/exchange/manifest';
import { NOW } from './exchange';

/**
 * Hand-made bundles for the hostile-input tests: any names, attributes and
 * bytes in the canonical layout, and manifests signed by a real office key
 * but saying whatever the test needs.
 */
export interface RawEntry {
  name: string;
  data: Buffer;
  deflate?: boolean;
  /** Unix mode in the high 16 bits (symlinks, directories). */
  external?: number;
  /** Compressed bytes to use instead of deflating `data` (bombs, corruption). */
  packed?: Buffer;
}

export function rawZip(entries: readonly RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const method = entry.deflate || entry.packed ? METHOD_DEFLATE : METHOD_STORED;
    const packed = entry.packed ?? (entry.deflate ? deflateRawSync(entry.data) : entry.data);
    const crc = crc32(entry.data);
    const local = Buffer.concat([localHeader(name, method), packed, dataDescriptor(crc, packed.length, entry.data.length)]);
    central.push(centralHeader({ name, method, crc, packedSize: packed.length, size: entry.data.length, offset }, entry.external ?? EXTERNAL_ATTRIBUTES));
    parts.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(central);
  return Buffer.concat([...parts, directory, endRecord(entries.length, directory.length, offset)]);
}

export function manifestEntryOf(entry: RawEntry): ManifestEntry {
  const packed = entry.packed ?? (entry.deflate ? deflateRawSync(entry.data) : null);
  const base = { name: entry.name, size: entry.data.length, sm3: sm3Hex(entry.data) };
  return packed ? { ...base, packed: { method: 'deflate', size: packed.length, sm3: sm3Hex(packed) } } : base;
}

export interface Crafted {
  from: Office;
  to: Office;
  signer: Signer;
  payload: unknown;
  attachments?: RawEntry[];
  /** Changes to the manifest object before it is serialised and signed. */
  manifest?: (manifest: Record<string, unknown>) => unknown;
  /** Raw manifest bytes instead (signed as they are). */
  manifestBytes?: Buffer;
  signature?: Buffer;
  /** Changes to the entry list before the ZIP is built (after the manifest is made). */
  zipEntries?: (entries: RawEntry[]) => RawEntry[];
}

export function craftBundle(file: string, craft: Crafted): Buffer {
  const payloadJson = typeof craft.payload === 'string' ? Buffer.from(craft.payload) : Buffer.from(JSON.stringify(craft.payload));
  const entries: RawEntry[] = [{ name: 'payload.json', data: payloadJson, deflate: true }, ...(craft.attachments ?? [])];
  const manifest: Record<string, unknown> = {
    format: BUNDLE_FORMAT,
    version: 1,
    bundleId: '01a20000-0000-7000-8000-0000000000b1',
    sender: { officeCode: craft.from.code, officeName: craft.from.name, keyId: craft.signer.keyId },
    recipient: { officeCode: craft.to.code, officeName: craft.to.name },
    sequence: 1,
    previousDigest: GENESIS_DIGEST,
    createdAt: new Date(NOW).toISOString(),
    expiresAt: new Date(Date.parse(NOW) + 30 * 86_400_000).toISOString(),
    payloadType: 'filing',
    digestAlgorithm: 'SM3',
    signatureAlgorithm: 'SM2-with-SM3',
    signerId: SM2_USER_ID,
    entries: entries.map(manifestEntryOf),
  };
  const manifestBytes = craft.manifestBytes ?? Buffer.from(JSON.stringify(craft.manifest ? craft.manifest(manifest) : manifest));
  const signature = craft.signature ?? Buffer.from(craft.signer.sign(manifestBytes));
  const zipEntries = [...entries, { name: 'manifest.json', data: manifestBytes }, { name: 'manifest.sig', data: signature }];
  const zip = rawZip(craft.zipEntries ? craft.zipEntries(zipEntries) : zipEntries);
  writeFileSync(file, zip);
  return zip;
}

/** Where an entry's central-directory record starts in a bundle's bytes. */
export function centralRecordAt(zip: Buffer, name: string): number {
  const end = zip.length - 22;
  for (let at = zip.readUInt32LE(end + 16); at < end; at += 46 + zip.readUInt16LE(at + 28)) {
    if (zip.subarray(at + 46, at + 46 + zip.readUInt16LE(at + 28)).toString('utf8') === name) return at;
  }
  throw new Error(`no entry ${name}`);
}

/** Where an entry's (stored or deflated) data starts, and how long it is. */
export function entryDataAt(zip: Buffer, name: string): { at: number; length: number } {
  const record = centralRecordAt(zip, name);
  const local = zip.readUInt32LE(record + 42);
  return { at: local + 30 + zip.readUInt16LE(local + 26), length: zip.readUInt32LE(record + 20) };
}
