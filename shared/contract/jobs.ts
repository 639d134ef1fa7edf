import { z } from 'zod';

/**
 * Long work (PDF batches, Excel import and export, bundles) runs as a job: the
 * method that starts it returns `{ jobId }` at once; the renderer polls
 * `jobs.status` for a progress bar and may `jobs.cancel` where that is safe.
 * A job's result is kind-specific and documented with the method that starts it.
 */
export const JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];

export const jobIdSchema = z.string().regex(/^job-[0-9a-f-]{8,64}$/, '任务编号无效');
export const jobStartedSchema = z.object({ jobId: jobIdSchema });

export const jobStatusSchema = z.object({
  jobId: jobIdSchema,
  kind: z.string(),
  label: z.string(),
  state: z.enum(JOB_STATES),
  /** Units of work done and in all (rows, projects, bytes); total 0 while unknown. */
  done: z.number().min(0),
  total: z.number().min(0),
  /** What it is doing now, in Chinese (e.g. "正在校验第 120 行"). */
  message: z.string(),
  cancellable: z.boolean(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** The kind's result once done (see the starting method). */
  result: z.unknown().optional(),
  /** The error's message and code once failed. */
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type JobStatus = z.infer<typeof jobStatusSchema>;

export const jobsMethods = {
  'jobs.status': { input: z.object({ jobId: jobIdSchema }), output: jobStatusSchema },
  'jobs.cancel': { input: z.object({ jobId: jobIdSchema }), output: jobStatusSchema },
} as const;
