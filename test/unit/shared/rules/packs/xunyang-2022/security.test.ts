import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import type { Project } from '../../../../../../shared/domain/project';
import { facts } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const ASOF = '2026-06-01';
const at = (project: Partial<Project>, events: LifecycleEventInput[] = []) => facts({ project, events });
const QUOTE = '所有参与项目的单位应严格执行政府信息系统的信息安全政策规定和技术标准';

// 第二十三条 区信息办和网络运营商以及所有参与项目的单位应严格执行政府信息系统的信息安全政策规定和技术标准。
describeRule('xunyang-2022/art23-mlps-graded', 23, QUOTE, {
  holds: [
    { name: '建设实施时已定级', facts: at({ stage: 'construction', mlpsLevel: 3 }), asOf: ASOF },
    { name: '招标采购时尚未要求', facts: at({ stage: 'procurement' }), asOf: ASOF },
    { name: '单纯设备采购不涉及系统定级', facts: facts({ project: { stage: 'construction' }, attributes: { procurementOnly: true } }), asOf: ASOF },
  ],
  fires: [
    { name: '部署在政务云也须定级（责任不随云服务转移）', facts: at({ stage: 'construction', cloudDeployment: 'govCloud' }), asOf: ASOF, severity: 'warning', says: '第二十一条' },
  ],
});

describeRule('xunyang-2022/art23-mlps-assessed', 23, QUOTE, {
  holds: [
    { name: '第二级系统已通过测评', facts: at({ stage: 'operation', mlpsLevel: 2 }, [{ kind: 'mlpsAssessed', date: '2026-03-01', passed: true }]), asOf: ASOF },
    { name: '第一级系统不要求测评', facts: at({ stage: 'operation', mlpsLevel: 1 }), asOf: ASOF },
  ],
  fires: [
    { name: '第二级系统运行中未测评', facts: at({ stage: 'operation', mlpsLevel: 2 }), asOf: ASOF, severity: 'warning', says: '第二级' },
    { name: '未通过的测评不算', facts: at({ stage: 'operation', mlpsLevel: 3 }, [{ kind: 'mlpsAssessed', date: '2026-03-01', passed: false }]), asOf: ASOF, severity: 'warning' },
  ],
});
