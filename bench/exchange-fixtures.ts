import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { AttachmentSource } from '../electron/services/exchange/bundle-writer';
import type { Office } from '../shared/domain/office';
import type { PayloadInputOf } from '../shared/exchange/payloads';
import { generateProjects, random } from './fixtures';

export const BENCH_UNIT: Office = { name: '基准测试县教育局', code: '11411326MB9000001C', role: 'unit', jurisdiction: 'xichuan-2025', operator: '基准' };
export const BENCH_REVIEW: Office = { name: '基准测试县大数据局', code: '11411326MB9000002F', role: 'reviewOffice', jurisdiction: 'xichuan-2025', operator: '基准' };

const WORDS = ['政务信息化', '建设方案', '数据共享', '等级保护', '密码应用', '可行性研究', '初步设计', '概算', '验收', '运维', '监理', '合同', '采购', '信息资源目录', '政务云', '网络安全'];

/** A few MiB of document-like text (deflates 3–5×), reused at different offsets for every text attachment. */
function textBlock(bytes: number): Buffer {
  const next = random(7);
  const parts: string[] = [];
  for (let length = 0, i = 0; length < bytes; i++) {
    const part = `${WORDS[Math.floor(next() * WORDS.length)]}${i % 9 === 8 ? '。\n' : '，'}${Math.floor(next() * 10_000)}`;
    parts.push(part);
    length += Buffer.byteLength(part);
  }
  return Buffer.from(parts.join(''));
}

/**
 * The mix: per project, a scan or PDF (incompressible: random bytes
 * behind a %PDF or JPEG header, 85% of the bytes) and a text document (15%),
 * sizes varying ±50%. Written once per run into `dir`.
 */
export function writeAttachments(dir: string, projects: number, totalBytes: number): { attachments: AttachmentSource[]; bytes: number; compressibleBytes: number } {
  mkdirSync(dir, { recursive: true });
  const next = random(11);
  const text = textBlock(4 << 20);
  const attachments: AttachmentSource[] = [];
  let bytes = 0;
  let compressibleBytes = 0;
  for (let i = 0; i < projects; i++) {
    const scan = Math.round(((0.85 * totalBytes) / projects) * (0.5 + next()));
    const doc = Math.round(((0.15 * totalBytes) / projects) * (0.5 + next()));
    const isPdf = i % 2 === 0;
    const scanPath = join(dir, `scan-${i}.${isPdf ? 'pdf' : 'jpg'}`);
    const header = Buffer.from(isPdf ? '%PDF-1.7\n' : '\xff\xd8\xff\xe0', 'latin1');
    writeFileSync(scanPath, Buffer.concat([header, randomBytes(Math.max(0, scan - header.length))]));
    const docPath = join(dir, `doc-${i}.txt`);
    const length = Math.min(doc, text.length);
    const start = Math.floor(next() * (text.length - length));
    const body = text.subarray(start, start + length);
    writeFileSync(docPath, body);
    attachments.push({ entry: `attachments/s${i}.${isPdf ? 'pdf' : 'jpg'}`, path: scanPath }, { entry: `attachments/d${i}.txt`, path: docPath });
    bytes += Math.max(scan, header.length) + body.length;
    compressibleBytes += body.length;
  }
  return { attachments, bytes, compressibleBytes };
}

export function benchFiling(projects: number, attachments: readonly AttachmentSource[]): PayloadInputOf<'filing'> {
  const fields = generateProjects(projects);
  return {
    unit: { officeCode: BENCH_UNIT.code, officeName: BENCH_UNIT.name },
    regulation: 'xichuan-2025',
    projects: fields.map((project, i) => ({
      filing: { version: 1, filedAt: '2026-03-01T09:00:00.000+08:00' },
      facts: { project: { ...project, id: uuidv7(), createdAt: '2026-03-01T09:00:00.000+08:00', updatedAt: '2026-03-01T09:00:00.000+08:00', version: 1 } },
      history: [],
      attachments: attachments.slice(2 * i, 2 * i + 2).map((attachment, k) => ({ entry: attachment.entry, fileName: k === 0 ? `扫描件${i + 1}${attachment.entry.slice(-4)}` : `建设方案${i + 1}.txt` })),
    })),
  };
}
