/**
 * Writes the JSON Schemas of the files the app reads from outside, generated
 * from the same zod schemas that validate them: `npx tsx scripts/generate-schemas.ts`.
 * A test checks the committed files are current.
 */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { checkInputSchema } from '../shared/contract/check-input';
import { bundleManifestSchema } from '../shared/exchange/manifest';
import { PAYLOAD_SCHEMAS } from '../shared/exchange/payloads';

export const SCHEMAS: Record<string, { title: string; schema: z.ZodType }> = {
  'docs/schemas/check-input.schema.json': { title: 'govit-desk headless check input (npm run cli -- check --input FILE)', schema: checkInputSchema },
  'docs/schemas/bundle-manifest.schema.json': { title: 'govit-desk exchange bundle: manifest.json (docs/bundle-format.md)', schema: bundleManifestSchema },
  'docs/schemas/bundle-payload-filing.schema.json': { title: 'govit-desk exchange bundle: payload.json of a filing', schema: PAYLOAD_SCHEMAS.filing },
  'docs/schemas/bundle-payload-review-decision.schema.json': { title: 'govit-desk exchange bundle: payload.json of a review decision', schema: PAYLOAD_SCHEMAS.reviewDecision },
  'docs/schemas/bundle-payload-policy-update.schema.json': { title: 'govit-desk exchange bundle: payload.json of a policy update', schema: PAYLOAD_SCHEMAS.policyUpdate },
  'docs/schemas/bundle-payload-acknowledgement.schema.json': { title: 'govit-desk exchange bundle: payload.json of an acknowledgement', schema: PAYLOAD_SCHEMAS.acknowledgement },
};

export function renderSchema(title: string, schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ title, ...json }, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  for (const [file, { title, schema }] of Object.entries(SCHEMAS)) {
    writeFileSync(file, renderSchema(title, schema));
    console.log(`written: ${file}`);
  }
}
