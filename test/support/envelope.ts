import type { Envelope } from '../../shared/contract/errors';

/** The value of a successful contract call; a failure fails the test with its code and message. */
export function envelopeValue<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`expected success, got ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}
