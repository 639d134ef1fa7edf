import { computed, onMounted, ref, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute, useRouter, type LocationQueryRaw } from 'vue-router';
import { DEADLINE_SOON_DAYS, type DashboardSummary, type DeadlineBucket } from '../../../../shared/contract/dashboard';
import { FUNDING_SOURCES } from '../../../../shared/domain/enums';
import { fenToWanYuan } from '../../../../shared/domain/money';
import { api } from '../../api/client';
import { useProjectsStore } from '../../stores/projects';
import { showError } from '../../utils/errors';
import { enumLabel } from '../../utils/labels';
import type { BarSeries, ChartModel } from './chart-model';

/** The unit chart shows this many units; the table under it lists all. */
export const UNIT_BARS = 15;

/** Element Plus's palette: canvas needs colours, not CSS variables. */
const COLOURS = { primary: '#409eff', success: '#67c23a', warning: '#e6a23c', danger: '#f56c6c', info: '#909399', purple: '#8e7cc3' };
const FUNDING_COLOURS = [COLOURS.primary, COLOURS.success, COLOURS.warning, COLOURS.purple, COLOURS.info];
const BUCKET_COLOURS: Record<DeadlineBucket, string> = { overdue: COLOURS.danger, soon: COLOURS.warning, later: COLOURS.primary };
const SEVERITY_COLOURS = { blocking: COLOURS.danger, warning: COLOURS.warning, info: COLOURS.info };
const OTHER_UNITS = '__others__';

/** 万元 text with thousands separators: "47,728,167.00". */
const grouped = (fen: number): string => fenToWanYuan(fen).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** Fen as a 万元 number for the chart's axis (the tables show the exact 万元 text). */
const wanNumber = (fen: number): number => fen / 1_000_000;
const wanFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/**
 * The dashboard: one summary from main (for all units, or one), turned into
 * the charts and their tables; a bar clicked opens the list it counts.
 */
export function useDashboard() {
  const { t } = useI18n();
  const route = useRoute();
  const router = useRouter();
  const store = useProjectsStore();

  const unitName = ref<string | null>(typeof route.query.unit === 'string' && route.query.unit !== '' ? route.query.unit : null);
  const summary = ref<DashboardSummary | null>(null);
  const loading = ref(false);

  async function load(): Promise<void> {
    loading.value = true;
    try {
      summary.value = await api['dashboard.summary']({ unitName: unitName.value });
    } catch (error) {
      showError(error);
    } finally {
      loading.value = false;
    }
  }

  watch(unitName, (unit) => {
    void router.replace({ query: unit ? { unit } : {} });
    void load();
  });

  onMounted(() => {
    void load();
    void store.loadUnits().catch(showError);
  });

  const count = (name: string, values: number[], color: string): BarSeries[] => [{ name, values, color }];

  const stage = computed<ChartModel>(() => {
    const rows = summary.value?.byStage ?? [];
    return {
      categories: rows.map((row) => ({ key: row.stage, label: enumLabel('stage', row.stage) })),
      series: count(t('dashboard.columns.projects'), rows.map((row) => row.projects), COLOURS.primary),
      columns: [t('dashboard.columns.stage'), t('dashboard.columns.projects')],
      rows: rows.map((row) => ({ key: row.stage, label: enumLabel('stage', row.stage), cells: [String(row.projects)] })),
    };
  });

  const unit = computed<ChartModel>(() => {
    const units = summary.value?.byUnit ?? [];
    const other = summary.value?.otherUnits ?? { units: 0, projects: 0 };
    const shown = units.slice(0, UNIT_BARS);
    const rows = units.map((row) => ({ key: row.unitName, label: row.unitName, cells: [String(row.projects)] }));
    if (other.units > 0) rows.push({ key: OTHER_UNITS, label: t('dashboard.unit.others', { units: other.units }), cells: [String(other.projects)] });
    return {
      categories: shown.map((row) => ({ key: row.unitName, label: row.unitName })),
      series: count(t('dashboard.columns.projects'), shown.map((row) => row.projects), COLOURS.success),
      columns: [t('dashboard.columns.unit'), t('dashboard.columns.projects')],
      rows,
    };
  });

  const money = computed<ChartModel>(() => {
    const years = summary.value?.moneyByYear ?? [];
    return {
      categories: years.map((row) => ({ key: String(row.year), label: String(row.year) })),
      series: FUNDING_SOURCES.map((source, index) => ({
        name: enumLabel('funding', source),
        values: years.map((row) => wanNumber(row.funding[source])),
        color: FUNDING_COLOURS[index]!,
      })),
      columns: [t('dashboard.columns.year'), t('dashboard.columns.projects'), t('dashboard.money.total'), ...FUNDING_SOURCES.map((source) => enumLabel('funding', source))],
      rows: years.map((row) => ({
        key: String(row.year),
        label: String(row.year),
        cells: [String(row.projects), grouped(row.totalInvestmentFen), ...FUNDING_SOURCES.map((source) => grouped(row.funding[source]))],
      })),
    };
  });

  function bucketLabel(bucket: DeadlineBucket): string {
    const days = summary.value?.deadlines.windowDays ?? 30;
    if (bucket === 'overdue') return t('dashboard.deadlines.overdue');
    if (bucket === 'soon') return t('dashboard.deadlines.soon', { days: DEADLINE_SOON_DAYS });
    return t('dashboard.deadlines.later', { from: DEADLINE_SOON_DAYS + 1, to: days });
  }

  const deadlines = computed<ChartModel>(() => {
    const buckets = summary.value?.deadlines.buckets ?? [];
    return {
      categories: buckets.map((row) => ({ key: row.bucket, label: bucketLabel(row.bucket) })),
      series: [
        {
          name: t('dashboard.columns.findings'),
          values: buckets.map((row) => row.findings),
          color: COLOURS.primary,
          barColors: buckets.map((row) => BUCKET_COLOURS[row.bucket]),
        },
      ],
      columns: [t('dashboard.columns.bucket'), t('dashboard.columns.findings')],
      rows: buckets.map((row) => ({ key: row.bucket, label: bucketLabel(row.bucket), cells: [String(row.findings)] })),
    };
  });

  const severity = computed<ChartModel>(() => {
    const levels = summary.value?.findingsBySeverity ?? [];
    return {
      categories: levels.map((row) => ({ key: row.severity, label: enumLabel('severity', row.severity) })),
      series: [
        {
          name: t('dashboard.columns.findings'),
          values: levels.map((row) => row.findings),
          color: COLOURS.primary,
          barColors: levels.map((row) => SEVERITY_COLOURS[row.severity]),
        },
      ],
      columns: [t('dashboard.columns.severity'), t('dashboard.columns.findings')],
      rows: levels.map((row) => ({ key: row.severity, label: enumLabel('severity', row.severity), cells: [String(row.findings)] })),
    };
  });

  const tiles = computed(() => {
    const current = summary.value;
    if (!current) return null;
    const bucket = (name: DeadlineBucket) => current.deadlines.buckets.find((row) => row.bucket === name)?.findings ?? 0;
    return {
      projects: current.projects,
      investment: grouped(current.totalInvestmentFen),
      overdue: bucket('overdue'),
      dueSoon: bucket('soon') + bucket('later'),
      blocking: current.findingsBySeverity.find((row) => row.severity === 'blocking')?.findings ?? 0,
    };
  });

  /** The register, filtered as the bar counts it (and by the unit chosen here, if any). */
  function openProjects(query: LocationQueryRaw): void {
    void router.push({ name: 'projects', query: { ...(unitName.value ? { unit: unitName.value } : {}), ...query } });
  }

  return {
    unitName,
    units: computed(() => store.units),
    summary,
    loading,
    tiles,
    stage,
    unit,
    money,
    deadlines,
    severity,
    load,
    wanAxis: (value: number) => wanFormat.format(value),
    isUnitSelectable: (key: string) => key !== OTHER_UNITS,
    onStage: (key: string) => openProjects({ stage: key }),
    onUnit: (key: string) => {
      if (key !== OTHER_UNITS) openProjects({ unit: key });
    },
    onYear: (key: string) => openProjects({ year: key }),
    onDeadline: () => void router.push({ name: 'compliance' }),
    onSeverity: (key: string) => void router.push({ name: 'compliance', query: { severity: key } }),
  };
}
