/**
 * ProjectFacts: everything a rule pack reads about one project, and nothing
 * else. It is plain JSON (the headless CLI reads it from a file; a JSON Schema
 * will be generated from these zod schemas), so days are `YYYY-MM-DD` strings
 * and money is integer fen.
 *
 * Absent optional facts mean "not recorded", and rules treat them so (they do
 * not assume the favourable answer). Boolean flags default to `false`.
 */
import { z } from 'zod';
import { daySchema } from '../../domain/day';
import { lifecycleEventSchema } from '../../domain/lifecycle-events';
import { MATERIAL_CODES } from '../../domain/materials';
import { fenAmount, projectSchema } from '../../domain/project';

const flag = z.boolean().default(false);

/** A material attached to the project, by code. */
export const materialSchema = z.object({
  code: z.enum(MATERIAL_CODES),
  /** The day it was attached or issued; materials dated after `asOf` are not yet there. */
  date: daySchema.optional(),
  /** The register's document id (attachment with hash), for tracing. */
  documentId: z.string().max(64).optional(),
});

/** Facts about the project that are not register fields but decide which rules apply. */
export const projectAttributesSchema = z.object({
  /** 单纯设备和软件类采购项目 (xichuan 第七条). */
  procurementOnly: flag,
  /** 国家和省、市的临时安排，不在年度建设计划范围内 (xichuan 第八条). */
  temporary: flag,
  /** 上级对审批流程有明确、特定要求 (xichuan 第七条、第八条 “按要求执行”). */
  superiorProcedure: flag,
  /** 涉及国家秘密 (xichuan 第三十八条; chenzhou 第二条). */
  classified: flag,
  /** 涉及新建土建工程 (xichuan 第十条). */
  involvesNewCivilWorks: flag,
  /** 高耗能项目 (xichuan 第十条). */
  highEnergyConsumption: flag,
  /** 概算批复总投资, when the 初步设计 (概算) has been approved. */
  approvedEstimateFen: fenAmount('概算批复总投资').optional(),
  /** 计划建成日期, from the approved schedule. */
  plannedCompletionDate: daySchema.optional(),
  /** 设计咨询、测评等服务项目：不纳入统一监理、统一验收 (laohekou 第十七条、第二十一条). */
  advisoryService: flag,
  /** 信息服务领域、无新增固定资产投资的项目 (laohekou 第八条). */
  noNewFixedAssets: flag,
  /** 项目即政务云平台本身的建设或扩容（大数据中心政务云） (laohekou 第十五条). */
  govCloudPlatform: flag,
  /** 平台类项目 (laohekou 第二十三条(八)). */
  platformProject: flag,
  /** 涉及数据采集 (laohekou 第二十三条(八)). */
  collectsData: flag,
  /** 国家有关部委、省直有关部门组织地方申报的项目 (heze 第十二条). */
  superiorDeclared: flag,
  /** 跨部门、跨地域、跨层级共建共享的项目 (heze 第九条、第十七条). */
  coConstruction: flag,
});

/** 政务信息系统基础目录清单 entry for the system the project produced (xichuan 第二十八条). */
export const inventoryEntrySchema = z.object({
  systemName: z.string().trim().optional(),
  systemType: z.string().trim().optional(),
  basis: z.string().trim().optional(),
  approvalDepartment: z.string().trim().optional(),
  approvalDocumentNo: z.string().trim().optional(),
  investmentFen: fenAmount('投资额度').optional(),
  omCostFen: fenAmount('运维费用').optional(),
  fundingChannel: z.string().trim().optional(),
  resourceCatalogue: z.string().trim().optional(),
  sharingStatus: z.string().trim().optional(),
  protectionStatus: z.string().trim().optional(),
  performanceIndicators: z.string().trim().optional(),
});
export type InventoryEntry = z.output<typeof inventoryEntrySchema>;
export type InventoryField = keyof InventoryEntry;

/** 采购的第三方云: the contract's term and its renewals. */
export const thirdPartyCloudSchema = z.object({
  /** 合同起始日. */
  contractStartsOn: daySchema.optional(),
  /** 合同到期日 (the original term). */
  contractEndsOn: daySchema,
  /** 已续签 (older entries without the renewals' dates). */
  renewed: flag,
  /** 每次续签: the day it was signed and the day the renewed term ends. */
  renewals: z.array(z.object({ signedOn: daySchema, endsOn: daySchema.optional() })).default([]),
});

/** The representatives an acceptance record lists (laohekou 第二十二条: 建设单位、监理单位、承建单位、使用单位). */
export const ACCEPTANCE_REPRESENTATIVES = ['owner', 'supervisor', 'contractor', 'user'] as const;
export type AcceptanceRepresentative = (typeof ACCEPTANCE_REPRESENTATIVES)[number];
export const ACCEPTANCE_REPRESENTATIVE_LABELS: Record<AcceptanceRepresentative, string> = {
  owner: '建设单位',
  supervisor: '监理单位',
  contractor: '承建单位',
  user: '使用单位',
};

/** The facts the compliance checks need beyond the register fields. */
export const complianceFactsSchema = z.object({
  infrastructure: z
    .object({
      /** 新建机房. */
      newServerRoom: flag,
      /** 单独新建网络、存储资源、计算资源等基础设施. */
      newStandaloneInfrastructure: flag,
      /** 采购的第三方云: the contract's term and every renewal (xichuan 第二十五条 “合同到期后不再续签”). */
      thirdPartyCloud: thirdPartyCloudSchema.optional(),
    })
    .prefault({}),
  /** 关键产品（安全设备、核心网络设备、基础软件等）是否自主可靠. */
  keyProductsDomestic: z.enum(['all', 'partial', 'none']).optional(),
  service: z
    .object({
      /** 政府购买服务承接主体将服务项目转包. */
      subcontracted: flag,
    })
    .prefault({}),
  operation: z
    .object({
      mode: z.enum(['self', 'centralised', 'outsourced']).optional(),
      /** 外包运维是否经政府采购. */
      outsourcedViaProcurement: z.boolean().optional(),
      /** 系统停止运行的日期. */
      stoppedOn: daySchema.optional(),
      /** 系统最近一次被使用的日期. */
      lastUsedOn: daySchema.optional(),
      /** 评估评价不合格且整改不到位. */
      evaluationFailedUnrectified: flag,
    })
    .prefault({}),
  sharing: z
    .object({
      /** 未按要求完成系统对接互通、数据归集. */
      integrationIncomplete: flag,
      /** 存在重复采集数据或重复建设. */
      duplicateCollection: flag,
      /** 将应当普遍共享的数据仅向特定企业、社会组织开放. */
      exclusiveOpening: flag,
    })
    .prefault({}),
  inventoryEntry: inventoryEntrySchema.optional(),
  network: z
    .object({
      /** 自行开通（租用）线路组建部门网络 (xunyang 第十二条). */
      ownLines: flag,
      /** 部门之间另行租用光纤 (xunyang 第十三条). */
      leasedFibre: flag,
    })
    .prefault({}),
  /** 合同义务履行完毕（不含售后服务部分） (laohekou 第二十三条(四)); absent = not recorded. */
  contractObligationsFulfilled: z.boolean().optional(),
  /** 监理单位 (chenzhou 第十三条 “具有信息系统工程相应监理资质”); absent = not recorded. */
  supervisor: z
    .object({
      /** 具有信息系统工程相应监理资质. */
      qualified: z.boolean().optional(),
      /** 资质证书编号, for tracing. */
      certificateNo: z.string().trim().max(100).optional(),
    })
    .prefault({}),
  /** 网络安全与保密 (xichuan 第三十条, heze 第三十一条); each absent = not recorded. */
  security: z
    .object({
      /** 建立网络安全管理制度. */
      managementRules: z.boolean().optional(),
      /** 采取网络安全技术措施. */
      technicalMeasures: z.boolean().optional(),
      /** 涉密信息系统落实分级保护要求 (heze 第三十一条). */
      classifiedProtection: z.boolean().optional(),
    })
    .prefault({}),
  /** 验收记录: who was represented at the acceptance (laohekou 第二十二条); absent = not recorded. */
  acceptanceRecord: z.object({ representatives: z.array(z.enum(ACCEPTANCE_REPRESENTATIVES)) }).optional(),
});

export const projectFactsSchema = z.object({
  project: projectSchema,
  events: z.array(lifecycleEventSchema).default([]),
  materials: z.array(materialSchema).default([]),
  attributes: projectAttributesSchema.prefault({}),
  compliance: complianceFactsSchema.prefault({}),
});

/** What rules read (defaults applied). */
export type ProjectFacts = z.output<typeof projectFactsSchema>;
/** What the CLI and importers accept (defaults optional). */
export type ProjectFactsInput = z.input<typeof projectFactsSchema>;
export type ProjectAttributes = z.output<typeof projectAttributesSchema>;
export type ComplianceFacts = z.output<typeof complianceFactsSchema>;
export type Material = z.output<typeof materialSchema>;

/** The boolean attributes an `Applicability` may test. */
export type AttributeFlag = {
  [K in keyof ProjectAttributes]-?: ProjectAttributes[K] extends boolean ? K : never;
}[keyof ProjectAttributes];
