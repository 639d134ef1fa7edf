import { describe, expect, it } from 'vitest';
import { entryNameProblem } from '../../../../shared/exchange/entry-names';
import { fingerprintOfKeyId, normalizeFingerprint } from '../../../../shared/exchange/fingerprint';

describe('bundle entry names', () => {
  it.each(['manifest.json', 'manifest.sig', 'payload.json', 'attachments/a0.pdf', 'attachments/01a2-b_c', 'attachments/scan.JPEG'])('allows %s', (name) => {
    expect(entryNameProblem(name)).toBeNull();
  });

  it.each([
    ['../evil', 'unsafeEntryName', '上级目录'],
    ['attachments/../../evil', 'unsafeEntryName', '上级目录'],
    ['/etc/passwd', 'unsafeEntryName', '绝对路径'],
    ['\\\\server\\share\\x', 'unsafeEntryName', '绝对路径'],
    ['C:/Windows/evil.dll', 'unsafeEntryName', '绝对路径'],
    ['attachments\\evil', 'unsafeEntryName', '反斜杠'],
    ['attachments//x', 'unsafeEntryName', '空的'],
    ['./payload.json', 'unsafeEntryName', '“.”'],
    ['payload.json\u0000.pdf', 'unsafeEntryName', '控制字符'],
    ['', 'unsafeEntryName', '为空'],
    ['attachments/', 'directoryEntry', '目录'],
    ['attachments/附件.pdf', 'unexpectedEntry', '不是数据包格式允许的名称'],
    ['attachments/sub/x.pdf', 'unexpectedEntry', '不是数据包格式允许的名称'],
    ['Payload.json', 'unexpectedEntry', '不是数据包格式允许的名称'],
  ])('refuses %j (%s)', (name, code, words) => {
    expect(entryNameProblem(name)).toEqual({ code, message: expect.stringContaining(words) });
  });
});

describe('fingerprints', () => {
  it('are the first 20 hex digits of the key id in five groups', () => {
    expect(fingerprintOfKeyId('3f2a9c017b44e0d211afffffffffffffffffffffffffffffffffffffffffffff')).toBe('3F2A 9C01 7B44 E0D2 11AF');
  });

  it('are read back from what a person types, or refused', () => {
    expect(normalizeFingerprint('3f2a-9c01-7b44-e0d2-11af')).toBe('3F2A 9C01 7B44 E0D2 11AF');
    expect(normalizeFingerprint(' 3F2A9C017B44E0D211AF ')).toBe('3F2A 9C01 7B44 E0D2 11AF');
    expect(normalizeFingerprint('3F2A 9C01 7B44 E0D2 11A')).toBeNull();
    expect(normalizeFingerprint('3F2A 9C01 7B44 E0D2 11AG')).toBeNull();
  });
});
