import { FUNDING_SOURCES, LIFECYCLE_STAGES, PROJECT_CLASSES, PROJECT_KINDS, PROJECT_SOURCES, CLOUD_DEPLOYMENTS, CRYPTO_PLANS, DATA_SHARING_STATES } from '../shared/domain/enums';
import type { FundingSplit, ProjectFields } from '../shared/domain/project';

/** A small deterministic PRNG (mulberry32), so every run seeds the same rows. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const PLACES = ['淅川县', '浔阳区', '老河口市', '郴州市', '菏泽市', '北湖区', '苏仙区', '牡丹区', '定陶区', '资兴市', '桂阳县', '宜章县', '永兴县', '嘉禾县', '临武县', '汝城县', '桂东县', '安仁县', '曹县', '单县'];
const BUREAUS = ['教育局', '医疗保障局', '公安局', '交通运输局', '水利局', '农业农村局', '民政局', '卫生健康委员会', '自然资源局', '应急管理局'];
const DOMAINS = ['智慧教育', '医保', '政务服务', '公安', '交通', '水利', '智慧农业', '民政', '卫健', '不动产', '应急指挥', '城市运行', '社会救助', '市场监管', '生态环境'];
const SYSTEMS = ['云平台', '数据中心', '信息系统', '一体化平台', '监管系统', '服务平台', '数据共享平台', '综合管理系统', '指挥调度系统', '大数据平台'];
const SUFFIXES = ['建设项目', '升级改造项目', '运维服务项目', '二期工程', '扩容项目'];

/** 200 units: 20 places × 10 bureaus. */
export const UNITS = PLACES.flatMap((place) => BUREAUS.map((bureau) => `${place}${bureau}`));

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)]!;
}

function splitFunding(totalFen: number, next: () => number): FundingSplit {
  const split = Object.fromEntries(FUNDING_SOURCES.map((source) => [source, 0])) as FundingSplit;
  let remaining = totalFen;
  for (const source of FUNDING_SOURCES.slice(0, -1)) {
    const share = Math.floor((remaining * Math.floor(next() * 60)) / 100 / 10_000) * 10_000;
    split[source] = share;
    remaining -= share;
  }
  split.other = remaining;
  return split;
}

/** `count` projects across `years` planned years and the 200 units. */
export function generateProjects(count: number, options: { seed?: number; firstYear?: number; years?: number } = {}): ProjectFields[] {
  const next = random(options.seed ?? 20261124);
  const firstYear = options.firstYear ?? 2017;
  const years = options.years ?? 10;
  const projects: ProjectFields[] = [];
  for (let index = 0; index < count; index += 1) {
    const unitName = UNITS[index % UNITS.length]!;
    // 1 万元 to 5,000 万元, skewed small as real registers are.
    const totalFen = Math.max(1, Math.floor(next() ** 3 * 500_000)) * 10_000 * 100;
    projects.push({
      name: `${unitName.slice(0, unitName.indexOf('县') + 1 || 3)}${pick(DOMAINS, next)}${pick(SYSTEMS, next)}${pick(SUFFIXES, next)}（${index + 1}）`,
      unitName,
      contactPerson: `联系人${(index % 997) + 1}`,
      contactPhone: `0377-6${String(1_000_000 + (index % 8_999_999)).slice(1)}`,
      projectClass: pick(PROJECT_CLASSES, next),
      kind: pick(PROJECT_KINDS, next),
      source: pick(PROJECT_SOURCES, next),
      totalInvestmentFen: totalFen,
      funding: splitFunding(totalFen, next),
      plannedYear: firstYear + (index % years),
      stage: pick(LIFECYCLE_STAGES, next),
      cloudDeployment: pick(CLOUD_DEPLOYMENTS, next),
      mlpsLevel: Math.floor(next() * 4),
      cryptoPlan: pick(CRYPTO_PLANS, next),
      dataSharing: pick(DATA_SHARING_STATES, next),
      description: '',
    });
  }
  return projects;
}
