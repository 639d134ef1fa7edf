import { writeFileSync } from 'node:fs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { centralRecordAt, entryDataAt, type RawEntry } from '../../../../support/bundles';
import { reviewOffice } from '../../../../support/exchange';
import type { HostileCase } from './context';

const rename = (from: string, to: string) => (entries: RawEntry[]) => entries.map((entry) => (entry.name === from ? { ...entry, name: to } : entry));
const withEntry = (extra: RawEntry) => (entries: RawEntry[]) => [...entries.slice(0, 1), extra, ...entries.slice(1)];
const attachment: RawEntry = { name: 'attachments/scan.pdf', data: Buffer.from('%PDF-1.7 扫描件') };

/** The file and its ZIP: what is refused before the manifest is even read. */
export const structureCases: HostileCase[] = [
  { name: 'a path that does not exist', reason: 'fileUnreadable', says: /无法读取/, build: async (ctx) => ctx.path('nowhere.gvbundle') },
  {
    name: 'a file over the size limit',
    reason: 'fileTooLarge',
    build: async (ctx) => ({ file: await ctx.exportValid(), by: await ctx.another(reviewOffice, { limits: { maxBundleBytes: 10_000 } }) }),
  },
  { name: 'a truncated file (last 100 bytes cut off)', reason: 'notAZip', says: /截断/, build: async (ctx) => ctx.patch(await ctx.exportValid(), (bytes) => bytes.subarray(0, bytes.length - 100)) },
  { name: 'a file cut in half', reason: 'notAZip', build: async (ctx) => ctx.patch(await ctx.exportValid(), (bytes) => bytes.subarray(0, bytes.length >> 1)) },
  { name: 'bytes appended after the ZIP', reason: 'notAZip', build: async (ctx) => ctx.patch(await ctx.exportValid(), (bytes) => Buffer.concat([bytes, Buffer.from('额外内容')])) },
  {
    name: 'a text file, not a ZIP',
    reason: 'notAZip',
    build: async (ctx) => {
      writeFileSync(ctx.path('note.gvbundle'), '这不是数据包，只是一段文字。'.repeat(10));
      return ctx.path('note.gvbundle');
    },
  },
  {
    name: 'a changed timestamp in a local header (structure outside the signed bytes)',
    reason: 'zipStructure',
    says: /本地文件头/,
    build: async (ctx) => ctx.patch(await ctx.exportValid(), (bytes) => void (bytes[10] = bytes[10]! ^ 0x01)),
  },
  {
    name: 'a CRC changed in the directory and the descriptor alike',
    reason: 'zipStructure',
    says: /CRC/,
    build: async (ctx) =>
      ctx.patch(await ctx.exportValid(), (bytes) => {
        const record = centralRecordAt(bytes, 'attachments/a0.pdf');
        const data = entryDataAt(bytes, 'attachments/a0.pdf');
        bytes[record + 16] = bytes[record + 16]! ^ 0xff;
        bytes[data.at + data.length + 4] = bytes[data.at + data.length + 4]! ^ 0xff;
      }),
  },
  {
    name: 'more entries than the limit',
    reason: 'tooManyEntries',
    build: async (ctx) => ({ file: await ctx.exportValid(), by: await ctx.another(reviewOffice, { limits: { maxEntries: 3 } }) }),
  },
  { name: 'zip-slip: ../../ in a name', reason: 'unsafeEntryName', says: /上级目录/, build: async (ctx) => ctx.craft('slip1.gvbundle', { zipEntries: withEntry({ name: '../../../etc/cron.d/evil', data: Buffer.from('x') }) }) },
  { name: 'zip-slip: an absolute path', reason: 'unsafeEntryName', says: /绝对路径/, build: async (ctx) => ctx.craft('slip2.gvbundle', { zipEntries: withEntry({ name: '/etc/passwd', data: Buffer.from('x') }) }) },
  { name: 'zip-slip: a Windows drive path', reason: 'unsafeEntryName', says: /绝对路径/, build: async (ctx) => ctx.craft('slip3.gvbundle', { zipEntries: withEntry({ name: 'C:\\Windows\\evil.dll', data: Buffer.from('x') }) }) },
  { name: 'zip-slip: .. inside attachments/', reason: 'unsafeEntryName', build: async (ctx) => ctx.craft('slip4.gvbundle', { zipEntries: withEntry({ name: 'attachments/../../evil', data: Buffer.from('x') }) }) },
  { name: 'zip-slip: backslashes', reason: 'unsafeEntryName', says: /反斜杠/, build: async (ctx) => ctx.craft('slip5.gvbundle', { zipEntries: withEntry({ name: 'attachments\\..\\evil', data: Buffer.from('x') }) }) },
  {
    name: 'a symbolic link',
    reason: 'linkEntry',
    says: /符号链接/,
    build: async (ctx) => ctx.craft('link.gvbundle', { zipEntries: withEntry({ name: 'attachments/link', data: Buffer.from('/etc/passwd'), external: (0o120777 << 16) >>> 0 }) }),
  },
  { name: 'a directory entry', reason: 'directoryEntry', build: async (ctx) => ctx.craft('dir.gvbundle', { zipEntries: withEntry({ name: 'attachments/', data: Buffer.alloc(0) }) }) },
  { name: 'the same name twice', reason: 'duplicateEntry', build: async (ctx) => ctx.craft('dup1.gvbundle', { zipEntries: (entries) => [entries[0]!, ...entries] }) },
  {
    name: 'names differing only in case',
    reason: 'duplicateEntry',
    says: /不区分大小写/,
    build: async (ctx) => ctx.craft('dup2.gvbundle', { attachments: [attachment], zipEntries: withEntry({ ...attachment, name: 'attachments/SCAN.pdf' }) }),
  },
  { name: 'a name the format does not allow', reason: 'unexpectedEntry', build: async (ctx) => ctx.craft('odd.gvbundle', { zipEntries: withEntry({ name: 'autorun.inf', data: Buffer.from('x') }) }) },
  { name: 'an allowed name the manifest does not list', reason: 'unexpectedEntry', says: /不在清单中/, build: async (ctx) => ctx.craft('unlisted.gvbundle', { zipEntries: withEntry(attachment) }) },
  { name: 'no manifest.sig', reason: 'missingEntry', says: /manifest\.sig/, build: async (ctx) => ctx.craft('nosig.gvbundle', { zipEntries: (entries) => entries.filter((entry) => entry.name !== 'manifest.sig') }) },
  {
    name: 'an entry the manifest lists but the ZIP lacks',
    reason: 'missingEntry',
    build: async (ctx) => ctx.craft('lacks.gvbundle', { attachments: [attachment], zipEntries: (entries) => entries.filter((entry) => entry.name !== attachment.name) }),
  },
  {
    name: 'an unsupported compression method (bzip2)',
    reason: 'unsupportedEntry',
    build: async (ctx) => ctx.patch(await ctx.exportValid(), (bytes) => void bytes.writeUInt16LE(12, centralRecordAt(bytes, 'attachments/a0.pdf') + 10)),
  },
  {
    name: 'an encrypted entry',
    reason: 'unsupportedEntry',
    says: /加密/,
    build: async (ctx) =>
      ctx.patch(await ctx.exportValid(), (bytes) => {
        const flags = centralRecordAt(bytes, 'attachments/a0.pdf') + 8;
        bytes[flags] = bytes[flags]! | 0x01;
      }),
  },
  {
    name: 'an oversized entry',
    reason: 'entryTooLarge',
    says: /超过单个条目上限/,
    build: async (ctx) => ({ file: await ctx.exportValid(), by: await ctx.another(reviewOffice, { limits: { maxEntryBytes: 10_000 } }) }),
  },
  {
    name: 'a zip bomb in manifest.json, whose header claims 1,000 bytes',
    reason: 'sizeMismatch',
    says: /已停止读取/,
    build: async (ctx) =>
      ctx.craft('bomb1.gvbundle', {
        zipEntries: (entries) => entries.map((entry) => (entry.name === 'manifest.json' ? { name: entry.name, data: Buffer.alloc(1000, 0x20), packed: deflateRawSync(Buffer.alloc(64 << 20, 0x20)) } : entry)),
      }),
  },
  {
    name: 'a zip bomb signed by a trusted key (64 MiB of zeros in 64 KiB)',
    reason: 'compressionRatio',
    says: /压缩炸弹/,
    build: async (ctx) => ctx.craft('bomb2.gvbundle', { attachments: [{ name: 'attachments/zeros.bin', data: Buffer.alloc(64 << 20), deflate: true }] }),
  },
  {
    name: 'a declared size that differs from the ZIP (signed)',
    reason: 'sizeMismatch',
    build: async (ctx) =>
      ctx.craft('size.gvbundle', {
        attachments: [attachment],
        manifest: (manifest) => ({ ...manifest, entries: (manifest.entries as { name: string; size: number }[]).map((entry) => (entry.name === attachment.name ? { ...entry, size: entry.size + 1 } : entry)) }),
      }),
  },
  {
    name: 'a tampered entry (one byte of a stored attachment)',
    reason: 'digestMismatch',
    says: /SM3/,
    build: async (ctx) =>
      ctx.patch(await ctx.exportValid(), (bytes) => {
        const data = entryDataAt(bytes, 'attachments/a0.pdf');
        bytes[data.at + 1000] = bytes[data.at + 1000]! ^ 0x40;
      }),
  },
  {
    // Deflate ignores the padding bits of its last byte: the content is unchanged, only the signed digest of the deflated bytes tells.
    name: 'a flipped padding bit in deflated data (same content when inflated)',
    reason: 'digestMismatch',
    says: /压缩数据/,
    build: async (ctx) =>
      ctx.patch(await ctx.exportValid(), (bytes) => {
        const data = entryDataAt(bytes, 'attachments/a1.txt');
        const packed = Buffer.from(bytes.subarray(data.at, data.at + data.length));
        const content = inflateRawSync(packed);
        const last = packed.length - 1;
        const bit = [0x80, 0x40, 0x20, 0x10, 0x08, 0x04, 0x02].find((mask) => {
          const changed = Buffer.from(packed);
          changed[last] = changed[last]! ^ mask;
          try {
            return inflateRawSync(changed).equals(content);
          } catch {
            return false;
          }
        });
        if (!bit) throw new Error('the deflated test data has no padding bit');
        bytes[data.at + last] = bytes[data.at + last]! ^ bit;
      }),
  },
  {
    name: 'a renamed entry',
    reason: 'unexpectedEntry',
    build: async (ctx) => ctx.craft('renamed.gvbundle', { attachments: [attachment], zipEntries: rename(attachment.name, 'attachments/other.pdf') }),
  },
];
