/**
 * The import's three steps as jobs: read the workbook (preview), check every
 * row (report), and register them all in one transaction — or none, naming
 * the bad rows. Reading and checking write nothing and may be cancelled; the
 * import may not, once it starts (it is one transaction, then the recheck).
 */
import { AppError } from '../../../shared/contract/errors';
import type { LedgerImportResult, LedgerMappingInput, LedgerPreview, LedgerReport } from '../../../shared/contract/excel';
import { ledgerDefaults } from '../../../shared/domain/ledger';
import type { FeatureDeps } from '../feature-deps';
import type { JobControl } from '../jobs';
import { createLedgerCheck, refusalOf, type LedgerCheck } from './ledger-check';
import { previewLedger } from './ledger-preview';
import { createLedgerStore } from './ledger-store';
import { registeredKeys } from './register-reads';
import { readLedgerFile, readLedgerWorkbook } from './workbook-reader';

const ROWS_PER_TURN = 500;
const WRITE_NOTICE_MS = 250;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export type LedgerSource = { fileName: string; bytes: Buffer } | { path: string };

export function createLedgerImport(deps: FeatureDeps) {
  const store = createLedgerStore(deps.context.clock);
  const defaults = () => ledgerDefaults(deps.office.getOffice());

  function checkFor(input: LedgerMappingInput) {
    const sheet = store.sheet(input.ledgerId, input.sheet);
    return createLedgerCheck(sheet, input.headerRow, input.mapping, { defaults: defaults(), registered: registeredKeys(deps.context.handle.sqlite) });
  }

  /** Checks every row, yielding every few hundred rows (progress, cancel). */
  async function checkAll(check: LedgerCheck, control: JobControl): Promise<void> {
    const { rows } = check;
    for (let index = 0; index < rows.length; index += 1) {
      check.check(rows[index]!);
      if ((index + 1) % ROWS_PER_TURN === 0) {
        control.throwIfCancelled();
        control.progress(index + 1, rows.length, `正在校验第 ${rows[index]!.number} 行`);
        await nextTurn();
      }
    }
    control.progress(rows.length, rows.length, `已校验 ${rows.length} 行`);
  }

  return {
    /** Reads the workbook; the job's result is a `LedgerPreview`. */
    preview(source: LedgerSource) {
      return deps.jobs.start<LedgerPreview>({
        kind: 'excel.previewLedger',
        label: '读取台账文件',
        cancellable: true,
        async run(control) {
          const workbook = 'path' in source ? await readLedgerFile(source.path, control) : await readLedgerWorkbook(source.bytes, source.fileName, control);
          return previewLedger(store.keep(workbook), workbook, defaults());
        },
      });
    },

    sheet(input: { ledgerId: string; sheet: string; headerRow?: number }): LedgerPreview {
      return previewLedger(input.ledgerId, store.workbook(input.ledgerId), defaults(), input);
    },

    /** Checks every row; the job's result is a `LedgerReport`. */
    validate(input: LedgerMappingInput) {
      const check = checkFor(input);
      return deps.jobs.start<LedgerReport>({
        kind: 'excel.validateLedger',
        label: '校验台账',
        cancellable: true,
        async run(control) {
          await checkAll(check, control);
          return check.report(input.ledgerId);
        },
      });
    },

    /**
     * Checks again (the mapping comes with the call) and, only when nothing is
     * wrong, registers every row in one transaction; then rechecks compliance.
     * The check yields as it goes; what others may have changed meanwhile (the
     * register's projects) is looked at again right before the write, with no
     * pause in between.
     */
    import(input: LedgerMappingInput) {
      store.claim(input.ledgerId);
      return deps.jobs.start<LedgerImportResult>({
        kind: 'excel.importLedger',
        label: '导入台账',
        cancellable: false,
        async run(control) {
          try {
            const check = checkFor(input);
            await checkAll(check, control);
            const refusal = refusalOf(check.report(input.ledgerId));
            if (refusal) throw new AppError('validation', refusal);
            const valid = check.valid();
            control.progress(0, valid.length, `正在写入 ${valid.length} 个项目（一次写入，不可中途停止）…`);
            // Long enough for the progress bar's next poll to show it: the write holds the process until done.
            await new Promise((resolve) => setTimeout(resolve, WRITE_NOTICE_MS));
            const clashes = check.registeredSince(registeredKeys(deps.context.handle.sqlite));
            if (clashes.length > 0) {
              throw new AppError('conflict', `第 ${clashes.slice(0, 20).join('、')}${clashes.length > 20 ? ' 等' : ''} 行的项目刚刚已在登记簿中登记，未导入任何项目。请重新校验。`);
            }
            const imported = deps.projects.importMany(valid.map((entry) => entry.fields));
            store.forget(input.ledgerId);
            control.progress(imported, imported, `已导入 ${imported} 个项目，正在进行合规检查…`);
            try {
              const { checked, findings } = await deps.compliance.recheckAll();
              return { imported, recheck: { checked, findings }, message: `已导入 ${imported} 个项目，并完成合规检查（${findings} 条检查结果）。` };
            } catch (error) {
              const reason = error instanceof Error ? error.message : String(error);
              return { imported, recheck: null, message: `已导入 ${imported} 个项目；合规检查未能运行：${reason}` };
            }
          } finally {
            store.release(input.ledgerId);
          }
        },
      });
    },

    discard(ledgerId: string): void {
      store.forget(ledgerId);
    },
  };
}

export type LedgerImport = ReturnType<typeof createLedgerImport>;
