import { z } from 'zod';
import { chainReportSchema } from '../domain/history';
import { officeSchema, officeSetupSchema } from '../domain/office';

export const backupInfoSchema = z.object({
  file: z.string(),
  name: z.string(),
  reason: z.string(),
  sizeBytes: z.number().int(),
  takenAt: z.string(),
});

export const systemInfoSchema = z.object({
  appVersion: z.string(),
  dataDir: z.string(),
  databaseFile: z.string(),
  projectCount: z.number().int(),
  backups: z.array(backupInfoSchema),
});

export const systemMethods = {
  'setup.get': { input: z.object({}), output: z.object({ office: officeSchema.nullable() }) },
  'setup.complete': { input: officeSetupSchema, output: officeSchema },
  'system.info': { input: z.object({}), output: systemInfoSchema },
  'system.backup': { input: z.object({}), output: backupInfoSchema },
  'history.verify': { input: z.object({}), output: chainReportSchema },
} as const;
