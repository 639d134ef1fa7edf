import { onMounted, reactive, ref } from 'vue';
import { useRoute } from 'vue-router';
import type { MethodOutput } from '../../../../shared/contract';
import { SEVERITIES, type Severity } from '../../../../shared/rules/framework/finding';
import { api } from '../../api/client';
import { useRulesStore } from '../../stores/rules';
import { showError } from '../../utils/errors';

export type OfficeFinding = MethodOutput<'rules.officeFindings'>['rows'][number];
export type OfficeDeadlines = MethodOutput<'rules.officeDeadlines'>;

/** How far ahead the overview looks for deadlines. */
export const UPCOMING_DAYS = 30;

/**
 * The office's compliance overview: counts by severity (a filter), the
 * findings page by page from the server, the deadlines overdue and coming,
 * and the recheck of every project.
 */
export function useComplianceOverview() {
  const rules = useRulesStore();

  // A severity handed over in the address (a dashboard bar clicked) starts the list filtered.
  const asked = useRoute().query.severity;
  const severity = ref<Severity | null>(SEVERITIES.find((level) => level === asked) ?? null);
  const rows = ref<OfficeFinding[]>([]);
  const total = ref(0);
  const bySeverity = ref<Record<Severity, number>>({ blocking: 0, warning: 0, info: 0 });
  const pagination = reactive({ page: 1, pageSize: 20 });
  const loading = ref(false);
  const deadlines = ref<OfficeDeadlines | null>(null);
  const rechecking = ref(false);
  const lastRecheck = ref<MethodOutput<'rules.recheckAll'> | null>(null);

  async function loadFindings(): Promise<void> {
    loading.value = true;
    try {
      const result = await api['rules.officeFindings']({ severity: severity.value, page: pagination.page, pageSize: pagination.pageSize });
      rows.value = result.rows;
      total.value = result.total;
      bySeverity.value = result.bySeverity;
      // Fewer findings than before (a recheck): back to the last page that has rows.
      if (result.rows.length === 0 && result.total > 0 && pagination.page > 1) {
        pagination.page = Math.max(1, Math.ceil(result.total / pagination.pageSize));
        await loadFindings();
      }
    } catch (error) {
      showError(error);
    } finally {
      loading.value = false;
    }
  }

  async function loadDeadlines(): Promise<void> {
    try {
      deadlines.value = await api['rules.officeDeadlines']({ withinDays: UPCOMING_DAYS, limit: 100 });
    } catch (error) {
      showError(error);
    }
  }

  async function loadAll(): Promise<void> {
    await Promise.all([loadFindings(), loadDeadlines(), rules.loadStatus()]);
  }

  /** A severity count clicked: that severity only; clicked again (or 全部): all. */
  function filterBy(next: Severity | null): void {
    severity.value = severity.value === next ? null : next;
    pagination.page = 1;
    void loadFindings();
  }

  function onPageChange(page: number): void {
    pagination.page = page;
    void loadFindings();
  }

  function onPageSizeChange(size: number): void {
    pagination.pageSize = size;
    pagination.page = 1;
    void loadFindings();
  }

  async function recheckAll(): Promise<void> {
    rechecking.value = true;
    try {
      const result = await api['rules.recheckAll']({});
      // The page says how it went (an alert under the title), and shows the new counts.
      lastRecheck.value = result;
      await loadAll();
    } catch (error) {
      showError(error);
    } finally {
      rechecking.value = false;
    }
  }

  onMounted(loadAll);

  return {
    severity,
    rows,
    total,
    bySeverity,
    pagination,
    loading,
    deadlines,
    rechecking,
    lastRecheck,
    filterBy,
    onPageChange,
    onPageSizeChange,
    recheckAll,
  };
}
