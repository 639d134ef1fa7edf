import { ElMessage } from 'element-plus';
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { ExportedFile, ExportTable } from '../../../../shared/contract/excel';
import { api } from '../../api/client';
import { useJob } from '../../composables/useJob';
import { showError } from '../../utils/errors';
import { downloadBase64 } from '../../utils/files';

/**
 * Exports a table as .xlsx (a job with progress and cancel). The file is saved
 * under the data folder's exports/; in a browser, where that folder is out of
 * reach, the bytes come back too and are offered as a download.
 */
export function useExcelExport() {
  const { t } = useI18n();
  const job = useJob();
  const open = ref(false);
  const table = ref<ExportTable>('register');
  const file = ref<ExportedFile | null>(null);
  const running = ref(false);
  const inBrowser = typeof window !== 'undefined' && !window.govit;

  async function start(which: ExportTable): Promise<void> {
    table.value = which;
    file.value = null;
    open.value = true;
    running.value = true;
    try {
      file.value = await job.run<ExportedFile>(() => api['excel.export']({ table: which, includeBytes: inBrowser }));
    } catch (error) {
      if (job.isCancelled(error)) ElMessage({ type: 'info', message: t('excel.export.cancelled') });
      else showError(error);
    } finally {
      running.value = false;
    }
  }

  function download(): void {
    if (file.value?.bytesBase64) downloadBase64(file.value.fileName, file.value.bytesBase64);
  }

  return { job, open, table, file, running, start, download };
}
