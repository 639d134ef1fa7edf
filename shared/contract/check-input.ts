import { z } from 'zod';
import { projectFactsSchema } from '../rules/framework/facts';

/**
 * The headless check's input file (`npm run cli -- check --input FILE`): the
 * projects with their facts, as the register stores them. JSON Schema:
 * docs/schemas/check-input.schema.json (generated from this schema).
 */
export const checkInputSchema = z.object({
  projects: z.array(projectFactsSchema).max(1_000_000),
});
export type CheckInput = z.input<typeof checkInputSchema>;
