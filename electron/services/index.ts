import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabaseFile, type DbHandle } from '../../db/client';
import { migrateWithBackup, type MigrationOutcome } from '../../db/migrate';
import type { Handlers } from '../../shared/contract';
import { systemClock, type Clock } from '../../shared/domain/time';
import type { ServiceContext } from './context';
import { verifyHistoryChain } from './history-chain';
import { createMaintenanceService } from './maintenance';
import { createOfficeService } from './office';
import { createComplianceService } from './compliance';
import { createDocumentService, createRenderPool, type DocumentService } from './documents';
import { startRenderBatch } from './documents/batch';
import { createExchangeService, type ExchangeOptions, type ExchangeService } from './exchange';
import { exchangeHandlers } from './exchange/handlers';
import { dashboardHandlers } from './dashboard/handlers';
import { excelHandlers } from './excel/handlers';
import { createExceptionService } from './exceptions';
import { createFactsService } from './facts';
import { createFilingService, filingHandlers, type FilingService } from './filings';
import type { FeatureDeps } from './feature-deps';
import { createJobRunner, type JobRunner } from './jobs';
import { createProjectService, type ProjectHooks } from './projects';
import { articleLabel, findArticle } from '../../shared/rules/articles';
import { AppError } from '../../shared/contract/errors';

export const DATABASE_FILE = 'govit.sqlite3';

/**
 * Refreshes the query planner's statistics where they are stale, with a row
 * limit so it stays cheap. Run at close and after bulk imports, not at open:
 * statistics taken of empty tables mislead the planning of FTS5's internal
 * statements and made a fresh database's bulk inserts ~35% slower.
 */
export function refreshPlannerStatistics(handle: DbHandle): void {
  handle.sqlite.pragma('analysis_limit = 1000');
  handle.sqlite.pragma('optimize');
}

export interface ServicesOptions {
  dataDir: string;
  migrationsFolder: string;
  clock?: Clock;
  appVersion?: string;
  nativeBinding?: string;
  keepBackups?: number;
  exchange?: ExchangeOptions;
}

export interface Services {
  context: ServiceContext;
  handlers: Handlers;
  migration: MigrationOutcome;
  office: ReturnType<typeof createOfficeService>;
  projects: ReturnType<typeof createProjectService>;
  facts: ReturnType<typeof createFactsService>;
  exceptions: ReturnType<typeof createExceptionService>;
  compliance: ReturnType<typeof createComplianceService>;
  maintenance: ReturnType<typeof createMaintenanceService>;
  documents: DocumentService;
  exchange: ExchangeService;
  jobs: JobRunner;
  filings: FilingService;
  close(): void;
}

/**
 * Opens the data folder's database, migrates it (backing it up first) and
 * builds every service and the contract's handlers. No Electron here: the
 * desktop shell, the web bridge, the CLI and the tests all start from this.
 */
export async function createServices(options: ServicesOptions): Promise<Services> {
  mkdirSync(options.dataDir, { recursive: true });
  const clock = options.clock ?? systemClock;
  const backupDir = join(options.dataDir, 'backups');
  const keepBackups = options.keepBackups ?? 10;
  const handle: DbHandle = openDatabaseFile(join(options.dataDir, DATABASE_FILE), { nativeBinding: options.nativeBinding });

  let migration: MigrationOutcome;
  try {
    migration = await migrateWithBackup(handle, { migrationsFolder: options.migrationsFolder, backupDir, now: clock.now(), keepBackups });
  } catch (error) {
    handle.close();
    throw error;
  }

  const context: ServiceContext = { handle, clock, dataDir: options.dataDir };
  const office = createOfficeService(context);
  // The services call each other around a change; the hooks are bound once all exist.
  const hooks: ProjectHooks = { afterChange: () => {}, assertTransition: () => {}, afterBulkImport: () => refreshPlannerStatistics(handle) };
  const projects = createProjectService(context, office, hooks);
  const facts = createFactsService(context, office, projects, (projectId) => hooks.afterChange(projectId));
  const compliance = createComplianceService(context, office, (projectId) => facts.factsOf(projectId));
  hooks.afterChange = (projectId) => void compliance.recheckProject(projectId);
  const exceptions = createExceptionService(context, office, projects, (projectId) => hooks.afterChange(projectId));
  hooks.assertTransition = (current, to) => compliance.assertTransition(current, to);
  const maintenance = createMaintenanceService(context, { backupDir, keepBackups });
  // PDF forms render in worker threads (started at the first document), never on the main thread.
  const renderPool = createRenderPool();
  const exchange = createExchangeService(context, office, options.exchange);
  const documents = createDocumentService(context, { office, projects, facts, compliance }, (formId, data) => renderPool.renderInWorker(formId, data));

  const jobs = createJobRunner(clock);
  const filings = createFilingService({ ctx: context, office, projects, facts, exceptions, compliance, exchange, maintenance, jobs });
  const features: FeatureDeps = { context, office, projects, facts, compliance, documents, jobs };

  const handlers: Handlers = {
    'setup.get': () => ({ office: office.getOffice() }),
    'setup.complete': (input) => office.completeSetup(input),
    'system.info': () => ({
      appVersion: options.appVersion ?? '0.0.0',
      dataDir: options.dataDir,
      databaseFile: handle.file,
      projectCount: projects.count(),
      backups: maintenance.listBackups(),
    }),
    'system.backup': () => maintenance.backupNow('manual'),
    'history.verify': () => verifyHistoryChain(handle.sqlite),
    'project.create': (input) => projects.create(input),
    'project.update': (input) => projects.update(input.id, input.expectedVersion, input.fields),
    'project.get': (input) => projects.get(input.id),
    'project.list': (input) => projects.list(input),
    'project.units': () => projects.units(),
    'project.history': (input) => projects.readableHistory(input.id),
    'project.transition': (input) => projects.transition(input.id, input.expectedVersion, input.to, input.date),
    'facts.get': (input) => facts.get(input.projectId),
    'facts.recordEvent': (input) => facts.recordEvent(input.projectId, input.event),
    'facts.removeEvent': (input) => (facts.removeEvent(input.projectId, input.eventId), {}),
    'facts.addMaterial': (input) => facts.addMaterial(input.projectId, input.material),
    'facts.removeMaterial': (input) => (facts.removeMaterial(input.projectId, input.materialId), {}),
    'facts.setAttributes': (input) => facts.setAttributes(input.projectId, input.attributes, input.compliance),
    'rules.status': () => compliance.status(),
    'rules.projectReport': (input) => ({ ...compliance.projectReport(input.projectId), exceptions: exceptions.list(input.projectId) }),
    'rules.factPanel': () => compliance.factPanel(),
    'rules.recordException': ({ projectId, ...input }) => exceptions.record(projectId, input),
    'rules.withdrawException': (input) => exceptions.withdraw(input.projectId, input.exceptionId),
    'rules.officeFindings': (input) => compliance.officeFindings(input),
    'rules.officeDeadlines': (input) => compliance.officeDeadlines(input),
    'rules.article': (input) => {
      const article = findArticle(input.regulation, input.article);
      if (!article) throw new AppError('notFound', `${input.regulation} 没有${articleLabel(input.article)}。`);
      return { regulation: input.regulation, article: input.article, label: articleLabel(input.article), chapter: article.chapter, text: article.text };
    },
    'rules.recheckAll': () => compliance.recheckAll(),
    'documents.forms': () => documents.forms(),
    'documents.render': (input) => documents.render(input),
    'documents.renderBatch': (input) => ({ jobId: startRenderBatch(features, input).jobId }),
    ...exchangeHandlers(exchange),
    ...filingHandlers(filings, jobs),
    // The desktop shell replaces this with its native dialogs (electron/main/dialogs.ts).
    'shell.chooseFile': () => ({ available: false, path: null }),
    'jobs.status': (input) => jobs.status(input.jobId),
    'jobs.cancel': (input) => jobs.cancel(input.jobId),
    ...excelHandlers(features),
    ...dashboardHandlers(features),
  };

  return { context, handlers, migration, office, projects, facts, exceptions, compliance, maintenance, documents, exchange, jobs, filings, close: () => {
      void renderPool.close();
      void exchange.close();
      refreshPlannerStatistics(handle);
      handle.close();
    } };
}
