import type Database from 'better-sqlite3';
import type { Decision, FilingStatus, OpinionKind } from '../../shared/domain/filing';

export interface FilingRow {
  id: string;
  project_id: string;
  version: number;
  unit_code: string;
  unit_name: string;
  review_office_code: string;
  project_version: number;
  project_name: string;
  planned_year: number;
  total_investment_fen: number;
  snapshot: string;
  snapshot_sm3: string;
  filed_at: string;
  bundle_digest: string;
  status: FilingStatus;
  status_at: string | null;
}

export interface OpinionRow {
  id: string;
  filing_id: string;
  kind: OpinionKind;
  conclusion: string;
  opinion: string;
  experts: string;
  recorded_at: string;
  recorded_by: string;
}

export interface DecisionRow {
  id: string;
  filing_id: string;
  project_id: string;
  filing_version: number;
  decision: Decision;
  body: string;
  decided_on: string;
  recorded_at: string;
  bundle_digest: string | null;
  changed_since: number | null;
}

export interface ProjectControl {
  version: number;
  origin_office_code: string | null;
  locked_filing_id: string | null;
}

/** Prepared statements for filings, opinions, decisions and attachments. */
type FilingStatement =
  | 'insertFiling' | 'filing' | 'filingVersion' | 'latestVersion' | 'projectFilings' | 'setStatus' | 'insertOpinion' | 'opinions'
  | 'insertDecision' | 'projectDecisions' | 'filingDecisions' | 'unsentDecisions' | 'unsentByUnit' | 'markSent' | 'control' | 'setLock'
  | 'insertAttachment' | 'projectAttachments' | 'attachment' | 'deleteAttachment' | 'deleteAttachments';

export function createFilingQueries(sqlite: Database.Database): Record<FilingStatement, Database.Statement> {
  const statements: Record<FilingStatement, Database.Statement> = {
    insertFiling: sqlite.prepare(
      `INSERT INTO filings (id, project_id, version, unit_code, unit_name, review_office_code, project_version, project_name, planned_year,
        total_investment_fen, snapshot, snapshot_sm3, filed_at, bundle_digest, status, status_at)
       VALUES (@id, @project_id, @version, @unit_code, @unit_name, @review_office_code, @project_version, @project_name, @planned_year,
        @total_investment_fen, @snapshot, @snapshot_sm3, @filed_at, @bundle_digest, @status, @status_at)`,
    ),
    filing: sqlite.prepare('SELECT * FROM filings WHERE id = ?'),
    filingVersion: sqlite.prepare('SELECT * FROM filings WHERE project_id = ? AND version = ?'),
    latestVersion: sqlite.prepare('SELECT MAX(version) AS version FROM filings WHERE project_id = ?'),
    projectFilings: sqlite.prepare('SELECT * FROM filings WHERE project_id = ? ORDER BY version DESC'),
    setStatus: sqlite.prepare('UPDATE filings SET status = ?, status_at = ? WHERE id = ?'),
    insertOpinion: sqlite.prepare(
      'INSERT INTO review_opinions (id, filing_id, kind, conclusion, opinion, experts, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    opinions: sqlite.prepare('SELECT * FROM review_opinions WHERE filing_id = ? ORDER BY recorded_at, id'),
    insertDecision: sqlite.prepare(
      `INSERT INTO decisions (id, filing_id, project_id, filing_version, decision, body, decided_on, recorded_at, bundle_digest, changed_since)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    projectDecisions: sqlite.prepare('SELECT * FROM decisions WHERE project_id = ? ORDER BY recorded_at DESC, id DESC'),
    filingDecisions: sqlite.prepare('SELECT * FROM decisions WHERE filing_id = ? ORDER BY recorded_at DESC, id DESC'),
    unsentDecisions: sqlite.prepare(
      `SELECT d.* FROM decisions d JOIN filings f ON f.id = d.filing_id WHERE d.bundle_digest IS NULL AND f.unit_code = ? ORDER BY d.recorded_at, d.id`,
    ),
    unsentByUnit: sqlite.prepare(
      `SELECT f.unit_code AS unit_code, f.unit_name AS unit_name, COUNT(*) AS decisions FROM decisions d JOIN filings f ON f.id = d.filing_id
       WHERE d.bundle_digest IS NULL GROUP BY f.unit_code ORDER BY f.unit_code`,
    ),
    markSent: sqlite.prepare('UPDATE decisions SET bundle_digest = ? WHERE id = ? AND bundle_digest IS NULL'),
    control: sqlite.prepare('SELECT version, origin_office_code, locked_filing_id FROM projects WHERE id = ?'),
    setLock: sqlite.prepare('UPDATE projects SET locked_filing_id = ? WHERE id = ?'),
    insertAttachment: sqlite.prepare(
      'INSERT INTO attachments (id, project_id, file_name, media_type, material_code, sm3, size, added_at, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    projectAttachments: sqlite.prepare('SELECT * FROM attachments WHERE project_id = ? ORDER BY added_at, id'),
    attachment: sqlite.prepare('SELECT * FROM attachments WHERE id = ?'),
    deleteAttachment: sqlite.prepare('DELETE FROM attachments WHERE id = ?'),
    deleteAttachments: sqlite.prepare('DELETE FROM attachments WHERE project_id = ?'),
  };
  return statements;
}

export type FilingQueries = ReturnType<typeof createFilingQueries>;

export interface AttachmentRow {
  id: string;
  project_id: string;
  file_name: string;
  media_type: string | null;
  material_code: string | null;
  sm3: string;
  size: number;
  added_at: string;
  source: string;
}

/** Received filings for the review workspace: newest version per project, filtered. */
export function listReceivedFilings(
  sqlite: Database.Database,
  filter: { status?: FilingStatus; year?: number; unitCode?: string },
): FilingRow[] {
  const where: string[] = ['f.version = (SELECT MAX(version) FROM filings g WHERE g.project_id = f.project_id)'];
  const params: (string | number)[] = [];
  const add = (clause: string, value: string | number | undefined) => {
    if (value === undefined) return;
    where.push(clause);
    params.push(value);
  };
  add('f.status = ?', filter.status);
  add('f.planned_year = ?', filter.year);
  add('f.unit_code = ?', filter.unitCode);
  return sqlite
    .prepare(`SELECT f.* FROM filings f WHERE ${where.join(' AND ')} ORDER BY f.filed_at DESC, f.id`)
    .all(...params) as FilingRow[];
}
