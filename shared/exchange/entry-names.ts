import type { BundleRefusalCode } from './refusals';

/**
 * The names a bundle's ZIP may hold. Names are ASCII and flat apart from the
 * one `attachments/` folder; the original (Chinese) file name of an
 * attachment travels in the payload, never as a path.
 */
export const MANIFEST_ENTRY = 'manifest.json';
export const SIGNATURE_ENTRY = 'manifest.sig';
export const PAYLOAD_ENTRY = 'payload.json';
export const ATTACHMENT_PREFIX = 'attachments/';
export const ATTACHMENT_NAME = /^attachments\/[0-9A-Za-z][0-9A-Za-z_-]{0,63}(\.[0-9A-Za-z]{1,10})?$/;
/** A payload entry: payload.json or an attachment (manifest.json and manifest.sig are not listed in the manifest). */
export const PAYLOAD_ENTRY_NAME = /^(payload\.json|attachments\/[0-9A-Za-z][0-9A-Za-z_-]{0,63}(\.[0-9A-Za-z]{1,10})?)$/;

export interface NameProblem {
  code: Extract<BundleRefusalCode, 'unsafeEntryName' | 'directoryEntry' | 'unexpectedEntry'>;
  message: string;
}

const hasControlCharacter = (name: string) => Array.from(name).some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);

/**
 * Why an entry name is refused, or null when it is one a bundle may hold.
 * Unsafe names (zip-slip) are named as such before the plain "not expected".
 */
export function entryNameProblem(name: string): NameProblem | null {
  const shown = JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name);
  const unsafe = (why: string): NameProblem => ({ code: 'unsafeEntryName', message: `数据包中的条目 ${shown} ${why}，可能企图把文件写到数据目录之外，已拒绝。` });
  if (name.length === 0) return unsafe('名称为空');
  if (hasControlCharacter(name)) return unsafe('名称含控制字符');
  if (name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name)) return unsafe('是绝对路径');
  if (name.includes('\\')) return unsafe('含反斜杠路径分隔符');
  const segments = name.split('/');
  if (segments.includes('..')) return unsafe('含上级目录“..”');
  if (name.endsWith('/')) return { code: 'directoryEntry', message: `数据包中的条目 ${shown} 是目录；数据包只应包含文件，已拒绝。` };
  if (segments.some((segment) => segment === '' || segment === '.')) return unsafe('含空的或“.”路径段');
  if (name === MANIFEST_ENTRY || name === SIGNATURE_ENTRY || PAYLOAD_ENTRY_NAME.test(name)) return null;
  return { code: 'unexpectedEntry', message: `数据包中的条目 ${shown} 不是数据包格式允许的名称（只允许 manifest.json、manifest.sig、payload.json 和 attachments/ 下的附件），已拒绝。` };
}

/** Duplicate detection is case-insensitive: Windows would write both to one file. */
export function entryNameKey(name: string): string {
  return name.toLowerCase();
}
