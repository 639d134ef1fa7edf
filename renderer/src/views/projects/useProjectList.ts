import { ElMessage } from 'element-plus';
import { computed, onMounted, reactive, ref, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute, useRouter } from 'vue-router';
import type { ProjectListQueryInput, ProjectSortField, RowApproval } from '../../../../shared/contract/project';
import { APPROVAL_STATES, type ApprovalState } from '../../../../shared/domain/approval';
import { LIFECYCLE_STAGES, PROJECT_CLASSES, PROJECT_KINDS, type LifecycleStage, type ProjectClass, type ProjectKind } from '../../../../shared/domain/enums';
import { wanYuanToFen } from '../../../../shared/domain/money';
import type { Project } from '../../../../shared/domain/project';
import { api } from '../../api/client';
import { useProjectsStore } from '../../stores/projects';
import { showError } from '../../utils/errors';
import { beijingDay, wan } from '../../utils/format';
import { enumLabel } from '../../utils/labels';

/** The search form as the clerk fills it; amounts are 万元 texts. */
export interface SearchForm {
  search: string;
  stages: LifecycleStage[];
  plannedYear: number | null;
  unitName: string | null;
  projectClass: ProjectClass | null;
  kind: ProjectKind | null;
  minWan: string;
  maxWan: string;
  approval: ApprovalState | null;
}

function emptySearch(): SearchForm {
  return { search: '', stages: [], plannedYear: null, unitName: null, projectClass: null, kind: null, minWan: '', maxWan: '', approval: null };
}

type Filters = Omit<ProjectListQueryInput, 'sortBy' | 'sortDir' | 'page' | 'pageSize'>;

/**
 * Filters handed over in the address (`?stage=…&unit=…&year=…&projectClass=…&kind=…`,
 * e.g. by a dashboard bar), or null when there are none. Unknown values are ignored.
 */
export function searchFromQuery(query: Record<string, unknown>): SearchForm | null {
  const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
  const within = <T extends string>(values: readonly T[], value: unknown): T | null => ((values as readonly unknown[]).includes(value) ? (value as T) : null);
  const stages = (Array.isArray(query.stage) ? query.stage : [query.stage]).filter((stage): stage is LifecycleStage => within(LIFECYCLE_STAGES, stage) !== null);
  const year = Number(text(query.year));
  const form: SearchForm = {
    ...emptySearch(),
    stages,
    unitName: text(query.unit),
    plannedYear: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null,
    projectClass: within(PROJECT_CLASSES, query.projectClass),
    kind: within(PROJECT_KINDS, query.kind),
    approval: within(APPROVAL_STATES, query.approval),
  };
  return form.stages.length > 0 || form.unitName || form.plannedYear || form.projectClass || form.kind || form.approval ? form : null;
}

export interface Column {
  prop: ProjectSortField | 'projectClass' | 'approval' | 'actions';
  label: string;
  /** A cell with its own template in index.vue; otherwise `text` fills it. */
  slot?: 'name' | 'stage' | 'approval' | 'actions';
  text?: (row: Project) => string;
  sortable?: boolean;
  width?: number;
  minWidth?: number;
  align?: 'left' | 'right' | 'center';
  fixed?: 'right';
}

type SortOrder = 'ascending' | 'descending' | null;

/**
 * The register's list: the search form, the query it last ran, server-side
 * sorting and paging, the columns, and the actions on rows. index.vue only
 * lays them out.
 */
export function useProjectList() {
  const { t } = useI18n();
  const router = useRouter();
  const route = useRoute();
  const store = useProjectsStore();

  const form = reactive<SearchForm>(emptySearch());
  /** The filters of the last search: paging and sorting keep them even if the form has changed since. */
  const applied = ref<Filters>({});
  const rows = ref<Project[]>([]);
  /** Each row's approval beside its declared amount, by project id. */
  const approvals = ref(new Map<string, RowApproval>());
  const total = ref(0);
  const loading = ref(false);
  const loadedOnce = ref(false);
  const pagination = reactive({ page: 1, pageSize: 20 });
  const sort = reactive<{ sortBy: ProjectSortField; sortDir: 'asc' | 'desc' }>({ sortBy: 'updatedAt', sortDir: 'desc' });
  const dialog = reactive<{ open: boolean; project: Project | null }>({ open: false, project: null });

  const years = computed(() => {
    const current = new Date().getFullYear();
    return Array.from({ length: current + 3 - 2015 + 1 }, (_, index) => current + 3 - index);
  });

  const hasFilters = computed(() => Object.values(applied.value).some((value) => (Array.isArray(value) ? value.length > 0 : value !== null && value !== '' && value !== undefined)));

  const columns = computed<Column[]>(() => [
    // Sized to fit a 1366-pixel screen without scrolling sideways; 建设性质 is in the filters and on the project page.
    { prop: 'name', label: t('projects.fields.name'), slot: 'name', sortable: true, minWidth: 200 },
    { prop: 'unitName', label: t('projects.fields.unitName'), text: (row) => row.unitName, sortable: true, minWidth: 120 },
    { prop: 'plannedYear', label: t('projects.fields.plannedYear'), text: (row) => String(row.plannedYear), sortable: true, width: 104, align: 'center' },
    { prop: 'projectClass', label: t('projects.fields.projectClass'), text: (row) => enumLabel('projectClass', row.projectClass), width: 120 },
    {
      prop: 'totalInvestmentFen',
      label: t('projects.list.totalInvestmentColumn'),
      text: (row) => wan(row.totalInvestmentFen),
      sortable: true,
      width: 132,
      align: 'right',
    },
    { prop: 'approval', label: t('projects.list.approvalColumn'), slot: 'approval', width: 136, align: 'right' },
    { prop: 'stage', label: t('projects.fields.stage'), slot: 'stage', sortable: true, width: 132 },
    { prop: 'updatedAt', label: t('projects.fields.updatedAt'), text: (row) => beijingDay(row.updatedAt), sortable: true, width: 116 },
    { prop: 'actions', label: t('common.actions'), slot: 'actions', width: 116, fixed: 'right', align: 'center' },
  ]);

  /** The form as a query, or null (with a message) when an amount is not an amount. */
  function filtersFromForm(): Filters | null {
    const minFen = form.minWan.trim() === '' ? null : wanYuanToFen(form.minWan);
    const maxFen = form.maxWan.trim() === '' ? null : wanYuanToFen(form.maxWan);
    if ((form.minWan.trim() !== '' && minFen === null) || (form.maxWan.trim() !== '' && maxFen === null)) {
      ElMessage.warning(t('projects.search.badAmount'));
      return null;
    }
    return {
      search: form.search.trim(),
      stages: [...form.stages],
      plannedYear: form.plannedYear,
      unitName: form.unitName || null,
      projectClass: form.projectClass,
      kind: form.kind,
      minFen,
      maxFen,
      approval: form.approval,
    };
  }

  async function load(): Promise<void> {
    loading.value = true;
    try {
      const result = await api['project.list']({ ...applied.value, ...sort, page: pagination.page, pageSize: pagination.pageSize });
      rows.value = result.rows;
      approvals.value = new Map(result.approvals.map((approval) => [approval.projectId, approval]));
      total.value = result.total;
      // A page emptied by a narrower search or a deletion: go back to the last page that has rows.
      if (result.rows.length === 0 && result.total > 0 && pagination.page > 1) {
        pagination.page = Math.max(1, Math.ceil(result.total / pagination.pageSize));
        await load();
      }
    } catch (error) {
      showError(error);
    } finally {
      loading.value = false;
      loadedOnce.value = true;
    }
  }

  async function onSearch(): Promise<void> {
    const filters = filtersFromForm();
    if (!filters) return;
    applied.value = filters;
    pagination.page = 1;
    await load();
  }

  async function onReset(): Promise<void> {
    Object.assign(form, emptySearch());
    applied.value = {};
    pagination.page = 1;
    await load();
  }

  function onSortChange({ prop, order }: { prop: string | null; order: SortOrder }): void {
    if (!prop || !order) {
      sort.sortBy = 'updatedAt';
      sort.sortDir = 'desc';
    } else {
      sort.sortBy = prop as ProjectSortField;
      sort.sortDir = order === 'ascending' ? 'asc' : 'desc';
    }
    pagination.page = 1;
    void load();
  }

  function onPageChange(page: number): void {
    pagination.page = page;
    void load();
  }

  function onPageSizeChange(size: number): void {
    pagination.pageSize = size;
    pagination.page = 1;
    void load();
  }

  function openCreate(): void {
    dialog.project = null;
    dialog.open = true;
  }

  function openEdit(row: Project): void {
    dialog.project = row;
    dialog.open = true;
  }

  /** Element Plus types a table row loosely; the rows are the projects this list loaded. */
  function rowOf(row: unknown): Project {
    return row as Project;
  }

  /** An approval locks what was declared: the row's 编辑 is off, and says why. */
  function lockedRow(row: Project): boolean {
    const state = approvals.value.get(row.id)?.state;
    return state === 'approved' || state === 'amountDiffers';
  }

  function openDetail(row: Project): void {
    void router.push({ name: 'project', params: { id: row.id } });
  }

  // Any save anywhere (this dialog, a detail page) refreshes the list and the unit filter.
  watch(
    () => store.revision,
    () => {
      void load();
      void store.loadUnits().catch(showError);
    },
  );

  onMounted(() => {
    const handedOver = searchFromQuery(route.query);
    if (handedOver) {
      Object.assign(form, handedOver);
      applied.value = filtersFromForm() ?? {};
    }
    void load();
    void store.loadUnits().catch(showError);
  });

  return {
    form,
    applied,
    rows,
    total,
    loading,
    loadedOnce,
    pagination,
    sort,
    dialog,
    years,
    hasFilters,
    columns,
    units: computed(() => store.units),
    onSearch,
    onReset,
    onSortChange,
    onPageChange,
    onPageSizeChange,
    openCreate,
    openEdit,
    openDetail,
    rowOf,
    approvals,
    lockedRow,
    reload: load,
  };
}
