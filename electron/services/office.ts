import { AppError } from '../../shared/contract/errors';
import { officeSchema, type Office } from '../../shared/domain/office';
import { toBeijingIso } from '../../shared/domain/time';
import type { ServiceContext } from './context';
import { createHistoryWriter } from './history-chain';
import { readSetting, writeSetting } from './settings';

const OFFICE_KEY = 'office';

export function createOfficeService(ctx: ServiceContext) {
  const { sqlite } = ctx.handle;
  const history = createHistoryWriter(sqlite);

  function getOffice(): Office | null {
    return readSetting(sqlite, OFFICE_KEY, officeSchema);
  }

  return {
    getOffice,

    /** The office, or a clear refusal when first-run setup has not been done. */
    requireOffice(): Office {
      const office = getOffice();
      if (!office) throw new AppError('setupRequired', '尚未完成初始设置：请先填写本单位名称、代码、角色和适用的管理办法。');
      return office;
    },

    /** First-run setup: once only, recorded in the history. */
    completeSetup(office: Office): Office {
      return sqlite.transaction(() => {
        if (getOffice()) throw new AppError('alreadySetUp', '本机已完成初始设置，不能重复设置。');
        const at = toBeijingIso(ctx.clock.now());
        writeSetting(sqlite, OFFICE_KEY, office, at);
        history.append([
          {
            at,
            actor: office.operator,
            entityType: 'office',
            entityId: office.code,
            action: 'setup',
            changes: Object.entries(office).map(([field, after]) => ({ field, before: null, after })),
          },
        ]);
        return office;
      })();
    },
  };
}

export type OfficeService = ReturnType<typeof createOfficeService>;
