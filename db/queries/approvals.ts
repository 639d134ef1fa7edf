import type Database from 'better-sqlite3';
import { sql, type SQL } from 'drizzle-orm';
import { approvalSummary, type ApprovalState, type ApprovalSummary } from '../../shared/domain/approval';
import type { FilingStatus } from '../../shared/domain/filing';
import { projects } from '../schema';
import type { RegulationId } from '../../shared/domain/regulations';

/**
 * A project's latest approval beside its declared total (shared/domain/approval.ts).
 * Three indexed lookups per project: filings by (project, version), decisions
 * by filing, events by (project, date); cheap enough for a whole-office recheck.
 */
export function createApprovalReader(sqlite: Database.Database) {
  const latestApproval = sqlite.prepare(
    `SELECT d.body AS body, d.filing_version AS filing_version, d.decided_on AS decided_on FROM filings f JOIN decisions d ON d.filing_id = f.id
     WHERE f.project_id = ? AND d.decision = 'approve' ORDER BY d.filing_version DESC, d.recorded_at DESC LIMIT 1`,
  );
  const latestFiling = sqlite.prepare('SELECT MAX(version) AS version FROM filings WHERE project_id = ?');
  const lastChange = sqlite.prepare("SELECT MAX(date) AS day FROM project_events WHERE project_id = ? AND kind = 'changeRequested'");

  return (project: { id: string; totalInvestmentFen: number }, regulation: RegulationId): ApprovalSummary | null => {
    const row = latestApproval.get(project.id) as { body: string; filing_version: number; decided_on: string } | undefined;
    if (!row) return null;
    const body = JSON.parse(row.body) as { documentNo?: string; approvedAmountFen?: number };
    return approvalSummary({
      regulation,
      declaredFen: project.totalInvestmentFen,
      approval: { filingVersion: row.filing_version, decidedOn: row.decided_on, documentNo: body.documentNo ?? null, approvedAmountFen: body.approvedAmountFen ?? null },
      lastChangeOn: (lastChange.get(project.id) as { day: string | null }).day,
      latestFilingVersion: (latestFiling.get(project.id) as { version: number | null }).version,
    });
  };
}

/** The newest filing's status of a project, and whether an approval locks it: its 审批状态. */
export function approvalStateOf(latestStatus: FilingStatus | null, locked: boolean, summary: ApprovalSummary | null): ApprovalState {
  if (locked) return summary?.differs ? 'amountDiffers' : 'approved';
  if (latestStatus === null) return 'notFiled';
  if (latestStatus === 'filed') return 'pending';
  if (latestStatus === 'approved') return summary?.differs ? 'amountDiffers' : 'approved';
  return latestStatus === 'reopened' ? 'notFiled' : 'returned';
}

/** The newest filing's status and whether an approval locks the project. */
export function createApprovalStateReader(sqlite: Database.Database) {
  const latest = sqlite.prepare(
    'SELECT p.locked_filing_id AS locked, (SELECT f.status FROM filings f WHERE f.project_id = p.id ORDER BY f.version DESC LIMIT 1) AS status FROM projects p WHERE p.id = ?',
  );
  return (projectId: string): { status: FilingStatus | null; locked: boolean } => {
    const row = latest.get(projectId) as { locked: string | null; status: FilingStatus | null } | undefined;
    return { status: row?.status ?? null, locked: Boolean(row?.locked) };
  };
}

const LATEST_STATUS = sql`(SELECT f.status FROM filings f WHERE f.project_id = ${projects.id} ORDER BY f.version DESC LIMIT 1)`;

/**
 * The register's filter by 审批状态, in SQL. \`amountDiffers\` repeats
 * shared/domain/approval.ts's test (the latest approval's amount differs from
 * the declared total, and no later filing or change answered it); the service
 * test checks that both agree.
 */
export function approvalCondition(state: ApprovalState): SQL {
  switch (state) {
    case 'notFiled':
      return sql`${projects.lockedFilingId} IS NULL AND coalesce(${LATEST_STATUS}, 'reopened') = 'reopened'`;
    case 'pending':
      return sql`${projects.lockedFilingId} IS NULL AND ${LATEST_STATUS} = 'filed'`;
    case 'approved':
      return sql`(${projects.lockedFilingId} IS NOT NULL OR ${LATEST_STATUS} = 'approved')`;
    case 'returned':
      return sql`${projects.lockedFilingId} IS NULL AND ${LATEST_STATUS} IN ('rejected', 'rectify', 'suspended')`;
    case 'amountDiffers':
      return sql`EXISTS (
        SELECT 1 FROM filings f JOIN decisions d ON d.filing_id = f.id
        WHERE f.project_id = ${projects.id} AND d.decision = 'approve'
          AND d.filing_version = (SELECT MAX(d2.filing_version) FROM filings f2 JOIN decisions d2 ON d2.filing_id = f2.id WHERE f2.project_id = ${projects.id} AND d2.decision = 'approve')
          AND json_extract(d.body, '$.approvedAmountFen') IS NOT NULL
          AND json_extract(d.body, '$.approvedAmountFen') <> ${projects.totalInvestmentFen}
          AND NOT EXISTS (SELECT 1 FROM filings f3 WHERE f3.project_id = ${projects.id} AND f3.version > d.filing_version)
          AND NOT EXISTS (SELECT 1 FROM project_events e WHERE e.project_id = ${projects.id} AND e.kind = 'changeRequested' AND e.date >= d.decided_on))`;
  }
}
