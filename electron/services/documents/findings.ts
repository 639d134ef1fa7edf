import type Database from 'better-sqlite3';
import type { RegulationId } from '../../../shared/domain/regulations';
import type { Finding, Severity } from '../../../shared/rules/framework/finding';

interface FindingRow {
  rule_id: string;
  project_id: string;
  regulation: RegulationId;
  article: number;
  severity: Severity;
  message: string;
  action: string;
  due_date: string | null;
}

/**
 * The project's stored findings, as the last recheck wrote them. Read directly
 * rather than through `rules.projectReport`, which also computes deadlines and
 * transitions and can fail where a form need not (e.g. beyond the holiday data).
 */
export function storedFindingsReader(sqlite: Database.Database): (projectId: string) => Finding[] {
  const select = sqlite.prepare('SELECT rule_id, project_id, regulation, article, severity, message, action, due_date FROM findings WHERE project_id = ? ORDER BY seq');
  return (projectId) =>
    (select.all(projectId) as FindingRow[]).map((row) => {
      const finding: Finding = { ruleId: row.rule_id, projectId: row.project_id, regulation: row.regulation, article: row.article, severity: row.severity, message: row.message, action: row.action };
      return row.due_date ? { ...finding, dueDate: row.due_date } : finding;
    });
}
