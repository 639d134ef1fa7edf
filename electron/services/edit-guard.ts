import type Database from 'better-sqlite3';
import { readOfficeNames } from '../../db/queries/office-names';
import { AppError } from '../../shared/contract/errors';

/**
 * What may still change on a project:
 * - at a review office, a project received from a unit is the unit's: read-only here;
 * - at a unit, an approved filing locks what was declared and approved (the
 *   register fields and the project's attributes), as DHIS2 locks approved
 *   data. The project's life goes on: stage moves, lifecycle events and
 *   materials are still recorded. Reopening takes the review office's decision.
 */
export type EditKind = 'fields' | 'stage' | 'events' | 'attributes';

export function createEditGuard(sqlite: Database.Database) {
  const control = sqlite.prepare(
    `SELECT p.origin_office_code AS origin, f.version AS version, f.status_at AS approved_at, f.review_office_code AS office
     FROM projects p LEFT JOIN filings f ON f.id = p.locked_filing_id WHERE p.id = ?`,
  );
  return {
    assertEditable(projectId: string, kind: EditKind): void {
      const row = control.get(projectId) as { origin: string | null; version: number | null; approved_at: string | null; office: string | null } | undefined;
      if (!row) return; // the caller reports the missing project
      // Offices are named by their names (trust list, filings), the code only when this office has no name for it.
      const nameOf = (code: string | null) => (code ? (readOfficeNames(sqlite, null)(code) ?? `代码为 ${code} 的单位`) : '审查部门');
      if (row.origin) {
        throw new AppError('refused', `该项目由${nameOf(row.origin)}报送，在审查部门只读：项目内容以建设单位报送的为准。`);
      }
      if (row.version !== null && (kind === 'fields' || kind === 'attributes')) {
        throw new AppError(
          'refused',
          `该项目第 ${row.version} 版申报已于 ${row.approved_at?.slice(0, 10) ?? ''} 获批准并锁定（批准的审查部门：${nameOf(row.office)}）：申报内容不能再改（阶段、事件和材料仍可记录）。如需变更，请${nameOf(row.office)}作出“重新开放”的决定。`,
        );
      }
    },
  };
}

export type EditGuard = ReturnType<typeof createEditGuard>;
