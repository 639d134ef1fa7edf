import { v7 as timeOrderedUuid } from 'uuid';
import { createFilingQueries, type FilingRow } from '../../../db/queries/filings';
import { createProjectWriter } from '../../../db/queries/project-write';
import { decisionAllowed, DECISION_LABELS, FILING_STATUS_LABELS, STATUS_AFTER } from '../../../shared/domain/filing';
import type { Office } from '../../../shared/domain/office';
import { toBeijingIso } from '../../../shared/domain/time';
import type { BundleManifest } from '../../../shared/exchange/manifest';
import type { HistoryHead, PayloadOf } from '../../../shared/exchange/payloads';
import { refuse } from '../../../shared/exchange/refusals';
import type { ServiceContext } from '../context';
import type { ExceptionService } from '../exceptions';
import type { FactsService } from '../facts';
import { createHistoryWriter, type NewHistoryEntry } from '../history-chain';
import { snapshotOf } from './snapshot';

/** What one accepted bundle did here: shown to the clerk after the import. */
export interface Received {
  projects: { projectId: string; projectName: string; detail: string }[];
  warnings: string[];
}

export interface ReceiveDeps {
  ctx: ServiceContext;
  facts: FactsService;
  exceptions: ExceptionService;
  hash: (bytes: Uint8Array) => string;
  recheck: (projectId: string) => void;
}

/**
 * Writes the content of a verified bundle. Runs inside the import's
 * transaction: a conflict throws and nothing of the bundle stays.
 */
export function createReceivers(deps: ReceiveDeps) {
  const { sqlite } = deps.ctx.handle;
  const q = createFilingQueries(sqlite);
  const writer = createProjectWriter(sqlite);
  const history = createHistoryWriter(sqlite);
  const setOrigin = sqlite.prepare('UPDATE projects SET origin_office_code = ? WHERE id = ?');
  const insertAnchor = sqlite.prepare(
    'INSERT INTO history_anchors (bundle_digest, office_code, bundle_sequence, payload_type, head_seq, head_hash, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  /** Keeps the sender's history-chain head its bundle carried (none in bundles made before it was added). */
  const keepAnchor = (manifest: BundleManifest, digest: string, head: HistoryHead | undefined, at: string) => {
    if (head) insertAnchor.run(digest, manifest.sender.officeCode, manifest.sequence, manifest.payloadType, head.seq, head.hash, at);
  };
  const now = () => toBeijingIso(deps.ctx.clock.now());

  /** At the review office: each project's filing becomes the office's read-only copy, and a filing version to review. */
  function filing(me: Office, manifest: BundleManifest, digest: string, payload: PayloadOf<'filing'>): Received {
    const at = now();
    const sender = manifest.sender.officeCode;
    const received: Received = { projects: [], warnings: [] };
    const entries: NewHistoryEntry[] = [];
    const bundleEntries = new Map(manifest.entries.map((entry) => [entry.name, entry]));
    for (const filed of payload.projects) {
      const project = filed.facts.project;
      const control = q.control.get(project.id) as { version: number; origin_office_code: string | null } | undefined;
      if (control && control.origin_office_code !== sender) {
        refuse('contentConflict', `报送的项目“${project.name}”（${project.id}）与本单位已有项目编号相同，但不是 ${payload.unit.officeName} 报送的：整个数据包未导入，请与对方核实。`);
      }
      const latest = (q.latestVersion.get(project.id) as { version: number | null }).version ?? 0;
      if (filed.filing.version <= latest) {
        refuse('contentConflict', `项目“${project.name}”的第 ${filed.filing.version} 版申报不晚于本单位已接收的第 ${latest} 版：整个数据包未导入。`);
      }
      if (control) {
        if (!writer.update(project, control.version)) refuse('contentConflict', `项目“${project.name}”正被修改，请重新导入。`);
      } else {
        writer.insert(project);
        setOrigin.run(sender, project.id);
      }
      deps.facts.replaceWithFiled(project.id, filed.facts, at);
      deps.exceptions.replaceWithFiled(project.id, payload.regulation, filed.exceptions);
      q.deleteAttachments.run(project.id);
      for (const ref of filed.attachments) {
        const entry = bundleEntries.get(ref.entry)!;
        q.insertAttachment.run(timeOrderedUuid(), project.id, ref.fileName, ref.mediaType ?? null, ref.materialCode ?? null, entry.sm3, entry.size, at, digest);
      }
      const snapshot = snapshotOf(filed);
      const row: FilingRow = {
        id: timeOrderedUuid(), project_id: project.id, version: filed.filing.version, unit_code: sender, unit_name: payload.unit.officeName,
        review_office_code: me.code, project_version: project.version, project_name: project.name, planned_year: project.plannedYear,
        total_investment_fen: project.totalInvestmentFen, snapshot: snapshot.json, snapshot_sm3: deps.hash(snapshot.bytes), filed_at: filed.filing.filedAt,
        bundle_digest: digest, status: 'filed', status_at: null,
      };
      q.insertFiling.run(row);
      entries.push({
        at, actor: me.operator, entityType: 'project', entityId: project.id, action: 'receive',
        changes: [{ field: 'filing', after: { version: row.version, unit: sender, filedAt: row.filed_at, bundle: digest, snapshotSm3: row.snapshot_sm3 } }],
      });
      received.projects.push({ projectId: project.id, projectName: project.name, detail: `第 ${row.version} 版申报` });
    }
    history.append(entries);
    keepAnchor(manifest, digest, payload.historyHead, at);
    for (const filed of payload.projects) deps.recheck(filed.facts.project.id);
    return received;
  }

  /** At the unit: each decision lands on the filing version it reviewed; an approval locks the project, 重新开放 unlocks it. */
  function reviewDecision(me: Office, manifest: BundleManifest, digest: string, payload: PayloadOf<'reviewDecision'>): Received {
    const at = now();
    const received: Received = { projects: [], warnings: [] };
    for (const decision of payload.decisions) {
      const filing = q.filingVersion.get(decision.projectId, decision.filingVersion) as FilingRow | undefined;
      if (!filing || filing.review_office_code !== manifest.sender.officeCode) {
        refuse('contentConflict', `审查决定所指的项目“${decision.projectName}”第 ${decision.filingVersion} 版申报，在本单位没有向 ${manifest.sender.officeCode} 报送的记录：整个数据包未导入。`);
      }
      if (!decisionAllowed(filing.status, decision.decision)) {
        refuse('contentConflict', `项目“${filing.project_name}”第 ${filing.version} 版申报当前为“${FILING_STATUS_LABELS[filing.status]}”，不能再作“${DECISION_LABELS[decision.decision]}”决定：整个数据包未导入。`);
      }
      const control = q.control.get(decision.projectId) as { version: number };
      const changedSince = control.version > filing.project_version;
      // The approval path's step enters the facts first: once the approval locks the project, nothing more may be recorded on it.
      if (decision.outcome) {
        deps.facts.recordEvent(decision.projectId, {
          kind: 'review', date: decision.date, review: decision.review, outcome: decision.outcome,
          documentNo: decision.documentNo, approvedAmountFen: decision.approvedAmountFen, note: `审查部门决定（第 ${filing.version} 版申报）`,
        });
      }
      const { attachments: _attachments, ...body } = decision;
      void _attachments;
      q.insertDecision.run(timeOrderedUuid(), filing.id, decision.projectId, decision.filingVersion, decision.decision, JSON.stringify(body), decision.date, at, digest, changedSince ? 1 : 0);
      q.setStatus.run(STATUS_AFTER[decision.decision], at, filing.id);
      if (decision.decision === 'approve') q.setLock.run(filing.id, decision.projectId);
      if (decision.decision === 'reopen') q.setLock.run(null, decision.projectId);
      const reopened = deps.exceptions.applyRejections(decision.projectId, decision.rejectedExceptions, manifest.sender.officeName);
      history.append([{
        at, actor: me.operator, entityType: 'project', entityId: decision.projectId, action: 'receive',
        changes: [{ field: 'decision', after: { decision: decision.decision, filingVersion: filing.version, documentNo: decision.documentNo ?? null, approvedAmountFen: decision.approvedAmountFen ?? null, bundle: digest, changedSince } }],
      }]);
      if (changedSince) {
        received.warnings.push(`项目“${filing.project_name}”在报送第 ${filing.version} 版之后又修改过（报送时为第 ${filing.project_version} 版，现为第 ${control.version} 版）：审查部门的“${DECISION_LABELS[decision.decision]}”决定针对的是报送时的内容。`);
      }
      const rejections = reopened > 0 ? `；驳回 ${reopened} 项例外说明` : '';
      received.projects.push({ projectId: decision.projectId, projectName: filing.project_name, detail: `${DECISION_LABELS[decision.decision]}（第 ${filing.version} 版申报）${rejections}` });
      deps.recheck(decision.projectId);
    }
    return received;
  }

  /** A receipt for a bundle we sent: kept in the history. */
  function acknowledgement(me: Office, manifest: BundleManifest, digest: string, payload: PayloadOf<'acknowledgement'>): Received {
    const at = now();
    keepAnchor(manifest, digest, payload.historyHead, at);
    history.append([{
      at, actor: me.operator, entityType: 'bundle', entityId: payload.acknowledges.digest, action: 'receive',
      changes: [{ field: 'acknowledgement', after: { ...payload, from: manifest.sender.officeCode, bundle: digest } }],
    }]);
    const what = payload.status === 'accepted' ? '已接收' : `拒收：${payload.reason ?? ''}`;
    return { projects: [], warnings: payload.status === 'refused' ? [`${manifest.sender.officeName} ${what}`] : [] };
  }

  return { filing, reviewDecision, acknowledgement };
}
