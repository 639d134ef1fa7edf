import { z } from 'zod';
import { FORM_CATALOGUE, FORM_IDS } from '../domain/forms';
import { projectIdSchema } from '../domain/project';
import { REGULATION_IDS } from '../domain/regulations';
import { jobStartedSchema } from './jobs';

const basisSchema = z.object({
  regulation: z.enum(REGULATION_IDS),
  article: z.number().int().min(1),
  attachment: z.number().int().min(1).optional(),
  relation: z.enum(['prescribes', 'serves']),
  /** e.g. '淅川县政务信息化项目建设管理暂行办法 第十七条'. */
  label: z.string(),
});

export const formViewSchema = z.object({
  id: z.enum(FORM_IDS),
  title: z.string(),
  scope: z.enum(['project', 'year', 'projectOrYear']),
  summary: z.string(),
  basis: z.array(basisSchema),
  /** Whether the office's own regulation defines the form (or the form is the app's own); false: the plain form. */
  forJurisdiction: z.boolean(),
});
export type FormView = z.infer<typeof formViewSchema>;

export const renderInputSchema = z
  .object({
    formId: z.enum(FORM_IDS, { error: '请选择要生成的文书' }),
    projectId: projectIdSchema.optional(),
    year: z.number().int().min(2000, '年度不能早于 2000 年').max(2100, '年度不能晚于 2100 年').optional(),
    /** Save under `<data folder>/exports/` and return the path instead of the bytes. */
    save: z.boolean().default(false),
  })
  .superRefine((input, ctx) => {
    if (FORM_CATALOGUE[input.formId].scope === 'project' && input.projectId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['projectId'], message: `生成“${FORM_CATALOGUE[input.formId].title}”须先选择项目` });
    }
  });
export type RenderInput = z.output<typeof renderInputSchema>;

export const renderedDocumentSchema = z.object({
  formId: z.enum(FORM_IDS),
  fileName: z.string(),
  pages: z.number().int().min(1),
  /** Size of the PDF in bytes. */
  size: z.number().int().min(1),
  /** The PDF, when not saved. */
  bytesBase64: z.string().nullable(),
  /** Where it was saved, when `save` was asked. */
  savedPath: z.string().nullable(),
});
export type RenderedDocument = z.infer<typeof renderedDocumentSchema>;

/** A batch over more projects than this is refused: split it. */
export const MAX_BATCH_PROJECTS = 1_000;

export const renderBatchInputSchema = z
  .object({
    formId: z.enum(FORM_IDS, { error: '请选择要生成的文书' }),
    projectIds: z
      .array(projectIdSchema)
      .min(1, '请至少选择一个项目')
      .max(MAX_BATCH_PROJECTS, `一次最多批量生成 ${MAX_BATCH_PROJECTS} 份文书，请分批生成`),
  })
  .superRefine((input, ctx) => {
    if (FORM_CATALOGUE[input.formId].scope === 'year') {
      ctx.addIssue({ code: 'custom', path: ['formId'], message: `“${FORM_CATALOGUE[input.formId].title}”按年度生成一份，不能按项目批量生成` });
    }
  });
export type RenderBatchInput = z.output<typeof renderBatchInputSchema>;

/** The result of a documents.renderBatch job (jobs.status → result, once done). */
export const renderBatchResultSchema = z.object({
  /** The batch's own folder under `<data folder>/exports/`. */
  folder: z.string(),
  /** The files written, in the order of the projects. */
  files: z.array(z.string()),
  /** Projects whose document could not be made, with the reason in Chinese. */
  failed: z.array(z.object({ projectId: z.string(), projectName: z.string(), message: z.string() })),
});
export type RenderBatchResult = z.infer<typeof renderBatchResultSchema>;

export const documentsMethods = {
  'documents.forms': { input: z.object({}), output: z.array(formViewSchema) },
  'documents.render': { input: renderInputSchema, output: renderedDocumentSchema },
  /**
   * One form for many projects, as a job (`{ jobId }`; the result is a
   * RenderBatchResult), rendered in the worker pool and saved in a folder of
   * its own under exports/. Cancellable between documents; a cancelled batch
   * leaves no folder behind.
   */
  'documents.renderBatch': { input: renderBatchInputSchema, output: jobStartedSchema },
} as const;
