import type Database from 'better-sqlite3';
import { createApprovalReader } from '../../../db/queries/approvals';
import { readOfficeNames } from '../../../db/queries/office-names';
import type { RegulationId } from '../../../shared/domain/regulations';
import { createFilingQueries, listReceivedFilings, type AttachmentRow, type DecisionRow, type FilingRow, type OpinionRow, type ProjectControl } from '../../../db/queries/filings';
import type { AnnualPlan, DecisionView, FilingView, OpinionView, ProjectFilingState, Workspace } from '../../../shared/contract/filing';
import { AppError } from '../../../shared/contract/errors';
import type { FilingStatus } from '../../../shared/domain/filing';
import { reviewDecisionSchema } from '../../../shared/exchange/payloads';
import type { FilingProject } from './snapshot';

export function filingView(row: FilingRow): FilingView {
  return {
    id: row.id, projectId: row.project_id, version: row.version, unitCode: row.unit_code, unitName: row.unit_name,
    reviewOfficeCode: row.review_office_code, projectVersion: row.project_version, projectName: row.project_name,
    plannedYear: row.planned_year, totalInvestmentFen: row.total_investment_fen, snapshotSm3: row.snapshot_sm3,
    filedAt: row.filed_at, bundleDigest: row.bundle_digest, status: row.status, statusAt: row.status_at,
  };
}

export function opinionView(row: OpinionRow): OpinionView {
  return {
    id: row.id, filingId: row.filing_id, kind: row.kind, conclusion: row.conclusion as OpinionView['conclusion'], opinion: row.opinion,
    experts: JSON.parse(row.experts) as string[], recordedAt: row.recorded_at, recordedBy: row.recorded_by,
  };
}

export function decisionView(row: DecisionRow): DecisionView {
  const body = reviewDecisionSchema.parse({ ...JSON.parse(row.body), attachments: [] });
  return {
    id: row.id, filingId: row.filing_id, projectId: row.project_id, filingVersion: row.filing_version, decision: row.decision,
    review: body.review, outcome: body.outcome ?? null, date: body.date, documentNo: body.documentNo ?? null,
    approvedAmountFen: body.approvedAmountFen ?? null, opinion: body.opinion, reviewer: body.reviewer, citations: body.citations,
    opinions: body.opinions, recordedAt: row.recorded_at, bundleDigest: row.bundle_digest,
    changedSince: row.changed_since === null ? null : row.changed_since === 1,
  };
}

/** Read models of filings for the project page, the review workspace and the annual plan. */
export function createFilingViews(sqlite: Database.Database, regulation: () => RegulationId | null = () => null) {
  const q = createFilingQueries(sqlite);
  const approvalOf = createApprovalReader(sqlite);
  const totalOf = sqlite.prepare('SELECT total_investment_fen AS fen FROM projects WHERE id = ?');

  function filingRow(filingId: string): FilingRow {
    const row = q.filing.get(filingId) as FilingRow | undefined;
    if (!row) throw new AppError('notFound', '未找到该申报。');
    return row;
  }

  const attachmentsOf = (projectId: string) =>
    (q.projectAttachments.all(projectId) as AttachmentRow[]).map((attachment) => ({
      id: attachment.id, fileName: attachment.file_name, mediaType: attachment.media_type, materialCode: attachment.material_code,
      sm3: attachment.sm3, size: attachment.size, addedAt: attachment.added_at,
    }));

  return {
    forProject(projectId: string): ProjectFilingState {
      const control = q.control.get(projectId) as ProjectControl | undefined;
      if (!control) throw new AppError('notFound', '未找到该项目，可能已被其他操作更改。');
      const filings = (q.projectFilings.all(projectId) as FilingRow[]).map(filingView);
      const lockedBy = control.locked_filing_id ? (filings.find((filing) => filing.id === control.locked_filing_id) ?? null) : null;
      const names = readOfficeNames(sqlite, null);
      const jurisdiction = regulation();
      const declared = (totalOf.get(projectId) as { fen: number }).fen;
      return {
        projectId,
        projectVersion: control.version,
        originOfficeCode: control.origin_office_code,
        originOfficeName: control.origin_office_code ? (names(control.origin_office_code) ?? null) : null,
        lockedBy,
        lockedByOfficeName: lockedBy ? (names(lockedBy.reviewOfficeCode) ?? null) : null,
        approval: jurisdiction ? approvalOf({ id: projectId, totalInvestmentFen: declared }, jurisdiction) : null,
        filings,
        decisions: (q.projectDecisions.all(projectId) as DecisionRow[]).map(decisionView),
        attachments: attachmentsOf(projectId),
      };
    },

    received(filter: { status?: FilingStatus; year?: number; unitCode?: string }): FilingView[] {
      return listReceivedFilings(sqlite, filter).map(filingView);
    },

    workspace(filingId: string): Omit<Workspace, 'exceptions'> {
      const row = filingRow(filingId);
      const snapshot = JSON.parse(row.snapshot) as FilingProject;
      return {
        filing: filingView(row),
        project: snapshot.facts.project,
        historyEntries: snapshot.history.length,
        attachments: attachmentsOf(row.project_id),
        opinions: (q.opinions.all(row.id) as OpinionRow[]).map(opinionView),
        decisions: (q.filingDecisions.all(row.id) as DecisionRow[]).map(decisionView),
        versions: (q.projectFilings.all(row.project_id) as FilingRow[]).map((filing) => ({ id: filing.id, version: filing.version, filedAt: filing.filed_at, status: filing.status })),
      };
    },

    /** 年度建设计划: the approved declarations planned for `year`, with the amounts approved, by unit. */
    annualPlan(year: number): AnnualPlan {
      const approved = listReceivedFilings(sqlite, { status: 'approved', year });
      const rows = approved.map((filing) => {
        const decision = (q.filingDecisions.all(filing.id) as DecisionRow[]).map(decisionView).find((candidate) => candidate.decision === 'approve');
        return {
          filingId: filing.id, projectId: filing.project_id, projectName: filing.project_name, unitCode: filing.unit_code, unitName: filing.unit_name,
          version: filing.version, totalInvestmentFen: filing.total_investment_fen, approvedAmountFen: decision?.approvedAmountFen ?? null,
          documentNo: decision?.documentNo ?? null, decidedOn: decision?.date ?? null,
        };
      });
      rows.sort((a, b) => a.unitCode.localeCompare(b.unitCode) || a.projectName.localeCompare(b.projectName, 'zh-CN'));
      const units = new Map<string, AnnualPlan['byUnit'][number]>();
      for (const row of rows) {
        const unit = units.get(row.unitCode) ?? { unitCode: row.unitCode, unitName: row.unitName, projects: 0, totalInvestmentFen: 0, approvedAmountFen: 0 };
        unit.projects += 1;
        unit.totalInvestmentFen += row.totalInvestmentFen;
        unit.approvedAmountFen += row.approvedAmountFen ?? row.totalInvestmentFen;
        units.set(row.unitCode, unit);
      }
      const byUnit = [...units.values()];
      return {
        year, rows, byUnit,
        totalInvestmentFen: byUnit.reduce((sum, unit) => sum + unit.totalInvestmentFen, 0),
        approvedAmountFen: byUnit.reduce((sum, unit) => sum + unit.approvedAmountFen, 0),
      };
    },
  };
}
