import { z } from 'zod';
import { lifecycleEventSchema } from '../domain/lifecycle-events';
import { projectIdSchema } from '../domain/project';
import { complianceFactsSchema, materialSchema, projectAttributesSchema } from '../rules/framework/facts';

const storedEventSchema = z.object({ id: z.string(), event: lifecycleEventSchema });
const storedMaterialSchema = z.object({ id: z.string(), material: materialSchema });

export const projectFactsRecordSchema = z.object({
  events: z.array(storedEventSchema),
  materials: z.array(storedMaterialSchema),
  attributes: projectAttributesSchema,
  compliance: complianceFactsSchema,
});

const byProject = { projectId: projectIdSchema };

export const factsMethods = {
  'facts.get': { input: z.object(byProject), output: projectFactsRecordSchema },
  'facts.recordEvent': { input: z.object({ ...byProject, event: lifecycleEventSchema }), output: storedEventSchema },
  'facts.removeEvent': { input: z.object({ ...byProject, eventId: z.string().min(1) }), output: z.object({}) },
  'facts.addMaterial': { input: z.object({ ...byProject, material: materialSchema }), output: storedMaterialSchema },
  'facts.removeMaterial': { input: z.object({ ...byProject, materialId: z.string().min(1) }), output: z.object({}) },
  'facts.setAttributes': {
    input: z.object({ ...byProject, attributes: projectAttributesSchema, compliance: complianceFactsSchema }),
    output: projectFactsRecordSchema,
  },
} as const;
