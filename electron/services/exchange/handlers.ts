import type { Handlers, MethodOutput } from '../../../shared/contract';
import type { ExchangeService } from '.';
import type { VerifiedBundle } from './verify';

type ExchangeMethod = 'keys.status' | 'keys.create' | 'keys.rotate' | 'keys.revoke' | 'keys.exportPublic' | 'trust.list' | 'trust.add' | 'trust.acceptRotation' | 'trust.revoke' | 'bundle.verify';

/** 0 for an encrypted bundle verified without its key (the content is not read). */
function itemCount(verified: VerifiedBundle): number {
  if (!verified.payload) return 0;
  switch (verified.payload.type) {
    case 'filing':
      return verified.payload.payload.projects.length;
    case 'reviewDecision':
      return verified.payload.payload.decisions.length;
    case 'policyUpdate':
      return verified.payload.payload.parameters.length;
    case 'acknowledgement':
      return 1;
  }
}

export function bundleSummary(verified: VerifiedBundle): MethodOutput<'bundle.verify'> {
  const { manifest } = verified;
  return {
    file: verified.file,
    bytes: verified.bytes,
    digest: verified.digest,
    bundleId: manifest.bundleId,
    payloadType: manifest.payloadType,
    sender: { officeCode: manifest.sender.officeCode, officeName: verified.sender.officeName, fingerprint: verified.sender.fingerprint },
    recipient: manifest.recipient,
    sequence: manifest.sequence,
    createdAt: manifest.createdAt,
    expiresAt: manifest.expiresAt,
    entries: manifest.entries.length,
    contentBytes: manifest.entries.reduce((sum, entry) => sum + entry.size, 0),
    items: itemCount(verified),
    gap: verified.gap,
  };
}

/** The contract's keys.*, trust.* and bundle.* methods. */
export function exchangeHandlers(exchange: ExchangeService): Pick<Handlers, ExchangeMethod> {
  return {
    'keys.status': () => exchange.keys.status(),
    'keys.create': (input) => exchange.keys.create(input.passphrase),
    'keys.rotate': (input) => exchange.keys.rotate(input.passphrase, input.newPassphrase),
    'keys.revoke': (input) => exchange.keys.revoke(input.reason),
    'keys.exportPublic': () => exchange.keys.exportPublic(),
    'trust.list': () => exchange.trust.list(),
    'trust.add': (input) => exchange.trust.add(input.keyFile, input.fingerprint),
    'trust.acceptRotation': (input) => exchange.trust.acceptRotation(input.keyFile),
    'trust.revoke': (input) => exchange.trust.revoke(input.keyId, input.reason, input.lastSequence),
    'bundle.verify': async (input) => bundleSummary(await exchange.verify(input.file)),
  };
}
