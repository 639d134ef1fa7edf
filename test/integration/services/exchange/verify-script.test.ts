import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryDataAt } from '../../../support/bundles';
import { filingPayload, makeAttachments, pair, PASSPHRASE, reviewOffice } from '../../../support/exchange';

/** docs/verify-bundle.sh checks a bundle with OpenSSL 3 and standard tools only: a genuine one passes, any changed byte fails. */
const SCRIPT = fileURLToPath(new URL('../../../../docs/verify-bundle.sh', import.meta.url));
let offices: Awaited<ReturnType<typeof pair>>;
let dir: string;
let genuine: Buffer;
beforeAll(async () => {
  offices = await pair();
  dir = offices.unit.dir;
  // A deflated payload.json and text, a stored PDF: both kinds of entry.
  const attachments = makeAttachments(join(dir, 'files'), [{ kind: 'pdf', bytes: 50_000 }, { kind: 'txt', bytes: 30_000 }]);
  const file = join(dir, 'filing.gvbundle');
  await offices.unit.services.exchange.exportBundle({ file, recipientCode: reviewOffice.code, payloadType: 'filing', payload: filingPayload(2, attachments), attachments, signer: { passphrase: PASSPHRASE } });
  writeFileSync(join(dir, 'pub.pem'), offices.unit.services.exchange.keys.exportPublic().text);
  genuine = readFileSync(file);
});
afterAll(() => offices.close());

function check(bytes: Buffer, pub = 'pub.pem', ...options: string[]) {
  writeFileSync(join(dir, 'checked.gvbundle'), bytes);
  const result = spawnSync('sh', [SCRIPT, ...options, 'checked.gvbundle', pub], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, out: result.stdout + result.stderr };
}

describe('docs/verify-bundle.sh', () => {
  it('passes a genuine bundle made by the app, checking the key id, the signature, the entry list and every digest', () => {
    const { status, out } = check(genuine);
    expect(out).toContain('结论：验证通过。');
    expect(status).toBe(0);
    expect(out).toContain(`公钥与清单的 sender.keyId 一致（指纹 ${offices.unit.services.exchange.keys.exportPublic().fingerprint}）`);
    expect(out).toMatch(/ZIP 中的条目与清单一致（3 个内容条目）/);
    expect(out).toContain('payload.json：压缩数据的 SM3 一致（packed.sm3）');
    expect(out).toContain('attachments/a1.txt：压缩数据的 SM3 一致（packed.sm3）');
    expect(out).toContain('attachments/a0.pdf：SM3 与大小一致');
    expect(out).not.toContain('不通过');
  });

  it('the documented by-hand command for packed.sm3 (docs/bundle-format.md §9, step 5) gives the manifest\'s packed digest', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../../../docs/bundle-format.md', import.meta.url)), 'utf8');
    const step = /^name=payload\.json\n.*\n.*openssl dgst -sm3$/m.exec(doc)![0];
    writeFileSync(join(dir, 'filing.gvbundle'), genuine);
    const manifest = JSON.parse(spawnSync('unzip', ['-p', 'filing.gvbundle', 'manifest.json'], { cwd: dir, encoding: 'utf8' }).stdout) as { entries: { name: string; packed?: { size: number; sm3: string } }[] };
    const packed = manifest.entries.find((entry) => entry.name === 'payload.json')!.packed!;
    const result = spawnSync('sh', ['-c', step.replace('head -c 866', `head -c ${packed.size}`)], { cwd: dir, encoding: 'utf8' });
    expect(result.stdout).toContain(packed.sm3);
  });

  it('fails a bundle with one changed byte: in an attachment, in the deflated payload, in the manifest', () => {
    const at = (name: string, offset: number) => {
      const copy = Buffer.from(genuine);
      const data = entryDataAt(copy, name);
      copy[data.at + offset] = copy[data.at + offset]! ^ 0x01;
      return copy;
    };
    const pdf = check(at('attachments/a0.pdf', 1_000));
    expect(pdf).toMatchObject({ status: 1, out: expect.stringContaining('attachments/a0.pdf：内容的 SM3 或大小与清单不符') });
    const payload = check(at('payload.json', 5));
    expect(payload.status).toBe(1);
    expect(payload.out).toContain('payload.json：压缩数据与清单的 packed.sm3 不符');
    const manifest = check(at('manifest.json', 40));
    expect(manifest).toMatchObject({ status: 1, out: expect.stringContaining('manifest.json 的签名验证失败') });
    for (const result of [pdf, payload, manifest]) expect(result.out).toContain('结论：验证不通过。');
  });

  it('with --key, refuses a bundle in clear (nothing to decrypt) rather than ignoring the key', () => {
    const { status, out } = check(genuine, 'pub.pem', '--key', 'unit.key.pem');
    expect(status).toBe(2);
    expect(out).toContain('这个数据包没有加密');
  });

  it('with the recipient\'s key, verifies an encrypted bundle and decrypts every entry to the original bytes; a wrong passphrase decrypts nothing', async () => {
    const attachments = makeAttachments(join(dir, 'secret'), [{ kind: 'pdf', bytes: 40_000 }]);
    const file = join(dir, 'encrypted.gvbundle');
    await offices.unit.services.exchange.exportBundle({ file, recipientCode: reviewOffice.code, payloadType: 'filing', payload: filingPayload(1, attachments), attachments, signer: { passphrase: PASSPHRASE }, encrypt: true });
    writeFileSync(join(dir, 'office.key.pem'), await offices.review.services.exchange.exportPrivateKeyPem(PASSPHRASE));
    const run = (passphrase: string) => {
      rmSync(join(dir, 'checked.解密'), { recursive: true, force: true });
      writeFileSync(join(dir, 'checked.gvbundle'), readFileSync(file));
      const result = spawnSync('sh', [SCRIPT, '--key', 'office.key.pem', 'checked.gvbundle', 'pub.pem'], { cwd: dir, encoding: 'utf8', env: { ...process.env, GOVIT_PASSPHRASE: passphrase } });
      return { status: result.status, out: result.stdout + result.stderr };
    };
    const wrong = run('not the passphrase');
    expect(wrong).toMatchObject({ status: 1, out: expect.stringContaining('无法用这个私钥解开内容密钥') });
    expect(existsSync(join(dir, 'checked.解密'))).toBe(false);

    const right = run(PASSPHRASE);
    expect(right.out).toContain('通过：manifest.sig 是发送方对 manifest.json 的 SM2 签名');
    expect(right.status).toBe(0);
    expect(readFileSync(join(dir, 'checked.解密', attachments[0]!.entry)).equals(readFileSync(attachments[0]!.path))).toBe(true);
    const payload = JSON.parse(readFileSync(join(dir, 'checked.解密', 'payload.json'), 'utf8')) as { projects: unknown[] };
    expect(payload.projects).toHaveLength(1);
  });

  it('fails with another office\'s key, naming the key id mismatch', () => {
    writeFileSync(join(dir, 'other.pem'), offices.review.services.exchange.keys.exportPublic().text);
    const { status, out } = check(genuine, 'other.pem');
    expect(status).toBe(1);
    expect(out).toContain('与清单的 sender.keyId');
    expect(out).toContain('签名验证失败');
  });

  it('fails a bundle with an entry the manifest does not list', () => {
    const copy = Buffer.from(genuine);
    // Rename attachments/a1.txt to a2.txt in its local and central headers (not in the signed manifest): the ZIP is still readable, the list no longer matches.
    const manifest = entryDataAt(copy, 'manifest.json');
    for (let at = copy.indexOf('attachments/a1.txt'); at >= 0; at = copy.indexOf('attachments/a1.txt', at + 1)) {
      if (at < manifest.at || at >= manifest.at + manifest.length) copy.write('attachments/a2.txt', at);
    }
    const { status, out } = check(copy);
    expect(status).toBe(1);
    expect(out).toContain('ZIP 中的条目与清单不一致');
    expect(out).toMatch(/清单有、ZIP 没有：.*attachments\/a1\.txt/);
  });
});
