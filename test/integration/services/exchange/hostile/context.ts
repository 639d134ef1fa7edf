import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Signer } from '../../../../../electron/services/exchange/keys';
import type { Office } from '../../../../../shared/domain/office';
import type { BundleLimits } from '../../../../../shared/exchange/limits';
import type { BundleRefusalCode } from '../../../../../shared/exchange/refusals';
import { craftBundle, type Crafted } from '../../../../support/bundles';
import { filingPayload, install, makeAttachments, movableClock, pair, PASSPHRASE, reviewOffice, type OfficeInstall } from '../../../../support/exchange';

/** What a hostile case builds on: two offices that trust each other, and helpers to make bundles. */
export interface HostileContext {
  unit: OfficeInstall;
  review: OfficeInstall;
  reviewClock: ReturnType<typeof movableClock>;
  signer: Signer;
  path(name: string): string;
  /** A valid filing bundle from the unit to the review office (5 entries: payload, two attachments, manifest, signature). */
  exportValid(name?: string): Promise<string>;
  craft(name: string, craft: Partial<Crafted>): string;
  /** Rewrites a file's bytes. */
  patch(file: string, change: (bytes: Buffer) => Buffer | void): string;
  /** Another installation that trusts the unit. */
  another(office: Office, options?: { limits?: Partial<BundleLimits> }): Promise<OfficeInstall>;
}

export interface HostileCase {
  name: string;
  reason: BundleRefusalCode;
  /** Words the message must contain. */
  says?: RegExp;
  /** The file to verify, and by whom (default: the review office). */
  build(ctx: HostileContext): Promise<string | { file: string; by: OfficeInstall }>;
}

export async function createContext(): Promise<HostileContext & { close(): void }> {
  const reviewClock = movableClock();
  const offices = await pair(reviewClock);
  const { unit, review } = offices;
  const signer = await unit.services.exchange.keys.unlock(PASSPHRASE);
  const extra: OfficeInstall[] = [];
  const path = (name: string) => join(unit.dir, name);
  const attachments = makeAttachments(path('files'), [
    { kind: 'pdf', bytes: 20_000 },
    { kind: 'txt', bytes: 20_000 },
  ]);
  return {
    unit,
    review,
    reviewClock,
    signer,
    path,
    async exportValid(name = `valid-${Math.random().toString(36).slice(2)}.gvbundle`) {
      const file = path(name);
      await unit.services.exchange.exportBundle({ file, recipientCode: reviewOffice.code, payloadType: 'filing', payload: filingPayload(2, attachments), attachments, signer });
      return file;
    },
    craft(name, craft) {
      const file = path(name);
      craftBundle(file, { from: unit.office, to: review.office, signer, payload: filingPayload(1), ...craft });
      return file;
    },
    patch(file, change) {
      const bytes = readFileSync(file);
      writeFileSync(file, change(bytes) ?? bytes);
      return file;
    },
    async another(office, options = {}) {
      const other = await install(office, undefined, { limits: options.limits });
      const unitKey = unit.services.exchange.keys.exportPublic();
      other.services.exchange.trust.add(unitKey.text, unitKey.fingerprint);
      extra.push(other);
      return other;
    },
    close() {
      for (const other of extra) other.close();
      offices.close();
    },
  };
}
