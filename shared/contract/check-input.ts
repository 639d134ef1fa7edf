import { z } from 'zod';
import { projectSchema } from '../domain/project';
import { projectFactsSchema, type ProjectFacts } from '../rules/framework/facts';
import { stageFromEvents } from '../rules/framework/stages';

/**
 * One project in the headless check's input: the stored facts, except that
 * `project.stage` may be left out. The rules judge by the dated events; the
 * stage is then derived from them (the furthest stage they show, `draft` when
 * none does), so a file written from an event log needs no stage field.
 */
export const checkInputProjectSchema = projectFactsSchema
  .extend({ project: projectSchema.extend({ stage: projectSchema.shape.stage.optional() }) })
  .transform(
    (facts): ProjectFacts => ({
      ...facts,
      project: { ...facts.project, stage: facts.project.stage ?? stageFromEvents(facts.events) },
    }),
  );

/**
 * The headless check's input file (`npm run cli -- check --input FILE`): the
 * projects with their facts, as the register stores them. JSON Schema:
 * docs/schemas/check-input.schema.json (generated from this schema).
 */
export const checkInputSchema = z.object({
  projects: z.array(checkInputProjectSchema).max(1_000_000),
});
export type CheckInput = z.input<typeof checkInputSchema>;
