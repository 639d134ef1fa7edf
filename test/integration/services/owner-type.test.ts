/** Issue 12: the owner's type (建设单位性质) is kept in the register and decides a pack's scope. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '../../../electron/rpc/dispatch';
import type { Services } from '../../../electron/services';
import { openServices, sampleProject, tempDataDir, testOffice } from '../../support/services';
import { envelopeValue as value } from '../../support/envelope';

let data: ReturnType<typeof tempDataDir>;
let services: Services;
let call: Dispatch;

beforeEach(async () => {
  data = tempDataDir();
  services = await openServices(data.dir);
  call = createDispatcher(services.handlers, () => {});
  value(await call('setup.complete', testOffice));
});

afterEach(() => {
  services.close();
  data.cleanup();
});

describe('owner type in the register', () => {
  it('is stored, read back and changed; absent stays absent', async () => {
    const created = value<{ id: string; version: number; ownerType?: string }>(await call('project.create', { ...sampleProject(), ownerType: 'publicHospital' }));
    expect(created.ownerType).toBe('publicHospital');
    const plain = value<{ ownerType?: string }>(await call('project.create', sampleProject({ name: '淅川县医保信息平台' })));
    expect(plain.ownerType).toBeUndefined();
    const edited = value<{ ownerType?: string }>(
      await call('project.update', { id: created.id, expectedVersion: created.version, fields: { ...sampleProject(), ownerType: 'organ' } }),
    );
    expect(edited.ownerType).toBe('organ');
  });
  it('refuses an unknown owner type in Chinese and changes nothing', async () => {
    const refused = await call('project.create', { ...sampleProject(), ownerType: 'church' });
    expect(JSON.stringify(refused)).toContain('请选择建设单位性质');
  });
});
