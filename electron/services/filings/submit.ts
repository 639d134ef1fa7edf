import { extname } from 'node:path';
import { v7 as timeOrderedUuid } from 'uuid';
import { createFilingQueries, type AttachmentRow, type FilingRow } from '../../../db/queries/filings';
import { AppError } from '../../../shared/contract/errors';
import { toBeijingIso } from '../../../shared/domain/time';
import type { AttachmentRef, PayloadOf } from '../../../shared/exchange/payloads';
import type { ServiceContext } from '../context';
import type { AttachmentSource, WrittenBundle } from '../exchange/bundle-writer';
import type { ExchangeService } from '../exchange';
import type { TrustedKey } from '../exchange/trust';
import type { ExceptionService } from '../exceptions';
import type { FactsService } from '../facts';
import { createHistoryWriter, readHistoryHead } from '../history-chain';
import type { JobControl } from '../jobs';
import type { OfficeService } from '../office';
import type { ProjectService } from '../projects';
import type { AttachmentStore } from './attachment-store';
import type { ExchangeFoldersService } from './folders';
import { snapshotOf, type FilingProject } from './snapshot';

export interface SubmitDeps {
  ctx: ServiceContext;
  office: OfficeService;
  projects: ProjectService;
  facts: FactsService;
  exceptions: ExceptionService;
  exchange: ExchangeService;
  store: AttachmentStore;
  folders: ExchangeFoldersService;
}

export interface SubmitRequest {
  projectIds: string[];
  passphrase: string;
  /** The review office; may be left out when only one is trusted. */
  recipientCode?: string;
  /** Where to write the bundle; the outbox by default. */
  file?: string;
  note?: string;
}

export interface SubmitResult {
  file: string;
  digest: string;
  sequence: number;
  recipient: { officeCode: string; officeName: string };
  filings: { projectId: string; projectName: string; version: number }[];
}

/**
 * The unit files projects with its review office: each project's facts,
 * history and attachments become a new filing version, signed into one
 * bundle; the filings are recorded in the transaction that records the
 * bundle as sent, so a failed export leaves no filing behind.
 */
export function createFilingSubmitter(deps: SubmitDeps) {
  const { sqlite } = deps.ctx.handle;
  const q = createFilingQueries(sqlite);
  const history = createHistoryWriter(sqlite);

  function reviewOfficeFor(code: string | undefined) {
    const offices = deps.exchange.trust.list().filter((key) => key.role === 'reviewOffice' && key.status === 'active');
    if (code) {
      const chosen = offices.find((key) => key.officeCode === code);
      if (!chosen) throw new AppError('notFound', `信任列表中没有审查部门 ${code} 的有效公钥：请先在“数据交换”中添加其公钥。`);
      return chosen;
    }
    if (offices.length === 0) throw new AppError('notFound', '信任列表中还没有审查部门的公钥：请先在“数据交换”中添加审查部门的公钥（电话核对指纹）。');
    if (offices.length > 1) throw new AppError('validation', '信任列表中有多个审查部门，请选择报送对象。', [{ path: 'recipientCode', message: '请选择报送对象' }]);
    return offices[0]!;
  }

  async function submit(request: SubmitRequest, control?: JobControl): Promise<SubmitResult> {
    const me = deps.office.requireOffice();
    if (me.role !== 'unit') throw new AppError('refused', '本机是审查部门：项目由建设单位报送，审查部门不能报送项目。');
    const ids = [...new Set(request.projectIds)];
    if (ids.length === 0) throw new AppError('validation', '请选择要报送的项目。', [{ path: 'projectIds', message: '请选择要报送的项目' }]);
    const recipient = reviewOfficeFor(request.recipientCode);
    // One filing at a time per link: each sees the versions and the sequence the one before it recorded.
    return deps.exchange.onLink(recipient.officeCode, () => fileOn(recipient, request, control));
  };

  async function fileOn(recipient: TrustedKey, request: SubmitRequest, control?: JobControl): Promise<SubmitResult> {
    const me = deps.office.requireOffice();
    const ids = [...new Set(request.projectIds)];
    const filedAt = toBeijingIso(deps.ctx.clock.now());

    const filed: { project: FilingProject; row: Omit<FilingRow, 'bundle_digest'> }[] = [];
    const sources: AttachmentSource[] = [];
    ids.forEach((projectId, index) => {
      control?.throwIfCancelled();
      control?.progress(index, ids.length, `正在整理第 ${index + 1} 个项目`);
      const facts = deps.facts.factsOf(projectId);
      const lock = q.control.get(projectId) as { locked_filing_id: string | null };
      if (lock.locked_filing_id) {
        throw new AppError('refused', `项目“${facts.project.name}”的申报已获批准并锁定，不能再次报送；如需变更，请审查部门作出“重新开放”的决定。`);
      }
      const version = ((q.latestVersion.get(projectId) as { version: number | null }).version ?? 0) + 1;
      const attachments: AttachmentRef[] = (q.projectAttachments.all(projectId) as AttachmentRow[]).map((row) => {
        const entry = `attachments/${row.id}${extname(row.file_name).toLowerCase().replace(/[^.0-9a-z]/g, '').slice(0, 11)}`;
        sources.push({ entry, path: deps.store.pathOf(row.sm3) });
        return { entry, fileName: row.file_name, mediaType: row.media_type ?? undefined, materialCode: (row.material_code ?? undefined) as AttachmentRef['materialCode'], documentId: row.id };
      });
      const project: FilingProject = { filing: { version, filedAt }, facts, history: deps.projects.history(projectId), attachments, exceptions: deps.exceptions.filedOf(projectId) };
      const snapshot = snapshotOf(project);
      filed.push({
        project,
        row: {
          id: timeOrderedUuid(), project_id: projectId, version, unit_code: me.code, unit_name: me.name, review_office_code: recipient.officeCode,
          project_version: facts.project.version, project_name: facts.project.name, planned_year: facts.project.plannedYear,
          total_investment_fen: facts.project.totalInvestmentFen, snapshot: snapshot.json, snapshot_sm3: deps.exchange.engine.hash(snapshot.bytes),
          filed_at: filedAt, status: 'filed', status_at: null,
        },
      });
    });

    const payload: PayloadOf<'filing'> = {
      unit: { officeCode: me.code, officeName: me.name },
      regulation: me.jurisdiction,
      note: request.note,
      projects: filed.map((item) => item.project),
      // Before this filing's own entries: the review office keeps it, to check our chain against later.
      historyHead: readHistoryHead(sqlite),
    };
    const file = request.file ?? ((sequence: number) => deps.folders.outboxFile(`报送-${me.code}`, sequence));
    control?.progress(ids.length, ids.length, '正在签名并写入数据包');
    const record = (written: WrittenBundle) => {
      for (const { row } of filed) q.insertFiling.run({ ...row, bundle_digest: written.digest });
      history.append(filed.map(({ row }) => ({
        at: filedAt, actor: me.operator, entityType: 'project', entityId: row.project_id, action: 'file' as const,
        changes: [{ field: 'filing', after: { version: row.version, to: recipient.officeCode, bundle: written.digest, snapshotSm3: row.snapshot_sm3 } }],
      })));
    };
    const written = await deps.exchange.exportBundle({
      file, recipientCode: recipient.officeCode, payloadType: 'filing', payload, attachments: sources, signer: { passphrase: request.passphrase }, record,
      onProgress: (done, total) => control?.progress(done, total, `正在签名并写入数据包：附件 ${done} / ${total}`),
    });
    return {
      file: written.file,
      digest: written.digest,
      sequence: written.manifest.sequence,
      recipient: { officeCode: recipient.officeCode, officeName: recipient.officeName },
      filings: filed.map(({ row }) => ({ projectId: row.project_id, projectName: row.project_name, version: row.version })),
    };
  }

  return submit;
}
