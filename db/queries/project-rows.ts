import type { Project, ProjectFields } from '../../shared/domain/project';
import type { CloudDeployment, CryptoPlan, DataSharingState, LifecycleStage, MlpsLevel, OwnerType, ProjectClass, ProjectKind, ProjectSource } from '../../shared/domain/enums';
import { projects } from '../schema';

export type ProjectRow = typeof projects.$inferSelect;
export type NewProjectRow = typeof projects.$inferInsert;

/** Register fields → table columns (funding split into one column per source). */
export function fieldsToColumns(fields: ProjectFields) {
  return {
    name: fields.name,
    unitName: fields.unitName,
    contactPerson: fields.contactPerson,
    contactPhone: fields.contactPhone,
    projectClass: fields.projectClass,
    kind: fields.kind,
    source: fields.source,
    totalInvestmentFen: fields.totalInvestmentFen,
    fundSuperiorFen: fields.funding.superior,
    fundLocalFiscalFen: fields.funding.localFiscal,
    fundSelfRaisedFen: fields.funding.selfRaised,
    fundSocialFen: fields.funding.social,
    fundOtherFen: fields.funding.other,
    plannedYear: fields.plannedYear,
    stage: fields.stage,
    cloudDeployment: fields.cloudDeployment,
    mlpsLevel: fields.mlpsLevel,
    cryptoPlan: fields.cryptoPlan,
    dataSharing: fields.dataSharing,
    description: fields.description,
    ownerType: fields.ownerType ?? null,
  } satisfies Partial<NewProjectRow>;
}

/** Table row → the Project the contract speaks. Values were validated on the way in. */
export function rowToProject(row: ProjectRow): Project {
  return {
    id: row.id,
    name: row.name,
    unitName: row.unitName,
    contactPerson: row.contactPerson,
    contactPhone: row.contactPhone,
    projectClass: row.projectClass as ProjectClass,
    kind: row.kind as ProjectKind,
    source: row.source as ProjectSource,
    totalInvestmentFen: row.totalInvestmentFen,
    funding: {
      superior: row.fundSuperiorFen,
      localFiscal: row.fundLocalFiscalFen,
      selfRaised: row.fundSelfRaisedFen,
      social: row.fundSocialFen,
      other: row.fundOtherFen,
    },
    plannedYear: row.plannedYear,
    stage: row.stage as LifecycleStage,
    cloudDeployment: row.cloudDeployment as CloudDeployment,
    mlpsLevel: row.mlpsLevel as MlpsLevel,
    cryptoPlan: row.cryptoPlan as CryptoPlan,
    dataSharing: row.dataSharing as DataSharingState,
    description: row.description,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
    ...(row.ownerType === null ? {} : { ownerType: row.ownerType as OwnerType }),
  };
}
