import { AppError } from '../../../shared/contract/errors';
import { OFFICE_ROLES, OFFICE_ROLE_LABELS, type OfficeRole } from '../../../shared/domain/office';
import { identityOfPublicKey, pemOfSpki, publicKeyOfSpki, spkiOfPem, spkiOfPublicKey } from './public-key';

/**
 * The exported public-key file: comment lines naming the office, then a PEM
 * SubjectPublicKeyInfo. OpenSSL skips the comment lines, so the file itself
 * works with `openssl pkey -pubin -in FILE` and `openssl dgst -verify FILE`.
 * A rotated key's file also carries the rotation, signed by the key it replaces.
 *
 * Nothing in the header is trusted by itself: a new office is trusted when its
 * fingerprint matches the one read out on the phone; a rotation when the old,
 * already trusted key's signature over the rotation statement verifies.
 */
export interface PublicKeyFile {
  officeName: string;
  officeCode: string;
  role: OfficeRole;
  publicKeyHex: string;
  keyId: string;
  fingerprint: string;
  createdAt: string;
  rotation: KeyRotation | null;
}

export interface KeyRotation {
  fromKeyId: string;
  at: string;
  /** The old key's SM2 signature (DER, hex) over rotationStatement(). */
  signature: string;
  /**
   * The statement's `last:` line (formatLastSequences): per link, the last sequence the old key
   * signed. Null for a v1 statement (made before the line existed).
   */
  last: string | null;
}

export const MAX_KEY_FILE_BYTES = 16 * 1024;
const MAX_SEQUENCE = 2 ** 31 - 1;

/** Recipient office code → the last sequence the old key signed on the link to it. */
export type LastSequences = ReadonlyMap<string, number>;

/** `<recipient>:<n>` per link, by office code, space-separated; `none` when the key signed no bundle. */
export function formatLastSequences(last: LastSequences): string {
  const parts = [...last].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([code, sequence]) => `${code}:${sequence}`);
  return parts.length ? parts.join(' ') : 'none';
}

/** The inverse of formatLastSequences, or null when the text is not in its exact form. */
export function parseLastSequences(text: string): Map<string, number> | null {
  const last = new Map<string, number>();
  if (text === 'none') return last;
  for (const part of text.split(' ')) {
    const match = /^([0-9A-Z-]{6,32}):(0|[1-9][0-9]{0,9})$/.exec(part);
    if (!match || last.has(match[1]!) || Number(match[2]) > MAX_SEQUENCE) return null;
    last.set(match[1]!, Number(match[2]));
  }
  return formatLastSequences(last) === text ? last : null;
}

/**
 * The exact bytes the old key signs when it hands over to the new one. v2 adds the `last:` line,
 * so the other office knows, from its own records and this signature, not from a bundle's
 * claimed date, which bundles the old key may still have signed.
 */
export function rotationStatement(officeCode: string, fromKeyId: string, toKeyId: string, at: string, last: string | null): Buffer {
  const head = `govit-desk key rotation ${last === null ? 'v1' : 'v2'}\noffice: ${officeCode}\nold: ${fromKeyId}\nnew: ${toKeyId}\nat: ${at}\n`;
  return Buffer.from(last === null ? head : `${head}last: ${last}\n`, 'utf8');
}

const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ').replace(/-{5}/g, '—');

export function renderPublicKeyFile(file: Omit<PublicKeyFile, 'keyId' | 'fingerprint'>): string {
  const { keyId, fingerprint } = identityOfPublicKey(file.publicKeyHex);
  const lines = [
    '# 政务信息化项目管理台 · 单位公钥（SM2）',
    '# 添加前请与对方电话核对下面的指纹。',
    `# Office-Name: ${oneLine(file.officeName)}`,
    `# Office-Code: ${file.officeCode}`,
    `# Office-Role: ${file.role} (${OFFICE_ROLE_LABELS[file.role]})`,
    `# Fingerprint: ${fingerprint}`,
    `# Key-Id: ${keyId}`,
    `# Created: ${file.createdAt}`,
  ];
  if (file.rotation) {
    lines.push(`# Rotated-From: ${file.rotation.fromKeyId}`, `# Rotated-At: ${file.rotation.at}`);
    if (file.rotation.last !== null) lines.push(`# Rotated-Last: ${file.rotation.last}`);
    lines.push(`# Rotation-Signature: ${file.rotation.signature}`);
  }
  return `${lines.join('\n')}\n${pemOfSpki(spkiOfPublicKey(file.publicKeyHex))}`;
}

function invalid(message: string): never {
  throw new AppError('validation', `公钥文件无效：${message}`);
}

export function parsePublicKeyFile(text: string): PublicKeyFile {
  if (text.length > MAX_KEY_FILE_BYTES) invalid(`文件超过 ${MAX_KEY_FILE_BYTES / 1024} KB，不是本程序导出的公钥文件。`);
  const begin = text.indexOf('-----BEGIN PUBLIC KEY-----');
  if (begin < 0) invalid('找不到 “-----BEGIN PUBLIC KEY-----”。');
  const headers = new Map<string, string>();
  for (const line of text.slice(0, begin).split(/\r?\n/)) {
    if (line.trim() === '') continue;
    if (!line.startsWith('#')) invalid(`公钥之前有不是注释的内容：“${line.slice(0, 40)}”。`);
    const match = /^#\s*([A-Za-z-]+):\s*(.*?)\s*$/.exec(line);
    if (match) headers.set(match[1]!, match[2]!);
  }
  const end = text.indexOf('-----END PUBLIC KEY-----', begin);
  if (end < 0 || text.slice(end + '-----END PUBLIC KEY-----'.length).trim() !== '') invalid('公钥块不完整，或其后还有其他内容。');
  const spki = spkiOfPem(text.slice(begin));
  const publicKeyHex = spki && publicKeyOfSpki(spki);
  if (!publicKeyHex) invalid('不是 SM2 公钥（应为 OpenSSL 可读的 PEM SubjectPublicKeyInfo，曲线 SM2）。');

  const header = (name: string) => headers.get(name) ?? invalid(`缺少 ${name}。`);
  const { keyId, fingerprint } = identityOfPublicKey(publicKeyHex);
  const role = header('Office-Role').split(' ')[0] as OfficeRole;
  if (!OFFICE_ROLES.includes(role)) invalid(`Office-Role “${role}” 无效。`);
  const officeCode = header('Office-Code');
  if (!/^[0-9A-Z-]{6,32}$/.test(officeCode)) invalid(`Office-Code “${officeCode}” 无效。`);
  const officeName = header('Office-Name');
  if (officeName.length < 2 || officeName.length > 100) invalid('Office-Name 应为 2–100 个字。');
  if (headers.has('Key-Id') && header('Key-Id') !== keyId) invalid('Key-Id 与文件中的公钥不符（文件被改动）。');
  if (headers.has('Fingerprint') && header('Fingerprint').toUpperCase() !== fingerprint) invalid('Fingerprint 与文件中的公钥不符（文件被改动）。');

  let rotation: KeyRotation | null = null;
  if (headers.has('Rotated-From')) {
    const fromKeyId = header('Rotated-From');
    const signature = header('Rotation-Signature');
    if (!/^[0-9a-f]{64}$/.test(fromKeyId) || !/^[0-9a-f]{16,144}$/.test(signature)) invalid('轮换信息格式无效。');
    const last = headers.get('Rotated-Last') ?? null;
    if (last !== null && !parseLastSequences(last)) invalid('Rotated-Last 格式无效（应为“单位代码:序号”，以空格分隔，或 none）。');
    rotation = { fromKeyId, at: header('Rotated-At'), signature, last };
  }
  return { officeName, officeCode, role, publicKeyHex, keyId, fingerprint, createdAt: headers.get('Created') ?? '', rotation };
}
