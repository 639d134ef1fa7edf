import type { ServiceContext } from './context';
import type { ComplianceService } from './compliance';
import type { DocumentService } from './documents';
import type { FactsService } from './facts';
import type { JobRunner } from './jobs';
import type { OfficeService } from './office';
import type { ProjectService } from './projects';

/** What the feature services built on the register (Excel, dashboards, filings) are given. */
export interface FeatureDeps {
  context: ServiceContext;
  office: OfficeService;
  projects: ProjectService;
  facts: FactsService;
  compliance: ComplianceService;
  documents: DocumentService;
  jobs: JobRunner;
}
