import { v7 as timeOrderedUuid } from 'uuid';
import { AppError } from '../../shared/contract/errors';
import type { ExceptionInput, ExceptionStatus, FindingException } from '../../shared/domain/exceptions';
import type { RegulationId } from '../../shared/domain/regulations';
import { toBeijingIso } from '../../shared/domain/time';
import type { FiledException } from '../../shared/exchange/payloads';
import type { ServiceContext } from './context';
import { createEditGuard } from './edit-guard';
import { createHistoryWriter } from './history-chain';
import type { OfficeService } from './office';
import type { ProjectService } from './projects';

interface ExceptionRow {
  id: string;
  project_id: string;
  rule_id: string;
  regulation: RegulationId;
  article: number;
  reason: string;
  document_id: string | null;
  document_name: string | null;
  recorded_at: string;
  recorded_by: string;
  status: ExceptionStatus;
  closed_at: string | null;
  closed_by: string | null;
  rejection_reason: string | null;
}

function viewOf(row: ExceptionRow): FindingException {
  return {
    id: row.id, ruleId: row.rule_id, regulation: row.regulation, article: row.article, reason: row.reason,
    documentId: row.document_id, documentName: row.document_name, recordedAt: row.recorded_at, recordedBy: row.recorded_by,
    status: row.status, closedAt: row.closed_at, closedBy: row.closed_by, rejectionReason: row.rejection_reason,
  };
}

/**
 * Reasoned exceptions on findings (不适用 / 例外). The unit states one with
 * its reason (and a supporting attachment); it travels in the filing; the
 * review office may reject it, and its decision carries the rejection back.
 * Nothing is deleted: a closed exception keeps who closed it and why.
 */
export function createExceptionService(ctx: ServiceContext, office: OfficeService, projects: ProjectService, onChanged: (projectId: string) => void) {
  const { sqlite } = ctx.handle;
  const history = createHistoryWriter(sqlite);
  const guard = createEditGuard(sqlite);
  const byProject = sqlite.prepare('SELECT * FROM finding_exceptions WHERE project_id = ? ORDER BY recorded_at DESC, id DESC');
  const byId = sqlite.prepare('SELECT * FROM finding_exceptions WHERE id = ? AND project_id = ?');
  const activeFor = sqlite.prepare("SELECT * FROM finding_exceptions WHERE project_id = ? AND rule_id = ? AND status = 'active'");
  const findingFor = sqlite.prepare('SELECT regulation, article FROM findings WHERE project_id = ? AND rule_id = ? ORDER BY seq LIMIT 1');
  const attachment = sqlite.prepare('SELECT file_name FROM attachments WHERE id = ? AND project_id = ?').pluck();
  const insert = sqlite.prepare(
    `INSERT INTO finding_exceptions (id, project_id, rule_id, regulation, article, reason, document_id, document_name, recorded_at, recorded_by, status)
     VALUES (@id, @project_id, @rule_id, @regulation, @article, @reason, @document_id, @document_name, @recorded_at, @recorded_by, 'active')`,
  );
  const close = sqlite.prepare(
    "UPDATE finding_exceptions SET status = ?, closed_at = ?, closed_by = ?, rejection_reason = ? WHERE id = ? AND status = 'active'",
  );
  const removeFiled = sqlite.prepare('DELETE FROM finding_exceptions WHERE project_id = ?');
  const now = () => toBeijingIso(ctx.clock.now());

  function recordHistory(projectId: string, action: 'update' | 'review' | 'receive', before: unknown, after: unknown): void {
    history.append([{ at: now(), actor: office.requireOffice().operator, entityType: 'project', entityId: projectId, action, changes: [{ field: 'exception', before, after }] }]);
  }

  const summary = (row: ExceptionRow) => ({ ruleId: row.rule_id, article: row.article, reason: row.reason, document: row.document_name, status: row.status });

  return {
    list(projectId: string): FindingException[] {
      return (byProject.all(projectId) as ExceptionRow[]).map(viewOf);
    },

    /** States an exception on one of the project's current findings; refused when there is no such finding or one is already stated. */
    record(projectId: string, input: ExceptionInput): FindingException {
      const me = office.requireOffice();
      return sqlite.transaction(() => {
        projects.get(projectId);
        guard.assertEditable(projectId, 'events');
        const finding = findingFor.get(projectId, input.ruleId) as { regulation: RegulationId; article: number } | undefined;
        if (!finding) throw new AppError('validation', '该项目当前没有这条检查结果，无需说明例外。', [{ path: 'ruleId', message: '没有这条检查结果' }]);
        if (activeFor.get(projectId, input.ruleId)) throw new AppError('refused', '这条检查结果已说明例外；如需修改，请先撤回原说明。');
        let documentName: string | null = null;
        if (input.documentId) {
          documentName = (attachment.get(input.documentId, projectId) as string | undefined) ?? null;
          if (documentName === null) throw new AppError('validation', '所选附件不属于该项目，可能已被移除。', [{ path: 'documentId', message: '附件不存在' }]);
        }
        const row: ExceptionRow = {
          id: timeOrderedUuid(), project_id: projectId, rule_id: input.ruleId, regulation: finding.regulation, article: finding.article,
          reason: input.reason, document_id: input.documentId ?? null, document_name: documentName, recorded_at: now(), recorded_by: me.operator,
          status: 'active', closed_at: null, closed_by: null, rejection_reason: null,
        };
        insert.run(row);
        recordHistory(projectId, 'update', null, summary(row));
        onChanged(projectId);
        return viewOf(row);
      })();
    },

    /** The unit takes back its own statement: the finding is open again. */
    withdraw(projectId: string, exceptionId: string): FindingException {
      const me = office.requireOffice();
      return sqlite.transaction(() => {
        guard.assertEditable(projectId, 'events');
        const row = byId.get(exceptionId, projectId) as ExceptionRow | undefined;
        if (!row || row.status !== 'active') throw new AppError('notFound', '未找到该例外说明，可能已撤回或被驳回。');
        close.run('withdrawn', now(), me.operator, null, exceptionId);
        recordHistory(projectId, 'update', summary(row), { ...summary(row), status: 'withdrawn' });
        onChanged(projectId);
        return viewOf(byId.get(exceptionId, projectId) as ExceptionRow);
      })();
    },

    /** The active exceptions, as they travel in a filing. */
    filedOf(projectId: string): FiledException[] {
      return (byProject.all(projectId) as ExceptionRow[])
        .filter((row) => row.status === 'active')
        .reverse()
        .map((row) => ({
          id: row.id, ruleId: row.rule_id, article: row.article, reason: row.reason, recordedAt: row.recorded_at, recordedBy: row.recorded_by,
          ...(row.document_id ? { documentId: row.document_id } : {}), ...(row.document_name ? { documentName: row.document_name } : {}),
        }));
    },

    /** At the review office: the filing's exceptions replace the copy's (inside the import's transaction; the snapshot keeps the earlier ones). */
    replaceWithFiled(projectId: string, regulation: RegulationId, filed: readonly FiledException[]): void {
      removeFiled.run(projectId);
      for (const exception of filed) {
        insert.run({
          id: exception.id, project_id: projectId, rule_id: exception.ruleId, regulation, article: exception.article, reason: exception.reason,
          document_id: exception.documentId ?? null, document_name: exception.documentName ?? null, recorded_at: exception.recordedAt, recorded_by: exception.recordedBy,
        });
      }
    },

    /** At the review office: it does not accept a unit's exception; its next decision on the filing carries the rejection. */
    reject(projectId: string, exceptionId: string, reason: string): FindingException {
      const me = office.requireOffice();
      if (me.role !== 'reviewOffice') throw new AppError('refused', '本机是项目建设单位：例外说明由审查部门驳回。');
      return sqlite.transaction(() => {
        const row = byId.get(exceptionId, projectId) as ExceptionRow | undefined;
        if (!row || row.status !== 'active') throw new AppError('notFound', '未找到该例外说明，可能已被驳回或单位已重新报送。');
        close.run('rejected', now(), me.operator, reason, exceptionId);
        recordHistory(projectId, 'review', summary(row), { ...summary(row), status: 'rejected', rejection: reason });
        return viewOf(byId.get(exceptionId, projectId) as ExceptionRow);
      })();
    },

    /** At the review office: the rejections a decision on this project carries. */
    rejectedOf(projectId: string): { id: string; ruleId: string; reason: string }[] {
      return (byProject.all(projectId) as ExceptionRow[])
        .filter((row) => row.status === 'rejected')
        .map((row) => ({ id: row.id, ruleId: row.rule_id, reason: row.rejection_reason ?? '' }));
    },

    /**
     * At the unit, inside the decision's import: each rejected exception still
     * active here is closed as rejected, with the office's reason; its finding
     * is open again after the recheck. Returns how many were reopened.
     */
    applyRejections(projectId: string, rejections: readonly { id: string; reason: string }[], officeName: string): number {
      let reopened = 0;
      for (const rejection of rejections) {
        const row = byId.get(rejection.id, projectId) as ExceptionRow | undefined;
        if (!row || row.status !== 'active') continue;
        close.run('rejected', now(), officeName, rejection.reason, rejection.id);
        recordHistory(projectId, 'receive', summary(row), { ...summary(row), status: 'rejected', rejection: rejection.reason, by: officeName });
        reopened += 1;
      }
      return reopened;
    },
  };
}

export type ExceptionService = ReturnType<typeof createExceptionService>;
