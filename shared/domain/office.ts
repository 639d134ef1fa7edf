import { z } from 'zod';
import { creditCodeProblem } from './credit-code';
import { REGULATION_IDS } from './regulations';

export const OFFICE_ROLES = ['unit', 'reviewOffice'] as const;
export type OfficeRole = (typeof OFFICE_ROLES)[number];
export const OFFICE_ROLE_LABELS: Record<OfficeRole, string> = {
  unit: '项目建设单位（填报）',
  reviewOffice: '审查部门（审批）',
};

/** The installation's identity, set once at first start. */
export const officeSchema = z.object({
  name: z.string({ error: '单位名称为必填项' }).trim().min(2, '单位名称至少 2 个字').max(100, '单位名称不能超过 100 个字'),
  code: z
    .string({ error: '单位代码为必填项' })
    .trim()
    .toUpperCase()
    .regex(/^[0-9A-Z-]{6,32}$/, '单位代码应为 6–32 位字母或数字（如统一社会信用代码）'),
  role: z.enum(OFFICE_ROLES, { error: '请选择本机角色' }),
  jurisdiction: z.enum(REGULATION_IDS, { error: '请选择适用的管理办法' }),
  operator: z.string({ error: '经办人为必填项' }).trim().min(1, '经办人为必填项').max(50, '经办人不能超过 50 个字'),
});
export type Office = z.infer<typeof officeSchema>;

/**
 * What setup accepts: the office's code must be a valid 统一社会信用代码 (check
 * character included). Only here, not in `officeSchema`, which also reads the
 * office already stored: an installation set up before the check still opens.
 */
export const officeSetupSchema = officeSchema.superRefine((office, ctx) => {
  const problem = creditCodeProblem(office.code);
  if (problem) ctx.addIssue({ code: 'custom', path: ['code'], message: problem });
});
export type OfficeInput = z.input<typeof officeSchema>;
