import type { z } from 'zod';
import type { filingProjectSchema } from '../../../shared/exchange/payloads';

export type FilingProject = z.output<typeof filingProjectSchema>;

/** A filing's stored form: the project as filed (facts, history, attachment references), as JSON, and its bytes for the SM3. */
export function snapshotOf(filed: FilingProject): { json: string; bytes: Buffer } {
  const json = JSON.stringify(filed);
  return { json, bytes: Buffer.from(json, 'utf8') };
}
