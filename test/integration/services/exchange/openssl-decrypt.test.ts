import { normaliseName } from '../../../../shared/domain/names';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filingPayload, install, makeAttachments, PASSPHRASE, reviewOffice, trustEachOther, unitOffice, type OfficeInstall } from '../../../support/exchange';

/** OpenSSL 3 alone decrypts a bundle the app encrypted: the commands of docs/bundle-format.md §10. */
let unit: OfficeInstall;
let review: OfficeInstall;
beforeEach(async () => {
  unit = await install(unitOffice, undefined, { encrypt: true });
  review = await install(reviewOffice, undefined, { encrypt: true });
  trustEachOther(unit, review);
});
afterEach(() => (unit.close(), review.close()));

/** The documented commands, as a script: unwrap the key with pkeyutl, check the stored entry's SM3, decrypt it with enc. */
const DECRYPT_ENTRY = [
  'set -e',
  'unzip -p "$BUNDLE" manifest.json > manifest.json',
  'jq -r .encryption.wrappedKey manifest.json | xxd -r -p > key.sm2',
  'openssl pkeyutl -decrypt -inkey 本单位私钥.pem -passin env:PASS -in key.sm2 -out key.bin',
  'IV=$(jq -r --arg n "$NAME" \'.entries[] | select(.name == $n) | .iv\' manifest.json)',
  'unzip -p "$BUNDLE" "$NAME" > entry.enc',
  'openssl dgst -sm3 -r entry.enc | cut -c1-64 > entry.sm3',
  'openssl enc -d -sm4-ctr -K "$(xxd -p key.bin | tr -d \'\\n\')" -iv "$IV" -in entry.enc -out entry.plain',
].join('\n');

describe('OpenSSL decrypts an encrypted bundle made by the app', () => {
  it('unwraps the SM4 key with pkeyutl (SM2, GM/T 0009) and decrypts each entry with enc -sm4-ctr to the original bytes', async () => {
    const dir = unit.dir;
    const attachments = makeAttachments(join(dir, 'files'), [{ kind: 'pdf', bytes: 700_000 }, { kind: 'txt', bytes: 30_001 }]);
    const bundle = join(dir, 'filing.gvbundle');
    const payload = filingPayload(2, attachments);
    await unit.services.exchange.exportBundle({ file: bundle, recipientCode: reviewOffice.code, payloadType: 'filing', payload, attachments, signer: { passphrase: PASSPHRASE } });
    writeFileSync(join(dir, '本单位私钥.pem'), await review.services.exchange.exportPrivateKeyPem(PASSPHRASE));
    expect(readFileSync(join(dir, '本单位私钥.pem'), 'utf8')).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);

    const run = (name: string) => {
      const result = spawnSync('bash', ['-c', DECRYPT_ENTRY], { cwd: dir, encoding: 'utf8', env: { ...process.env, BUNDLE: bundle, NAME: name, PASS: PASSPHRASE } });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { entries: { name: string; sm3: string }[] };
      expect(readFileSync(join(dir, 'entry.sm3'), 'utf8').trim()).toBe(manifest.entries.find((entry) => entry.name === name)!.sm3);
      return readFileSync(join(dir, 'entry.plain'));
    };
    for (const attachment of attachments) {
      const original = readFileSync(attachment.path);
      expect(readFileSync(bundle).includes(original.subarray(1000, 1100))).toBe(false);
      expect(run(attachment.entry).equals(original)).toBe(true);
    }
    const decrypted = JSON.parse(run('payload.json').toString('utf8')) as typeof payload;
    // The export reads the payload through its schema, which normalises project names (no inner spaces).
    expect(decrypted.projects.map((project) => project.facts.project.name)).toEqual(payload.projects.map((project) => normaliseName(project.facts.project.name)));

    // A wrong passphrase: OpenSSL cannot read the key file, and nothing is decrypted.
    const wrong = spawnSync('bash', ['-c', DECRYPT_ENTRY], { cwd: dir, encoding: 'utf8', env: { ...process.env, BUNDLE: bundle, NAME: 'payload.json', PASS: '不是这个口令' } });
    expect(wrong.status).not.toBe(0);
  });
});
