import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services';
import { historyText } from '../../../shared/domain/history-text';
import { databaseDigest, openServices, sampleProject, tempDataDir, testOffice } from '../../support/services';

let data: ReturnType<typeof tempDataDir>;
let services: Services;
beforeEach(async () => {
  data = tempDataDir();
  services = await openServices(data.dir); // today: 2026-11-24 (Beijing)
  services.office.completeSetup(testOffice);
});
afterEach(() => {
  services.close();
  data.cleanup();
});

describe('stage and events agree', () => {
  it('says where the events are ahead of the register’s stage', () => {
    const project = services.projects.create(sampleProject());
    services.facts.recordEvent(project.id, { kind: 'declarationSubmitted', date: '2026-06-20' });
    services.facts.recordEvent(project.id, { kind: 'trialRunStarted', date: '2026-10-08' });
    const report = services.compliance.projectReport(project.id);
    expect(report.stageEvidence).toEqual({ stage: 'trialRun', event: 'trialRunStarted', date: '2026-10-08' });
    expect(report.stageDisagreement).toBe('事件表明项目已到“试运行”阶段（2026-10-08“开始试运行”），登记的阶段仍为“编制中”。');
    // An event dated after today proves nothing yet.
    const other = services.projects.create(sampleProject({ name: '淅川县电子政务外网升级项目' }));
    services.facts.recordEvent(other.id, { kind: 'constructionStarted', date: '2026-12-01' });
    expect(services.compliance.projectReport(other.id).stageDisagreement).toBeNull();
  });

  it('moves over a stage the events prove, dated by the clerk, each hop checked; the history keeps the date', () => {
    const project = services.projects.create(sampleProject());
    services.facts.recordEvent(project.id, { kind: 'declarationSubmitted', date: '2026-06-20' });
    services.facts.recordEvent(project.id, { kind: 'reviewRequested', date: '2026-07-01', review: 'technical' });
    // Not before the declaration materials are there: the hop through 已申报 says so.
    expect(() => services.projects.transition(project.id, 1, 'underReview', '2026-07-01')).toThrow(/经过“已申报”时：缺少项目申报材料/);
    services.facts.addMaterial(project.id, { code: 'declarationForm', date: '2026-06-20' });
    services.facts.addMaterial(project.id, { code: 'aiApplicationAnalysis', date: '2026-06-20' });
    const jump = services.compliance.projectReport(project.id).transitions.find((move) => move.to === 'underReview');
    expect(jump).toMatchObject({ allowed: true, via: ['declared'] });

    const before = databaseDigest(services);
    expect(() => services.projects.transition(project.id, 1, 'underReview', '2026-11-25')).toThrow('阶段变更日期 2026-11-25 晚于今天（2026-11-24）');
    expect(databaseDigest(services)).toBe(before);

    const moved = services.projects.transition(project.id, 1, 'underReview', '2026-07-01');
    expect(moved.stage).toBe('underReview');
    const latest = services.projects.readableHistory(project.id).at(-1)!;
    expect(historyText(latest.text)).toBe('2026-11-24 09:30 张敏 变更项目阶段\n项目阶段：编制中 → 审查中\n阶段变更日期：2026-07-01');
    expect(services.compliance.projectReport(project.id).stageDisagreement).toBeNull();
  });

  it('does not jump over a stage no event proves', () => {
    const project = services.projects.create(sampleProject());
    expect(services.compliance.projectReport(project.id).transitions.map((move) => move.to)).toEqual(['declared']);
    expect(() => services.projects.transition(project.id, 1, 'underReview')).toThrow(/不能进入该阶段：本办法未规定由“编制中”直接进入“审查中”/);
  });
});
