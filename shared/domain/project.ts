import { z } from 'zod';
import {
  CLOUD_DEPLOYMENTS,
  CRYPTO_PLANS,
  DATA_SHARING_STATES,
  FUNDING_SOURCES,
  FUNDING_SOURCE_LABELS,
  LIFECYCLE_STAGES,
  OWNER_TYPES,
  PROJECT_CLASSES,
  PROJECT_KINDS,
  PROJECT_SOURCES,
} from './enums';
import { MAX_FEN, fenToWanYuan, sumFen } from './money';
import { normaliseName } from './names';

/** An amount in integer fen, as stored. */
export const fenAmount = (label: string) =>
  z
    .number({ error: `${label}必须是数字` })
    .int(`${label}必须精确到分`)
    .min(0, `${label}不能为负数`)
    .max(MAX_FEN, `${label}超出允许范围`);

const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label}为必填项` })
    .trim()
    .min(1, `${label}为必填项`)
    .max(max, `${label}不能超过 ${max} 个字`);

export const fundingSplitSchema = z.object(
  Object.fromEntries(
    FUNDING_SOURCES.map((source) => [source, fenAmount(FUNDING_SOURCE_LABELS[source])]),
  ) as Record<(typeof FUNDING_SOURCES)[number], ReturnType<typeof fenAmount>>,
);
export type FundingSplit = z.infer<typeof fundingSplitSchema>;

/** The fields a person fills in; each with its own rule and message. */
export const projectFieldsSchema = z.object({
  // Saved normalised (see names.ts): the duplicate check and search compare these.
  name: requiredText('项目名称', 200).transform(normaliseName),
  unitName: requiredText('建设单位', 100),
  // The register allows blank contacts (a ledger often has none, issue 14); the form asks for them.
  contactPerson: z.string().trim().max(50, '项目负责人不能超过 50 个字'),
  contactPhone: z
    .string()
    .trim()
    .regex(/^(?:[0-9][0-9\- ]{4,19})?$/, '联系电话格式不正确（5–20 位数字，可含“-”）'),
  projectClass: z.enum(PROJECT_CLASSES, { error: '请选择项目类别' }),
  kind: z.enum(PROJECT_KINDS, { error: '请选择建设性质' }),
  source: z.enum(PROJECT_SOURCES, { error: '请选择项目来源' }),
  totalInvestmentFen: fenAmount('总投资'),
  funding: fundingSplitSchema,
  plannedYear: z
    .number({ error: '计划年度必须是数字' })
    .int('计划年度必须是整数')
    .min(2000, '计划年度不能早于 2000 年')
    .max(2100, '计划年度不能晚于 2100 年'),
  stage: z.enum(LIFECYCLE_STAGES, { error: '请选择项目阶段' }),
  cloudDeployment: z.enum(CLOUD_DEPLOYMENTS, { error: '请选择部署方式' }),
  mlpsLevel: z.number().int().min(0, '等保级别无效').max(5, '等保级别无效'),
  cryptoPlan: z.enum(CRYPTO_PLANS, { error: '请选择密码应用情况' }),
  dataSharing: z.enum(DATA_SHARING_STATES, { error: '请选择数据共享情况' }),
  description: z.string().trim().max(5000, '项目概述不能超过 5000 个字').default(''),
  /** 建设单位性质; absent = not recorded (the packs then take the project as in scope). */
  ownerType: z.enum(OWNER_TYPES, { error: '请选择建设单位性质' }).optional(),
});

/** What the project form asks for: the register's fields, with the contacts required. */
export const projectFormSchema = projectFieldsSchema.extend({
  contactPerson: requiredText('项目负责人', 50),
  contactPhone: z
    .string({ error: '联系电话为必填项' })
    .trim()
    .regex(/^[0-9][0-9\- ]{4,19}$/, '联系电话格式不正确（5–20 位数字，可含“-”）'),
});

/** The message when the funding split does not add up; shared by both sides. */
export function fundingMismatchMessage(fundingFen: number, totalFen: number): string {
  return `资金来源合计 ${fenToWanYuan(fundingFen)} 万元与总投资 ${fenToWanYuan(totalFen)} 万元不一致`;
}

/** A project as submitted by a form or an import: fields plus the cross-field rule. */
export const projectInputSchema = projectFieldsSchema.superRefine((project, ctx) => {
  const fundingFen = sumFen(Object.values(project.funding));
  if (fundingFen !== project.totalInvestmentFen) {
    ctx.addIssue({
      code: 'custom',
      path: ['funding'],
      message: fundingMismatchMessage(fundingFen, project.totalInvestmentFen),
    });
  }
});
export type ProjectInput = z.input<typeof projectInputSchema>;
export type ProjectFields = z.output<typeof projectFieldsSchema>;

export const projectIdSchema = z.string().uuid('项目编号无效');

/** A project as stored. `version` rises by one with every change (optimistic locking). */
export const projectSchema = projectFieldsSchema.extend({
  id: projectIdSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int().min(1),
});
export type Project = z.infer<typeof projectSchema>;

export function emptyFunding(): FundingSplit {
  return Object.fromEntries(FUNDING_SOURCES.map((source) => [source, 0])) as FundingSplit;
}

/** Defaults for a new project form. */
export function blankProject(plannedYear: number): ProjectFields {
  return {
    name: '',
    unitName: '',
    contactPerson: '',
    contactPhone: '',
    projectClass: 'investment',
    kind: 'new',
    source: 'unit',
    totalInvestmentFen: 0,
    funding: emptyFunding(),
    plannedYear,
    stage: 'draft',
    cloudDeployment: 'govCloud',
    mlpsLevel: 0,
    cryptoPlan: 'none',
    dataSharing: 'none',
    description: '',
  };
}
