import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../../../shared/domain/names';
import { projectInputSchema, blankProject } from '../../../../shared/domain/project';
import { projectListQuerySchema } from '../../../../shared/contract/project';

describe('project names', () => {
  it.each([
    ['  淅川县智慧教育云平台  ', '淅川县智慧教育云平台'],
    ['淅川县 智慧教育\u3000云平台', '淅川县智慧教育云平台'],
    ['淅川县ＯＡ系统２０２６年升级', '淅川县OA系统2026年升级'],
    ['淅川县数据共享平台(二期)', '淅川县数据共享平台（二期）'],
    ['淅川县数据共享平台（二期）', '淅川县数据共享平台（二期）'],
  ])('normalises %j to %j', (text, expected) => {
    expect(normaliseName(text)).toBe(expected);
  });

  it('keeps the Chinese punctuation a name holds', () => {
    expect(normaliseName('淅川县“互联网+政务服务”平台，一期：建设')).toBe('淅川县“互联网+政务服务”平台，一期：建设');
  });

  it('is applied when a project is saved and when the register is searched', () => {
    const project = { ...blankProject(2026), name: ' 淅川县ＯＡ 系统(二期) ', unitName: '淅川县教育局', contactPerson: '李强', contactPhone: '0377-69230000' };
    const parsed = projectInputSchema.parse(project);
    expect(parsed.name).toBe('淅川县OA系统（二期）');
    expect(projectListQuerySchema.parse({ search: 'ＯＡ 系统(二期)' }).search).toBe('OA系统（二期）');
  });
});
