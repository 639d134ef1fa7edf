/**
 * 技术设计书 / 建设方案 (编制提纲). laohekou-2024 第十条 prescribes it ("按照
 * 《老河口市信息化项目<技术设计书>编制指南》(见附件1)组织编写"); the 指南 itself is
 * not in our text. The chapters are the usual ones of a 建设方案, each with the
 * points to write and what the register already records; what the office's
 * regulation asks of the design (政务云, 共享, 密码, 绩效目标 …) is the profile's
 * checklist, and the body that reviews it the profile's addressee.
 */
import type { Content } from 'pdfmake/interfaces';
import { CLOUD_DEPLOYMENT_LABELS, CRYPTO_PLAN_LABELS, DATA_SHARING_LABELS, PROJECT_CLASS_LABELS, PROJECT_KIND_LABELS } from '../../../../shared/domain/enums';
import { lastEvent } from '../data';
import { attachmentMark, basisNote, chineseDate, fieldTable, filingLine, heading, line, paragraph, signatureBoxes, SIZE, title, wanYuan } from '../layout';
import { bodyList, checklistCaption, checklistText } from './checks';
import { fundingText, mlpsText } from './common';
import { subjectOf, type FormModule } from './form';

interface Chapter {
  title: string;
  points: string;
  /** What the register already says, or '' to write from scratch. */
  known: string;
}

function chapters(bundle: ReturnType<typeof subjectOf>): Chapter[] {
  const { project, attributes, compliance } = bundle;
  const started = lastEvent(bundle, 'constructionStarted')?.date;
  return [
    {
      title: '一、项目概况',
      points: '项目名称、建设单位、使用单位、建设依据、建设性质、建设周期。',
      known: `${project.name}；${project.unitName}；${PROJECT_CLASS_LABELS[project.projectClass]}，${PROJECT_KIND_LABELS[project.kind]}；计划年度 ${project.plannedYear} 年。`,
    },
    { title: '二、现状与需求分析', points: '业务现状、已建系统及其使用情况、存在问题；业务需求、数据需求、用户规模与性能需求。', known: project.description },
    { title: '三、建设目标与建设内容', points: '总体目标、分项建设内容及规模；与已建系统的关系，避免重复建设。', known: '' },
    {
      title: '四、总体架构与技术方案',
      points: '总体架构、应用架构、数据架构、技术路线；政务云部署方式，所需计算、存储、网络资源清单。',
      known: `部署方式：${CLOUD_DEPLOYMENT_LABELS[project.cloudDeployment]}${attributes.govCloudPlatform ? '（本项目为政务云平台建设或扩容）' : ''}。`,
    },
    {
      title: '五、数据资源与共享',
      points: '信息资源目录、共享交换方式、数据采集与质量要求。',
      known: `${DATA_SHARING_LABELS[project.dataSharing]}${attributes.collectsData ? '；涉及数据采集' : ''}。`,
    },
    {
      title: '六、网络安全、密码应用与信创',
      points: '等级保护定级与测评、商用密码应用方案、关键软硬件产品安全可靠情况（信创）。',
      known: `等级保护${mlpsText(project.mlpsLevel)}；${CRYPTO_PLAN_LABELS[project.cryptoPlan]}；关键产品自主可靠：${{ all: '全部', partial: '部分', none: '否' }[compliance.keyProductsDomestic ?? 'none'] ?? '未登记'}。`,
    },
    { title: '七、运行维护与培训', points: '运维模式、运维经费估算、人员培训计划。', known: '' },
    { title: '八、投资估算', points: '分项投资估算表（万元，保留两位小数）、资金来源。', known: `总投资 ${wanYuan(project.totalInvestmentFen)} 万元；${fundingText(project)}。` },
    {
      title: '九、实施计划',
      points: '招标采购、建设、初验、试运行、竣工验收的时间安排。',
      known: [started ? `开工：${chineseDate(started)}` : '', attributes.plannedCompletionDate ? `计划建成：${chineseDate(attributes.plannedCompletionDate)}` : ''].filter(Boolean).join('；'),
    },
    { title: '十、绩效目标', points: '绩效目标和量化、便于考核的绩效指标。', known: compliance.inventoryEntry?.performanceIndicators ?? '' },
    { title: '十一、风险分析与保障措施', points: '技术、进度、安全和资金风险及应对措施；组织保障。', known: '' },
  ];
}

export const technicalDesignOutline: FormModule = {
  orientation: 'portrait',
  build(data) {
    const { form } = data;
    const bundle = subjectOf(data);
    const { project } = bundle;
    const basis = basisNote(form.basis);
    const requirements: Content[] = form.checklists.flatMap((list) => [heading(`附：${checklistCaption(list)}`), line(checklistText(bundle, list))]);
    const body: Content[] = chapters(bundle).flatMap((chapter) => [
      heading(chapter.title),
      paragraph(`编写要点：${chapter.points}`, SIZE.xiaoSi),
      ...(chapter.known ? [paragraph(`已登记情况：${chapter.known}`, SIZE.xiaoSi)] : []),
    ]);
    return [
      ...(form.attachment !== null ? [attachmentMark(form.attachment)] : []),
      ...title(form.title, project.name),
      filingLine('编制单位', data.header.office.name, data.header.day, '编制日期'),
      fieldTable([
        ['项目名称', project.name],
        ['建设单位', project.unitName, '项目负责人', project.contactPerson],
        ['总投资（万元）', wanYuan(project.totalInvestmentFen), '联系电话', project.contactPhone],
      ]),
      ...body,
      ...requirements,
      ...(form.addressees.length > 0 ? [paragraph(`编制完成后报${bodyList(form.addressees)}开展技术评审。`)] : []),
      ...(basis ? [basis] : []),
      signatureBoxes(data.header.office.name, data.header.day),
    ];
  },
};
