import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { finished } from 'node:stream/promises';
import { v7 as timeOrderedUuid } from 'uuid';
import { createFilingQueries, type AttachmentRow, type FilingRow } from '../../../db/queries/filings';
import { AppError } from '../../../shared/contract/errors';
import type { Handlers } from '../../../shared/contract';
import { toBeijingIso } from '../../../shared/domain/time';
import { importResultSchema, submitResultSchema, type filingMethods } from '../../../shared/contract/filing';
import type { ServiceContext } from '../context';
import type { ComplianceService } from '../compliance';
import type { ExchangeService } from '../exchange';
import type { ExceptionService } from '../exceptions';
import type { FactsService } from '../facts';
import { createEditGuard } from '../edit-guard';
import { freshExportPath, safeFileName } from '../export-files';
import { createHistoryWriter } from '../history-chain';
import type { JobRunner } from '../jobs';
import type { createMaintenanceService } from '../maintenance';
import type { OfficeService } from '../office';
import type { ProjectService } from '../projects';
import { createAcknowledgements } from './acknowledgements';
import { createAttachmentStore } from './attachment-store';
import { createExchangeFolders } from './folders';
import { createImporter } from './importer';
import { createInbox } from './inbox';
import { createReceivers } from './receive';
import { createReviewDesk } from './review';
import type { FilingProject } from './snapshot';
import { createFilingSubmitter } from './submit';
import { createFilingViews } from './views';

interface AttachOptions {
  fileName?: string;
  materialCode?: string;
  mediaType?: string;
}

export interface FilingServiceDeps {
  ctx: ServiceContext;
  office: OfficeService;
  projects: ProjectService;
  facts: FactsService;
  exceptions: ExceptionService;
  compliance: ComplianceService;
  exchange: ExchangeService;
  maintenance: ReturnType<typeof createMaintenanceService>;
  jobs: JobRunner;
}

/** Filings, their import, the review desk and the inbox/outbox: the exchange put to work on the register. */
export function createFilingService(deps: FilingServiceDeps) {
  const { ctx, office, exchange, compliance } = deps;
  const store = createAttachmentStore(ctx.dataDir, exchange.files);
  const acceptedDigest = ctx.handle.sqlite.prepare('SELECT 1 FROM exchange_received WHERE digest = ?').pluck();
  store.pruneUnaccepted((digest) => acceptedDigest.get(digest) !== undefined);
  const folders = createExchangeFolders(ctx);
  const views = createFilingViews(ctx.handle.sqlite, () => office.getOffice()?.jurisdiction ?? null);
  const inbox = createInbox(exchange);
  const acknowledgements = createAcknowledgements(ctx, exchange, folders);
  const desk = createReviewDesk({ ctx, office, exchange, folders, exceptions: deps.exceptions });
  const submit = createFilingSubmitter({ ctx, office, projects: deps.projects, facts: deps.facts, exceptions: deps.exceptions, exchange, store, folders });
  const history = createHistoryWriter(ctx.handle.sqlite);
  const guard = createEditGuard(ctx.handle.sqlite);
  const queries = createFilingQueries(ctx.handle.sqlite);
  const receivers = createReceivers({ ctx, facts: deps.facts, exceptions: deps.exceptions, hash: (bytes) => exchange.engine.hash(bytes), recheck: (projectId) => void compliance.recheckProject(projectId) });
  const importBundle = createImporter({
    ctx, office, exchange, store, receivers,
    backup: () => deps.maintenance.backupNow('pre-import'),
    applyPolicy: (manifest, digest, payload) => {
      const layer = compliance.storePolicyUpdate(payload);
      const me = office.requireOffice();
      history.append([{
        at: toBeijingIso(ctx.clock.now()), actor: me.operator, entityType: 'policy', entityId: layer.regulation, action: 'receive',
        changes: [{ field: 'policy', after: { from: manifest.sender.officeCode, bundle: digest, parameters: Object.keys(layer.overrides), calendar: layer.calendar?.version ?? null } }],
      }]);
      return { projects: [], warnings: [] };
    },
  });

  /** After a commit: a policy update changes every project's check. */
  async function afterImport(payloadType: string): Promise<void> {
    inbox.forget();
    if (payloadType === 'policyUpdate') {
      compliance.reloadPolicy();
      await compliance.recheckAll();
    }
  }

  /** A unit's own project, not locked by an approval: documents may be added or taken off. */
  function assertAttachable(projectId: string): void {
    office.requireOffice();
    deps.projects.get(projectId);
    guard.assertEditable(projectId, 'events');
  }

  function recordAttachment(projectId: string, stored: { sm3: string; size: number }, fileName: string, options: Omit<AttachOptions, 'fileName'>) {
    const me = office.requireOffice();
    const id = timeOrderedUuid();
    const at = toBeijingIso(ctx.clock.now());
    const view = { id, fileName, mediaType: options.mediaType ?? null, materialCode: options.materialCode ?? null, sm3: stored.sm3, size: stored.size, addedAt: at };
    ctx.handle.sqlite.transaction(() => {
      queries.insertAttachment.run(id, projectId, fileName, view.mediaType, view.materialCode, stored.sm3, stored.size, at, 'local');
      history.append([{ at, actor: me.operator, entityType: 'project', entityId: projectId, action: 'update', changes: [{ field: 'attachments', after: { id, fileName, sm3: stored.sm3, size: stored.size } }] }]);
    })();
    return view;
  }

  /** The review workspace: the filing as filed, with the unit's exceptions and what the office made of them. */
  function workspace(filingId: string) {
    const view = views.workspace(filingId);
    return { ...view, exceptions: deps.exceptions.list(view.project.id) };
  }

  return {
    store,
    folders,
    views,
    workspace,
    desk,
    submit,
    acknowledgements,
    async importBundle(file: string, control?: Parameters<typeof importBundle>[1], passphrase?: string) {
      const result = await importBundle(file, control, passphrase);
      await afterImport(result.payloadType);
      return result;
    },
    /** Keeps a document with the project (a scan, a PDF): copied into the data folder, hashed, recorded in the history. */
    async attachFile(projectId: string, source: string, options: AttachOptions = {}) {
      assertAttachable(projectId);
      return recordAttachment(projectId, await store.addLocal(source, exchange.engine), options.fileName ?? basename(source), options);
    },
    /** The same, for bytes uploaded through the app. */
    async attachBytes(projectId: string, fileName: string, bytes: Buffer, options: Omit<AttachOptions, 'fileName'> = {}) {
      assertAttachable(projectId);
      if (bytes.length === 0) throw new AppError('validation', '文件是空的，没有附上。', [{ path: 'bytesBase64', message: '文件是空的' }]);
      return recordAttachment(projectId, await store.addBytes(bytes, exchange.engine), fileName, options);
    },
    /** Takes a document off the project: the history keeps what it was; filings already sent keep it too. */
    detach(attachmentId: string): void {
      const me = office.requireOffice();
      const row = queries.attachment.get(attachmentId) as AttachmentRow | undefined;
      if (!row) throw new AppError('notFound', '未找到该附件，可能已被移除。');
      assertAttachable(row.project_id);
      ctx.handle.sqlite.transaction(() => {
        queries.deleteAttachment.run(attachmentId);
        history.append([{
          at: toBeijingIso(ctx.clock.now()), actor: me.operator, entityType: 'project', entityId: row.project_id, action: 'update',
          changes: [{ field: 'attachments', before: { id: row.id, fileName: row.file_name, sm3: row.sm3, size: row.size }, after: null }],
        }]);
      })();
    },
    /**
     * The newest version filed, if the project has not changed since: the same
     * facts (fields, events, materials, attributes) and the same documents.
     * Filing it again would only repeat that version.
     */
    unchangedSinceFiled(projectId: string): number | null {
      const [latest] = queries.projectFilings.all(projectId) as FilingRow[];
      if (!latest) return null;
      const filed = JSON.parse(latest.snapshot) as FilingProject;
      const documents = (ids: (string | undefined)[]) => ids.sort().join(',');
      const sameDocuments = documents(filed.attachments.map((ref) => ref.documentId)) === documents((queries.projectAttachments.all(projectId) as AttachmentRow[]).map((row) => row.id));
      const sameExceptions = JSON.stringify(deps.exceptions.filedOf(projectId)) === JSON.stringify(filed.exceptions ?? []);
      return sameDocuments && sameExceptions && JSON.stringify(deps.facts.factsOf(projectId)) === JSON.stringify(filed.facts) ? latest.version : null;
    },
    /**
     * Saves a copy of an attachment under `<data folder>/exports/附件/`, read
     * (and its SM3 and size checked) from where it is kept: a received one from
     * the bundle it arrived in. Written as `….partial`, renamed when whole.
     */
    async saveAttachment(attachmentId: string): Promise<{ savedPath: string; fileName: string; size: number }> {
      const row = queries.attachment.get(attachmentId) as AttachmentRow | undefined;
      if (!row) throw new AppError('notFound', '未找到该附件：项目可能已重新报送，请刷新后再试。');
      const target = freshExportPath(join(ctx.dataDir, 'exports', '附件'), safeFileName(row.file_name, '附件'));
      const partial = `${target}.partial`;
      const out = createWriteStream(partial, { flags: 'wx' });
      try {
        await store.readAttachment(row, exchange, async (chunk) => {
          if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
        });
        out.end();
        await finished(out);
        await rename(partial, target);
      } catch (error) {
        out.destroy();
        await rm(partial, { force: true });
        throw error;
      }
      return { savedPath: target, fileName: row.file_name, size: row.size };
    },
    inbox: async () => {
      const folder = folders.get().inbox;
      return { folder, entries: await inbox.scan(folder) };
    },
  };
}

export type FilingService = ReturnType<typeof createFilingService>;

type FilingMethod = keyof typeof filingMethods;

export function filingHandlers(filings: FilingService, jobs: JobRunner): Pick<Handlers, FilingMethod> {
  return {
    'filing.forProject': (input) => filings.views.forProject(input.projectId),
    'filing.saveAttachment': (input) => filings.saveAttachment(input.attachmentId),
    'filing.attach': (input) => filings.attachBytes(input.projectId, input.fileName, Buffer.from(input.bytesBase64, 'base64'), { materialCode: input.materialCode }),
    'filing.detach': (input) => (filings.detach(input.attachmentId), {}),
    'filing.submit': (input) => ({
      jobId: jobs.start({
        kind: 'filing.submit', label: '报送项目', cancellable: false,
        run: async (control) => submitResultSchema.parse(await filings.submit(input, control)),
      }).jobId,
    }),
    'bundle.import': (input) => ({
      jobId: jobs.start({
        kind: 'bundle.import', label: '导入数据包', cancellable: false,
        run: async (control) => importResultSchema.parse(await filings.importBundle(input.file, control, input.passphrase)),
      }).jobId,
    }),
    'bundle.inbox': () => filings.inbox(),
    'exchange.folders': () => filings.folders.get(),
    'exchange.setFolders': (input) => filings.folders.set(input),
    'review.filings': (input) => filings.views.received(input),
    'review.workspace': (input) => filings.workspace(input.filingId),
    'review.rejectException': (input) => filings.desk.rejectException(input.filingId, input.exceptionId, input.reason),
    'review.recordOpinion': (input) => {
      const row = filings.desk.recordOpinion(input.filingId, input.opinion);
      return filings.views.workspace(input.filingId).opinions.find((opinion) => opinion.id === row.id)!;
    },
    'review.decide': (input) => {
      const { filingId, ...decision } = input;
      const row = filings.desk.decide(filingId, decision);
      return filings.views.workspace(filingId).decisions.find((candidate) => candidate.id === row.id)!;
    },
    'review.pending': () => filings.desk.pending(),
    'review.send': (input) => filings.desk.send(input.unitCode, input.passphrase, input.file),
    'review.annualPlan': (input) => filings.views.annualPlan(input.year),
    'bundle.unacknowledged': () => filings.acknowledgements.pending(),
    'bundle.acknowledge': (input) => filings.acknowledgements.send(input.digest, input.passphrase, input.file),
  };
}
