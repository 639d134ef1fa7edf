import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { createServices, type Services } from '../../electron/services';
import type { AttachmentSource } from '../../electron/services/exchange/bundle-writer';
import type { Office } from '../../shared/domain/office';
import type { Project } from '../../shared/domain/project';
import { fixedClock, type Clock } from '../../shared/domain/time';
import type { BundleLimits } from '../../shared/exchange/limits';
import type { PayloadInputOf } from '../../shared/exchange/payloads';
import { MIGRATIONS_FOLDER, sampleProject, tempDataDir, testOffice } from './services';

export const PASSPHRASE = '淅川-教育局-2026';
export const NOW = '2026-11-24T01:30:00Z';

export const unitOffice: Office = testOffice;
export const reviewOffice: Office = {
  name: '淅川县政务服务和大数据管理局',
  code: '11411326MB1000000P',
  role: 'reviewOffice',
  jurisdiction: 'xichuan-2025',
  operator: '王审',
};

export interface OfficeInstall {
  office: Office;
  dir: string;
  services: Services;
  close(): void;
}

/** One installation on a temporary data folder, set up as `office`, with a key (cheap scrypt: tests only). */
export async function install(office: Office, clock: Clock = fixedClock(NOW), options: { workers?: number; limits?: Partial<BundleLimits>; encrypt?: boolean } = {}): Promise<OfficeInstall> {
  const data = tempDataDir();
  const services = await createServices({
    dataDir: data.dir,
    migrationsFolder: MIGRATIONS_FOLDER,
    clock,
    appVersion: 'test',
    // Bundles in clear unless a test asks for encryption (the product's default): tests of other concerns import without a passphrase.
    exchange: { scryptLogN: 10, sm3: { workers: options.workers ?? 1 }, limits: options.limits, encryptByDefault: options.encrypt ?? false },
  });
  services.office.completeSetup(office);
  await services.exchange.keys.create(PASSPHRASE);
  return { office, dir: data.dir, services, close: () => (services.close(), data.cleanup()) };
}

/** Each office trusts the other, fingerprints "read on the phone" from the other's export. */
export function trustEachOther(a: OfficeInstall, b: OfficeInstall): void {
  for (const [from, to] of [[a, b], [b, a]] as const) {
    const file = from.services.exchange.keys.exportPublic();
    to.services.exchange.trust.add(file.text, file.fingerprint);
  }
}

/** A clock a test can move: the other office's PC a few weeks later. */
export function movableClock(iso: string = NOW): Clock & { advanceDays(days: number): void } {
  let at = Date.parse(iso);
  return { now: () => new Date(at), advanceDays: (days) => void (at += days * 86_400_000) };
}

export async function pair(reviewClock: Clock = fixedClock(NOW)): Promise<{ unit: OfficeInstall; review: OfficeInstall; close(): void }> {
  const unit = await install(unitOffice);
  const review = await install(reviewOffice, reviewClock);
  trustEachOther(unit, review);
  return { unit, review, close: () => (unit.close(), review.close()) };
}

export function stampedProject(overrides: Partial<Project> = {}): Project {
  return { ...sampleProject(), id: uuidv7(), createdAt: '2026-03-01T09:00:00.000+08:00', updatedAt: '2026-03-01T09:00:00.000+08:00', version: 1, ...overrides };
}

/** Deterministic pseudo-random bytes (mulberry32), so a test's bundle is the same on every run. */
export function seededBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    bytes[i] = (t ^ (t >>> 14)) & 0xff;
  }
  return bytes;
}

const WORDS = ['淅川县', '教育局', '政务云', '数据共享', '等级保护', '密码应用', '建设方案', '可行性研究', '初步设计', '概算', '验收', '运维', '监理', '合同', '采购', '信息资源目录'];

/** Text that deflates like a real document (3–5×), not like a repeated string. */
export function documentText(bytes: number, seed = 7): Buffer {
  const picks = seededBytes(Math.ceil(bytes / 4), seed);
  const parts: string[] = [];
  for (let i = 0, length = 0; length < bytes; i++) {
    const part = WORDS[picks[i % picks.length]! % WORDS.length] + (i % 12 === 11 ? '。\n' : '，');
    parts.push(part);
    length += Buffer.byteLength(part);
  }
  return Buffer.from(parts.join('')).subarray(0, bytes);
}

/** Attachment files in `dir`: `pdf` incompressible bytes behind a %PDF header, `txt` compressible text. */
export function makeAttachments(dir: string, specs: { kind: 'pdf' | 'txt'; bytes: number }[]): AttachmentSource[] {
  mkdirSync(dir, { recursive: true });
  return specs.map((spec, index) => {
    const path = join(dir, `file-${index}.${spec.kind}`);
    const body = spec.kind === 'pdf' ? Buffer.concat([Buffer.from('%PDF-1.7\n'), seededBytes(Math.max(0, spec.bytes - 9), index + 1)]).subarray(0, spec.bytes) : documentText(spec.bytes, index + 1);
    writeFileSync(path, body);
    return { entry: `attachments/a${index}.${spec.kind}`, path };
  });
}

/** A filing of `projects` projects; the attachments are spread over them. */
export function filingPayload(projects: number, attachments: readonly AttachmentSource[] = []): PayloadInputOf<'filing'> {
  const list = Array.from({ length: projects }, (_, index) => ({
    filing: { version: 1, filedAt: '2026-11-20T09:00:00.000+08:00' },
    facts: { project: stampedProject({ name: `淅川县第 ${index + 1} 个政务信息化项目` }) },
    history: [],
    attachments: [] as { entry: string; fileName: string; mediaType?: string }[],
  }));
  attachments.forEach((attachment, index) => {
    list[index % projects]!.attachments.push({ entry: attachment.entry, fileName: `附件${index + 1}${attachment.entry.slice(attachment.entry.lastIndexOf('.'))}` });
  });
  return { unit: { officeCode: unitOffice.code, officeName: unitOffice.name }, regulation: 'xichuan-2025', projects: list };
}
