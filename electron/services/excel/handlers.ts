import type { Handlers } from '../../../shared/contract';
import type { excelMethods } from '../../../shared/contract/excel';
import type { FeatureDeps } from '../feature-deps';
import { createExcelExports } from './exports';
import { createLedgerImport } from './ledger-import';

type ExcelMethod = keyof typeof excelMethods;

/** The contract's excel.* methods. */
export function excelHandlers(deps: FeatureDeps): Pick<Handlers, ExcelMethod> {
  const ledgers = createLedgerImport(deps);
  const exports = createExcelExports(deps);
  const started = ({ jobId }: { jobId: string }) => ({ jobId });
  return {
    'excel.previewLedger': (input) => started(ledgers.preview({ fileName: input.fileName, bytes: Buffer.from(input.bytesBase64, 'base64') })),
    'excel.ledgerSheet': (input) => ledgers.sheet(input),
    'excel.validateLedger': (input) => started(ledgers.validate(input)),
    'excel.importLedger': (input) => started(ledgers.import(input)),
    'excel.discardLedger': (input) => (ledgers.discard(input.ledgerId), {}),
    'excel.export': (input) => started(exports.start(input)),
  };
}
