/** Builds ProjectFacts for tests: a plausible project, overridden field by field. */
import type { LifecycleEventInput, ReviewKind, ReviewOutcome } from '../../../../../shared/domain/lifecycle-events';
import type { MaterialCode } from '../../../../../shared/domain/materials';
import type { Project } from '../../../../../shared/domain/project';
import { projectFactsSchema, type ProjectFacts, type ProjectFactsInput } from '../../../../../shared/rules/framework/facts';

export const PROJECT_ID = '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f';

export function baseProject(overrides: Partial<Project> = {}): Project {
  return {
    id: PROJECT_ID,
    createdAt: '2025-09-01T09:00:00.000+08:00',
    updatedAt: '2025-09-01T09:00:00.000+08:00',
    version: 1,
    name: '淅川县智慧教育平台',
    unitName: '淅川县教育局',
    contactPerson: '张三',
    contactPhone: '0377-1234567',
    projectClass: 'investment',
    kind: 'new',
    source: 'unit',
    totalInvestmentFen: 1_000_000_000, // 1000 万元
    funding: { superior: 0, localFiscal: 1_000_000_000, selfRaised: 0, social: 0, other: 0 },
    plannedYear: 2027,
    stage: 'draft',
    cloudDeployment: 'govCloud',
    mlpsLevel: 0,
    cryptoPlan: 'none',
    dataSharing: 'none',
    description: '',
    ...overrides,
  };
}

export interface FactsSpec {
  project?: Partial<Project>;
  events?: LifecycleEventInput[];
  /** A code alone is an undated material; `{ code, date }` a dated one. */
  materials?: (MaterialCode | { code: MaterialCode; date: string })[];
  attributes?: ProjectFactsInput['attributes'];
  compliance?: ProjectFactsInput['compliance'];
}

/** Parses through the real schema, so every test input is valid CLI input too. */
export function facts(spec: FactsSpec = {}): ProjectFacts {
  return projectFactsSchema.parse({
    project: baseProject(spec.project),
    events: spec.events ?? [],
    materials: (spec.materials ?? []).map((material) => (typeof material === 'string' ? { code: material } : material)),
    attributes: spec.attributes ?? {},
    compliance: spec.compliance ?? {},
  });
}

export function review(kind: ReviewKind, date: string, outcome: ReviewOutcome = 'approved'): LifecycleEventInput {
  return { kind: 'review', review: kind, outcome, date };
}

/** A simple event (no extra fields). */
export function on<K extends LifecycleEventInput['kind']>(kind: K, date: string): LifecycleEventInput {
  return { kind, date } as LifecycleEventInput;
}

/** The approvals of 第七条 and 第九条 for an ordinary investment project, all granted. */
export const INVESTMENT_APPROVALS: LifecycleEventInput[] = [
  review('technical', '2025-09-20'),
  review('governmentApproval', '2025-10-10'),
  review('proposal', '2025-11-01'),
  review('feasibility', '2025-12-01'),
  review('preliminaryDesign', '2026-01-10'),
];
