/**
 * Facts issue 12 made recordable: registration in the 项目管理平台 (第十四条), 分级保护
 * and the network-security duties (第三十一条), and the office's 限期整改 (第三十五条).
 */
import { networkSecurityRule } from '../../framework/common/network-security';
import { rectificationDeadline } from '../../framework/common/rectification';
import type { Rule } from '../../framework/rule';
import { art, ruleId } from './meta';
import type { HezeParameter } from './parameters';

// 第十四条 各部门所有政务信息化项目，均应当在菏泽市市级政务信息系统项目综合管理系统（以下简称项目管理平台）报批或者备案。
// 报批 goes with the 立项 application, so a project declared with no registration recorded is reported.
export const platformRegistration: Rule<HezeParameter> = {
  id: ruleId('art14-platform-registration'),
  title: '在项目管理平台报批或者备案',
  citation: art(14),
  quote: '均应当在菏泽市市级政务信息系统项目综合管理系统（以下简称项目管理平台）报批或者备案',
  check(view, _ctx, report) {
    if (!view.atOrAfter('declared') || view.first('platformRegistered')) return;
    report({
      severity: 'warning',
      message: '项目已申报，尚无在项目管理平台报批或者备案的记录；依第十四条，各部门所有政务信息化项目“均应当在……项目管理平台报批或者备案”。',
      action: '请在菏泽市市级政务信息系统项目综合管理系统中报批或备案，并登记日期。',
    });
  },
};

// 第三十一条 ……严格落实等级保护和分级保护要求，切实保障政务信息系统安全稳定运行。
// 分级保护 concerns 涉密信息系统 only; judged once construction began.
export const classifiedProtection: Rule<HezeParameter> = {
  id: ruleId('art31-classified-protection'),
  title: '涉密系统落实分级保护要求',
  citation: art(31),
  quote: '严格落实等级保护和分级保护要求',
  check(view, _ctx, report) {
    if (!view.attributes.classified || !view.atOrAfter('construction')) return;
    const done = view.compliance.security.classifiedProtection;
    if (done === true) return;
    report(
      done === false
        ? {
            severity: 'warning',
            message: '项目涉及国家秘密，登记为未落实分级保护要求；依第三十一条，应“严格落实等级保护和分级保护要求”。',
            action: '请按涉密信息系统分级保护的规定落实保护措施并通过测评，登记落实情况。',
          }
        : {
            severity: 'info',
            message: '项目涉及国家秘密，尚未登记分级保护要求的落实情况；依第三十一条，应“严格落实等级保护和分级保护要求”。',
            action: '请登记涉密信息系统分级保护的落实情况。',
          },
    );
  },
};

// 第三十一条 项目建设单位应当按照《中华人民共和国网络安全法》等法律法规……建立网络安全管理制度，采取技术措施
export const networkSecurity = networkSecurityRule<HezeParameter>({
  id: ruleId('art31-network-security'),
  title: '建立网络安全管理制度，采取技术措施',
  citation: art(31),
  quote: '建立网络安全管理制度，采取技术措施',
});

// 第三十五条 ……监督检查中发现违反国家、省及市有关规定的，应当责令项目建设单位限期整改或依照有关规定进行处理。
// 对拒不整改或整改后仍不符合要求的，可对其进行通报批评、暂缓拨付建设资金、暂停项目建设，直至终止项目。
export const rectificationWithinLimit = rectificationDeadline<HezeParameter>({
  id: ruleId('art35-rectify-within-limit'),
  title: '限期整改',
  citation: art(35),
  quote: '应当责令项目建设单位限期整改',
  office: '市大数据局',
  consequence: '“对拒不整改或整改后仍不符合要求的，可对其进行通报批评、暂缓拨付建设资金、暂停项目建设，直至终止项目”。',
});

export const oversightRules = [platformRegistration, classifiedProtection, networkSecurity];
