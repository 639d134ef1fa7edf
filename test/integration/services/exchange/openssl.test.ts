import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publicKeyOfSpki, spkiOfPem } from '../../../../electron/services/exchange/public-key';
import { BundleRefusal } from '../../../../shared/exchange/refusals';
import { craftBundle, entryDataAt } from '../../../support/bundles';
import { filingPayload, makeAttachments, pair, reviewOffice, unitOffice } from '../../../support/exchange';

/** OpenSSL 3 repeats the app's signature checks, and the app accepts what OpenSSL signs. */
const DISTID = 'distid:1234567812345678';
let offices: Awaited<ReturnType<typeof pair>>;
let dir: string;
beforeEach(async () => {
  offices = await pair();
  dir = offices.unit.dir;
});
afterEach(() => offices.close());

function openssl(...args: string[]) {
  return spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
}

/** The two files the documented command needs, taken out with the stock `unzip` (which still extracts, with a warning, when a CRC fails). */
function unzipManifest(bundle: string): void {
  for (const name of ['manifest.json', 'manifest.sig']) {
    const extracted = spawnSync('unzip', ['-p', bundle, name]);
    expect(extracted.stdout.length).toBeGreaterThan(0);
    writeFileSync(join(dir, name), extracted.stdout);
  }
}

async function exportBundle(): Promise<string> {
  const attachments = makeAttachments(join(dir, 'files'), [{ kind: 'pdf', bytes: 50_000 }, { kind: 'txt', bytes: 30_000 }]);
  const file = join(dir, 'filing.gvbundle');
  await offices.unit.services.exchange.exportBundle({ file, recipientCode: reviewOffice.code, payloadType: 'filing', payload: filingPayload(2, attachments), attachments, signer: { passphrase: '淅川-教育局-2026' } });
  writeFileSync(join(dir, 'pub.pem'), offices.unit.services.exchange.keys.exportPublic().text);
  return file;
}

describe('OpenSSL 3 and the app agree on SM2/SM3', () => {
  it('OpenSSL reads the exported public key and computes the same fingerprint', async () => {
    await exportBundle();
    expect(openssl('pkey', '-pubin', '-in', 'pub.pem', '-noout').status).toBe(0);
    const der = execFileSync('openssl', ['pkey', '-pubin', '-in', 'pub.pem', '-outform', 'DER'], { cwd: dir });
    const digest = execFileSync('openssl', ['dgst', '-sm3', '-r'], { cwd: dir, input: der }).toString().slice(0, 20).toUpperCase();
    expect(offices.unit.services.exchange.keys.exportPublic().fingerprint.replace(/ /g, '')).toBe(digest);
  });

  it('OpenSSL verifies the signature of a bundle the app wrote (the documented command line)', async () => {
    unzipManifest(await exportBundle());
    const result = openssl('dgst', '-sm3', '-verify', 'pub.pem', '-sigopt', DISTID, '-signature', 'manifest.sig', 'manifest.json');
    expect(result.stdout.trim()).toBe('Verified OK');
    expect(result.status).toBe(0);
    // And the entries' digests in the manifest are OpenSSL's SM3 of the files.
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { entries: { name: string; sm3: string }[] };
    for (const entry of manifest.entries) expect(createHash('sm3').update(execFileSync('unzip', ['-p', join(dir, 'filing.gvbundle'), entry.name])).digest('hex')).toBe(entry.sm3);
  });

  it('a changed byte in manifest.json fails in OpenSSL and in the app', async () => {
    const bundle = await exportBundle();
    const bytes = readFileSync(bundle);
    const manifest = entryDataAt(bytes, 'manifest.json');
    bytes[bytes.indexOf('"sequence": 1', manifest.at) + 12] = '2'.charCodeAt(0);
    writeFileSync(bundle, bytes);
    unzipManifest(bundle);
    const result = openssl('dgst', '-sm3', '-verify', 'pub.pem', '-sigopt', DISTID, '-signature', 'manifest.sig', 'manifest.json');
    expect(result.stdout.trim()).toBe('Verification failure');
    expect(result.status).toBe(1);
    await expect(offices.review.services.exchange.verify(bundle)).rejects.toMatchObject({ reason: 'signatureInvalid' });
  });

  it('OpenSSL verifies a key rotation: the statement, signed by the old key (the documented commands)', async () => {
    const exchange = offices.unit.services.exchange;
    writeFileSync(join(dir, 'old.pub.pem'), exchange.keys.exportPublic().text);
    // Two bundles sent first, so the statement's last line names a sequence.
    await exportBundle();
    await exchange.exportBundle({ file: join(dir, 'second.gvbundle'), recipientCode: reviewOffice.code, payloadType: 'filing', payload: filingPayload(1), signer: { passphrase: '淅川-教育局-2026' } });
    await exchange.keys.rotate('淅川-教育局-2026', '淅川-教育局-2027');
    const text = exchange.keys.exportPublic().text;
    writeFileSync(join(dir, 'new.pub.pem'), text);
    const header = (name: string) => new RegExp(`^# ${name}: (.+)$`, 'm').exec(text)![1]!;
    const script = [
      `printf 'govit-desk key rotation v2\\noffice: %s\\nold: %s\\nnew: %s\\nat: %s\\nlast: %s\\n' ${unitOffice.code} ${header('Rotated-From')} ${header('Key-Id')} '${header('Rotated-At')}' '${header('Rotated-Last')}' > statement.txt`,
      "grep '^# Rotation-Signature:' new.pub.pem | cut -d' ' -f3 | xxd -r -p > rotation.sig",
      `openssl dgst -sm3 -verify old.pub.pem -sigopt ${DISTID} -signature rotation.sig statement.txt`,
    ].join('\n');
    const result = spawnSync('sh', ['-c', script], { cwd: dir, encoding: 'utf8' });
    expect(header('Rotated-Last')).toBe(`${reviewOffice.code}:2`);
    expect(result.stdout.trim()).toBe('Verified OK');
  });

  it('the app verifies a manifest signed by OpenSSL with a key OpenSSL generated; a changed byte fails both', async () => {
    expect(openssl('genpkey', '-algorithm', 'SM2', '-out', 'ossl.key').status).toBe(0);
    expect(openssl('pkey', '-in', 'ossl.key', '-pubout', '-out', 'ossl.pem').status).toBe(0);
    const pem = readFileSync(join(dir, 'ossl.pem'), 'utf8');
    const publicKeyHex = publicKeyOfSpki(spkiOfPem(pem)!)!;
    const keyId = createHash('sm3').update(spkiOfPem(pem)!).digest('hex');
    // The review office trusts the OpenSSL key as the unit's (its file: our header lines, OpenSSL's PEM).
    const review = offices.review.services.exchange;
    const unitKey = review.trust.list().find((key) => key.officeCode === unitOffice.code)!;
    review.trust.revoke(unitKey.keyId, '改用 OpenSSL 生成的密钥');
    review.trust.add(`# Office-Name: ${unitOffice.name}\n# Office-Code: ${unitOffice.code}\n# Office-Role: unit\n${pem}`, keyId.slice(0, 20));

    const signer = {
      keyId,
      publicKeyHex,
      sign(message: Uint8Array) {
        writeFileSync(join(dir, 'to-sign.json'), message);
        expect(openssl('dgst', '-sm3', '-sign', 'ossl.key', '-sigopt', DISTID, '-out', 'ossl.sig', 'to-sign.json').status).toBe(0);
        return readFileSync(join(dir, 'ossl.sig'));
      },
    };
    const file = join(dir, 'openssl-signed.gvbundle');
    const zip = craftBundle(file, { from: unitOffice, to: reviewOffice, signer, payload: filingPayload(1) });
    const verified = await review.verify(file);
    expect(verified.sender.keyId).toBe(keyId);

    const manifest = entryDataAt(zip, 'manifest.json');
    zip[zip.indexOf('"sequence":1', manifest.at) + 11] = '3'.charCodeAt(0);
    writeFileSync(file, zip);
    unzipManifest(file);
    expect(openssl('dgst', '-sm3', '-verify', 'ossl.pem', '-sigopt', DISTID, '-signature', 'manifest.sig', 'manifest.json').stdout.trim()).toBe('Verification failure');
    const refusal = await review.verify(file).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BundleRefusal);
    expect(refusal).toMatchObject({ reason: 'signatureInvalid' });
  });
});
