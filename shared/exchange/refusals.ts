import { AppError } from '../contract/errors';

/**
 * Why a bundle is refused: one code per reason, each with a short Chinese
 * title (for lists and logs). The full message, built where the check fails,
 * names the entry, the numbers and what to do.
 */
export const BUNDLE_REFUSAL_TITLES = {
  fileUnreadable: '文件无法读取',
  fileTooLarge: '文件超过大小上限',
  notAZip: '文件不完整或不是数据包',
  zipStructure: 'ZIP 结构异常',
  tooManyEntries: '条目过多',
  unsafeEntryName: '条目名称不安全',
  linkEntry: '条目是链接',
  directoryEntry: '条目是目录',
  duplicateEntry: '条目重复',
  unexpectedEntry: '多余的条目',
  missingEntry: '缺少条目',
  unsupportedEntry: '条目加密或压缩方式不支持',
  entryTooLarge: '条目超过大小上限',
  compressionRatio: '压缩比异常（疑似压缩炸弹）',
  sizeMismatch: '条目大小不符',
  digestMismatch: '条目摘要不符（内容被改动）',
  manifestNotJson: '清单不是有效的 JSON',
  manifestInvalid: '清单格式不符',
  unsupportedVersion: '数据包格式版本不支持',
  signatureMalformed: '签名格式无效',
  signatureInvalid: '签名验证失败',
  unknownKey: '发送方公钥未登记',
  keyRevoked: '发送方公钥已吊销',
  keyRotated: '发送方公钥已轮换',
  senderMismatch: '发送方与公钥不符',
  payloadTypeNotAllowed: '发送方无权发送此类数据',
  wrongRecipient: '接收方不是本单位',
  alreadyImported: '已导入过',
  sequenceReused: '序号重复使用',
  sequenceRolledBack: '序号回退',
  chainBroken: '与上一个数据包不衔接',
  sequenceJump: '序号跳跃过大',
  validityTooLong: '有效期过长',
  notYetValid: '创建时间晚于本机时间',
  expired: '数据包已过期',
  payloadNotJson: '数据内容不是有效的 JSON',
  payloadInvalid: '数据内容格式不符',
  payloadReference: '数据内容与附件不一致',
  notForThisOffice: '本单位不接收此类数据',
  contentConflict: '内容与本单位记录冲突',
} as const;

export type BundleRefusalCode = keyof typeof BUNDLE_REFUSAL_TITLES;
/** Reasons only the import can give (they depend on what the register holds), not the verification alone. */
export const IMPORT_ONLY_REFUSALS: readonly BundleRefusalCode[] = ['notForThisOffice', 'contentConflict'];
export const BUNDLE_REFUSAL_CODES = Object.keys(BUNDLE_REFUSAL_TITLES) as BundleRefusalCode[];

/** A bundle refused: `code` is always 'bundleRefused', `reason` the check that failed, the message says what and why. */
export class BundleRefusal extends AppError {
  override readonly reason: BundleRefusalCode;

  constructor(reason: BundleRefusalCode, message: string) {
    super('bundleRefused', message, [], reason);
    this.name = 'BundleRefusal';
    this.reason = reason;
  }
}

export function refuse(reason: BundleRefusalCode, message: string): never {
  throw new BundleRefusal(reason, message);
}
