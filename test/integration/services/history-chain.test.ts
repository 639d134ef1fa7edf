import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services';
import { checkHistoryAnchors, GENESIS_HASH, readHistoryHead, verifyHistoryChain } from '../../../electron/services/history-chain';
import { openServices, sampleProject, tempDataDir, testOffice } from '../../support/services';

let data: ReturnType<typeof tempDataDir>;
let services: Services;

beforeEach(async () => {
  data = tempDataDir();
  services = await openServices(data.dir);
  services.office.completeSetup(testOffice);
  const project = services.projects.create(sampleProject());
  services.projects.update(project.id, 1, sampleProject({ description: '补充说明' }));
  services.projects.create(sampleProject({ name: '第二个项目' }));
});

afterEach(() => {
  services.close();
  data.cleanup();
});

/** Simulates someone editing the file behind the app's back: lifts the guard triggers. */
function dropGuards(): void {
  services.context.handle.sqlite.exec('DROP TRIGGER history_no_update; DROP TRIGGER history_no_delete;');
}

describe('the hash-chained history', () => {
  it('holds for an untouched database', () => {
    expect(verifyHistoryChain(services.context.handle.sqlite)).toMatchObject({ ok: true, checked: 4, brokenAt: null });
  });

  it('refuses UPDATE and DELETE at the database level', () => {
    const { sqlite } = services.context.handle;
    expect(() => sqlite.exec("UPDATE history SET actor = '王五' WHERE seq = 2")).toThrow('历史记录只能追加，不能修改');
    expect(() => sqlite.exec('DELETE FROM history WHERE seq = 2')).toThrow('历史记录只能追加，不能删除');
  });

  it('detects an edited row', () => {
    dropGuards();
    services.context.handle.sqlite.exec(`UPDATE history SET changes = replace(changes, '补充说明', '篡改说明') WHERE seq = 3`);
    const report = verifyHistoryChain(services.context.handle.sqlite);
    expect(report).toMatchObject({ ok: false, brokenAt: 3 });
    expect(report.message).toContain('记录被改动');
  });

  it('detects a deleted row in the middle and at the end', () => {
    dropGuards();
    const { sqlite } = services.context.handle;
    sqlite.exec('DELETE FROM history WHERE seq = 4');
    expect(verifyHistoryChain(sqlite)).toMatchObject({ ok: false, brokenAt: 4 });
    sqlite.exec('DELETE FROM history WHERE seq = 2');
    expect(verifyHistoryChain(sqlite)).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('detects a row re-hashed by someone who did not know the later links', () => {
    dropGuards();
    const { sqlite } = services.context.handle;
    sqlite.exec("UPDATE history SET actor = '王五', hash = 'f' || substr(hash, 2) WHERE seq = 2");
    expect(verifyHistoryChain(sqlite).ok).toBe(false);
  });

  it('checks heads another office kept: at their position with the same hash, none beyond the end', () => {
    const { sqlite } = services.context.handle;
    const head = readHistoryHead(sqlite);
    expect(head.seq).toBe(4);
    const second = sqlite.prepare('SELECT hash FROM history WHERE seq = 2').pluck().get() as string;
    expect(checkHistoryAnchors(sqlite, [
      { seq: 0, hash: GENESIS_HASH, source: '甲' },
      { seq: 2, hash: second, source: '乙' },
      { ...head, source: '丙' },
    ])).toMatchObject({ ok: true, checked: 3, mismatches: [] });
    const report = checkHistoryAnchors(sqlite, [{ seq: 2, hash: head.hash, source: '乙' }, { seq: 9, hash: head.hash, source: '丁' }]);
    expect(report).toMatchObject({ ok: false, checked: 2 });
    expect(report.mismatches.map((mismatch) => mismatch.seq)).toEqual([2, 9]);
    expect(report.mismatches[1]!.message).toMatch(/只有 4 条/);
    expect(checkHistoryAnchors(sqlite, [])).toMatchObject({ ok: false, checked: 0 });
  });
});
