import { ref } from 'vue';
import type { ImportResult } from '../../../../shared/contract/filing';
import { api } from '../../api/client';
import { useJob } from '../../composables/useJob';
import { showError } from '../../utils/errors';

/** Imports one bundle as a job, keeping its progress and the result to show. */
export function useBundleImport(onImported: () => void) {
  const job = useJob();
  const importing = ref<string | null>(null);
  const result = ref<ImportResult | null>(null);

  /** `passphrase` (when filled) unlocks the key an encrypted bundle was encrypted to. */
  async function importFile(file: string, passphrase = ''): Promise<void> {
    importing.value = file;
    try {
      result.value = await job.run<ImportResult>(() => api['bundle.import']({ file, ...(passphrase ? { passphrase } : {}) }));
      onImported();
    } catch (error) {
      showError(error);
      onImported();
    } finally {
      importing.value = null;
    }
  }

  return { job, importing, result, importFile };
}
