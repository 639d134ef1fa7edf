/**
 * 第十五条 contracts: the clauses a construction contract must contain, and the
 * rule for purchased services (an exception: their contracts follow other rules).
 */
import { CONTRACT_CLAUSE_LABELS, type ContractClause } from '../../../domain/lifecycle-events';
import type { Rule } from '../../framework/rule';
import { art, ruleId } from './meta';
import type { XichuanParameter } from './parameters';

// 第十五条 建设合同应包含以下内容:工程建设内容、工程建设标准、技术规范和合同、项目、工程周期设备的型号数量配置和价格;
// 项目的验收要求、操作人员培训、付款方式、技术文档要求、保修期限、知识产权、保密条款、售后服务和违约责任等内容。
// (The scraped “技术规范和合同、项目、工程周期设备” is read as 技术规范, 工程周期, 设备的型号数量配置和价格.)
export const REQUIRED_CONTRACT_CLAUSES: readonly ContractClause[] = [
  'constructionContent',
  'constructionStandards',
  'technicalSpecifications',
  'schedule',
  'equipmentModelsQuantitiesPrices',
  'acceptanceRequirements',
  'operatorTraining',
  'paymentTerms',
  'technicalDocumentation',
  'warrantyPeriod',
  'intellectualProperty',
  'confidentiality',
  'afterSalesService',
  'liabilityForBreach',
];

export const contractClauses: Rule<XichuanParameter> = {
  id: ruleId('art15-contract-clauses'),
  title: '建设合同条款',
  citation: art(15),
  quote: '建设合同应包含以下内容',
  check(view, _ctx, report) {
    // Exception, same article: 政府购买服务类项目合同按照相关规定执行。
    if (view.project.projectClass === 'service') return;
    for (const contract of view.all('contractSigned')) {
      const missing = REQUIRED_CONTRACT_CLAUSES.filter((clause) => !contract.clauses.includes(clause));
      if (missing.length === 0) continue;
      report({
        severity: 'warning',
        message: `${contract.date} 签订的建设合同缺少第十五条要求的内容：${missing.map((c) => CONTRACT_CLAUSE_LABELS[c]).join('、')}。`,
        action: '请与承建单位以补充协议补齐上述条款，上传补充协议并更新合同条款登记。',
      });
    }
  },
};

// 第十五条 政府购买服务承接主体应当按照合同约定提供服务,不得将服务项目转包给其他主体
export const serviceNotSubcontracted: Rule<XichuanParameter> = {
  id: ruleId('art15-service-no-subcontracting'),
  title: '购买服务不得转包',
  citation: art(15),
  quote: '不得将服务项目转包给其他主体',
  check(view, _ctx, report) {
    if (view.project.projectClass !== 'service' || !view.compliance.service.subcontracted) return;
    report({
      severity: 'blocking',
      message: '政府购买服务承接主体已将服务项目转包给其他主体；依第十五条，承接主体“不得将服务项目转包给其他主体”。',
      action: '请责令承接主体按合同约定自行提供服务，并依合同追究违约责任。',
    });
  },
};
