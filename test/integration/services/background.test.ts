import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services';
import { startBackgroundWork } from '../../../electron/services/background';
import { openServices, sampleProject, tempDataDir, testOffice } from '../../support/services';

let data: ReturnType<typeof tempDataDir>;
let services: Services;
let now = Date.parse('2026-11-24T02:00:00Z');

beforeEach(async () => {
  data = tempDataDir();
  services = await openServices(data.dir, { now: () => new Date(now) });
  services.office.completeSetup(testOffice);
});
afterEach(() => {
  services.close();
  data.cleanup();
});

describe('background work', () => {
  it('takes the daily backup and rechecks the office once per day', async () => {
    services.projects.importMany([sampleProject({ stage: 'construction' })]);
    const messages: string[] = [];
    const background = startBackgroundWork(services, (message) => messages.push(message));
    await background.ready;
    expect(services.maintenance.listBackups().map((backup) => backup.reason)).toContain('daily');
    expect(messages.filter((message) => message.startsWith('已重新检查 1 个项目'))).toHaveLength(1);

    await background.tick(); // same day: nothing to do
    expect(messages.filter((message) => message.startsWith('已重新检查'))).toHaveLength(1);

    now += 24 * 60 * 60 * 1000; // the next day: deadlines have moved
    await background.tick();
    expect(messages.filter((message) => message.startsWith('已重新检查'))).toHaveLength(2);
    background.stop();
  });
});
