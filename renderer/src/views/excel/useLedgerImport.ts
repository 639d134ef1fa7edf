import { ElMessage } from 'element-plus';
import { computed, onBeforeUnmount, reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { MAX_LEDGER_BYTES, type LedgerImportResult, type LedgerPreview, type LedgerReport } from '../../../../shared/contract/excel';
import { LEDGER_FIELD_IDS, type LedgerColumnPick, type LedgerFieldId } from '../../../../shared/domain/ledger';
import { api } from '../../api/client';
import { useJob } from '../../composables/useJob';
import { useProjectsStore } from '../../stores/projects';
import { showError } from '../../utils/errors';
import { fileAsBase64 } from '../../utils/files';

export type ImportStep = 'file' | 'mapping' | 'report' | 'done';
export const IMPORT_STEPS: readonly ImportStep[] = ['file', 'mapping', 'report', 'done'];

/**
 * The ledger import as the clerk walks it: choose a file (read as a job),
 * check the guessed column for each field, see the report by row, confirm.
 * Nothing is written before the confirmation, and nothing if any row is bad.
 */
export function useLedgerImport() {
  const { t } = useI18n();
  const job = useJob();
  const projects = useProjectsStore();
  const step = ref<ImportStep>('file');
  const busy = ref(false);
  const preview = ref<LedgerPreview | null>(null);
  const columns = reactive({} as Record<LedgerFieldId, number | null>);
  const report = ref<LedgerReport | null>(null);
  const result = ref<LedgerImportResult | null>(null);

  function useMapping(picks: readonly LedgerColumnPick[]): void {
    for (const field of LEDGER_FIELD_IDS) columns[field] = picks.find((pick) => pick.field === field)?.column ?? null;
  }

  const mapping = computed<LedgerColumnPick[]>(() =>
    LEDGER_FIELD_IDS.flatMap((field) => (columns[field] === null || columns[field] === undefined ? [] : [{ field, column: columns[field]! }])),
  );

  /** A column goes to one field only: choosing it for another takes it from the first. */
  function choose(field: LedgerFieldId, column: number | null): void {
    if (column !== null) for (const other of LEDGER_FIELD_IDS) if (other !== field && columns[other] === column) columns[other] = null;
    columns[field] = column;
  }

  async function running<T>(work: () => Promise<T>): Promise<T | null> {
    busy.value = true;
    try {
      return await work();
    } catch (error) {
      if (job.isCancelled(error)) ElMessage({ type: 'info', message: t('excel.cancelled') });
      else showError(error);
      return null;
    } finally {
      busy.value = false;
    }
  }

  function forget(): void {
    const ledgerId = preview.value?.ledgerId;
    if (ledgerId && !result.value) void api['excel.discardLedger']({ ledgerId }).catch(() => {});
  }

  async function chooseFile(file: File): Promise<void> {
    if (!/\.xlsx$/i.test(file.name)) return void ElMessage({ type: 'error', message: t('excel.upload.notXlsx'), showClose: true });
    if (file.size > MAX_LEDGER_BYTES) return void ElMessage({ type: 'error', message: t('excel.upload.tooLarge'), showClose: true });
    forget();
    const read = await running(async () => {
      const bytesBase64 = await fileAsBase64(file);
      return job.run<LedgerPreview>(() => api['excel.previewLedger']({ fileName: file.name, bytesBase64 }));
    });
    if (!read) return;
    preview.value = read;
    report.value = null;
    result.value = null;
    useMapping(read.mapping);
    step.value = 'mapping';
  }

  /** Another sheet, or another header row (then the columns are read again and guessed afresh). */
  async function reselect(sheet: string, headerRow?: number): Promise<void> {
    const current = preview.value;
    if (!current) return;
    const next = await running(() => api['excel.ledgerSheet']({ ledgerId: current.ledgerId, sheet, headerRow }));
    if (!next) return;
    preview.value = next;
    useMapping(next.mapping);
  }

  function selection() {
    const current = preview.value!;
    return { ledgerId: current.ledgerId, sheet: current.sheet, headerRow: current.headerRow, mapping: mapping.value };
  }

  async function validate(): Promise<void> {
    const checked = await running(() => job.run<LedgerReport>(() => api['excel.validateLedger'](selection())));
    if (!checked) return;
    report.value = checked;
    step.value = 'report';
  }

  async function confirmImport(): Promise<void> {
    const done = await running(() => job.run<LedgerImportResult>(() => api['excel.importLedger'](selection())));
    if (!done) return;
    result.value = done;
    projects.revision += 1;
    step.value = 'done';
  }

  function restart(): void {
    forget();
    preview.value = null;
    report.value = null;
    result.value = null;
    job.status.value = null;
    step.value = 'file';
  }

  onBeforeUnmount(forget);

  return { step, busy, job, preview, columns, mapping, report, result, choose, chooseFile, reselect, validate, confirmImport, restart, back: (to: ImportStep) => (step.value = to) };
}
