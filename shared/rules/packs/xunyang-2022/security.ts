/**
 * 第五章 安全职责: 第二十三条 “严格执行政府信息系统的信息安全政策规定和技术标准”, read as the
 * national 网络安全等级保护 rules (grading, and testing from 第二级 up). 第二十一条 keeps the
 * responsibility with the unit when it uses the cloud, so cloud systems are checked the same way.
 * The 办法 does not name cryptography: no crypto rule is encoded for it.
 */
import { MLPS_LEVEL_LABELS, type MlpsLevel } from '../../../domain/enums';
import type { Rule } from '../../framework/rule';
import type { FactsView } from '../../framework/view';
import { art, ruleId } from './meta';
import type { XunyangParameter } from './parameters';

const hasSystem = (view: FactsView): boolean => !view.attributes.procurementOnly;
const quote = '所有参与项目的单位应严格执行政府信息系统的信息安全政策规定和技术标准';

// 第二十三条 区信息办和网络运营商以及所有参与项目的单位应严格执行政府信息系统的信息安全政策规定和技术标准。
export const mlpsGraded: Rule<XunyangParameter> = {
  id: ruleId('art23-mlps-graded'),
  title: '等级保护定级',
  citation: art(23),
  quote,
  check(view, _ctx, report) {
    if (!hasSystem(view) || !view.atOrAfter('construction') || view.project.mlpsLevel !== 0) return;
    report({
      severity: 'warning',
      message: '项目已进入建设实施及以后阶段，系统尚未确定等级保护级别；依第二十三条，“所有参与项目的单位应严格执行政府信息系统的信息安全政策规定和技术标准”（含网络安全等级保护制度）。部署于政务云的系统，信息安全管理责任也不随使用云服务而转移（第二十一条）。',
      action: '请开展等级保护定级、报公安机关备案，上传备案证明并登记级别。',
    });
  },
};

// Under the national MLPS rules, systems of 第二级 and above are tested (测评).
export const mlpsAssessed: Rule<XunyangParameter> = {
  id: ruleId('art23-mlps-assessed'),
  title: '等级保护测评',
  citation: art(23),
  quote,
  check(view, _ctx, report) {
    const level = view.project.mlpsLevel as MlpsLevel;
    if (!hasSystem(view) || view.stage !== 'operation' || level < 2) return;
    if (view.all('mlpsAssessed').some((event) => event.passed)) return;
    report({
      severity: 'warning',
      message: `系统等级保护级别为${MLPS_LEVEL_LABELS[level]}，已投入运行，尚无通过等级保护测评的记录；依第二十三条，应“严格执行政府信息系统的信息安全政策规定和技术标准”。`,
      action: '请委托测评机构开展等级保护测评，上传测评报告并登记结论。',
    });
  },
};

export const securityRules = [mlpsGraded, mlpsAssessed];
