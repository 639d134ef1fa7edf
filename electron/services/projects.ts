import { v7 as timeOrderedUuid } from 'uuid';
import { eq, sql } from 'drizzle-orm';
import { listProjects, listUnitNames } from '../../db/queries/project-list';
import { rowToProject } from '../../db/queries/project-rows';
import { createProjectWriter } from '../../db/queries/project-write';
import { projects } from '../../db/schema';
import type { ProjectListQuery } from '../../shared/contract/project';
import { AppError } from '../../shared/contract/errors';
import { approvalStateOf, createApprovalReader, createApprovalStateReader } from '../../db/queries/approvals';
import { readOfficeNames } from '../../db/queries/office-names';
import type { FieldChange, HistoryEntry, ReadableHistoryEntry } from '../../shared/domain/history';
import { describeHistoryEntry } from '../../shared/domain/history-text';
import { blankProject, type Project, type ProjectFields } from '../../shared/domain/project';
import type { Day } from '../../shared/domain/day';
import { beijingDay, toBeijingIso } from '../../shared/domain/time';
import type { ServiceContext } from './context';
import { createEditGuard } from './edit-guard';
import { createHistoryWriter, readEntityHistory, type NewHistoryEntry } from './history-chain';
import type { OfficeService } from './office';

/**
 * Every field's path, so the history names `funding.superior`, not a blob.
 * Computed once: diffs run for every row of a bulk import.
 */
// ownerType is optional (absent: not recorded), so blankProject leaves it out; it is diffed all the same.
const FIELD_PATHS: readonly (readonly [string, (fields: ProjectFields) => unknown])[] = Object.entries({ ...blankProject(2000), ownerType: null }).flatMap(
  ([key, value]) =>
    value !== null && typeof value === 'object'
      ? Object.keys(value).map((inner) => [`${key}.${inner}`, (fields: ProjectFields) => (fields as unknown as Record<string, Record<string, unknown>>)[key]![inner]] as const)
      : [[key, (fields: ProjectFields) => (fields as unknown as Record<string, unknown>)[key]] as const],
);

/** The changed fields, before → after; for a new project (`before` null) every field, with `before` left out. */
export function diffFields(before: ProjectFields | null, after: ProjectFields): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, read] of FIELD_PATHS) {
    const value = read(after) ?? null;
    if (before === null) {
      if (value !== null) changes.push({ field, after: value });
      continue;
    }
    const old = read(before) ?? null;
    if (old !== value) changes.push({ field, before: old, after: value });
  }
  return changes;
}

function fieldsOf(project: Project): ProjectFields {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, version: _version, ...fields } = project;
  return fields;
}

/** What other services do around a project's changes (set once all services exist). */
export interface ProjectHooks {
  /** Inside the change's transaction: recheck the project's findings. */
  afterChange(projectId: string): void;
  /** Before a stage change: throw a refusal naming the article when the regulation does not allow it. */
  assertTransition(current: Project, to: Project['stage']): void;
  /** After a bulk import committed: refresh planner statistics, schedule the recheck. */
  afterBulkImport(): void;
}

export function createProjectService(ctx: ServiceContext, office: OfficeService, hooks: ProjectHooks) {
  const { sqlite } = ctx.handle;
  const writer = createProjectWriter(sqlite);
  const history = createHistoryWriter(sqlite);
  const guard = createEditGuard(sqlite);
  const approvalOf = createApprovalReader(sqlite);
  const latestFilingStatus = createApprovalStateReader(sqlite);

  // Prepared once: building the query each time cost ~0.14 ms, most of a recheck's read.
  const byId = ctx.handle.db.select().from(projects).where(eq(projects.id, sql.placeholder('id'))).prepare();

  function find(id: string): Project | null {
    const row = byId.get({ id });
    return row ? rowToProject(row) : null;
  }

  function get(id: string): Project {
    const project = find(id);
    if (!project) throw new AppError('notFound', '未找到该项目，可能编号有误。');
    return project;
  }

  function historyEntry(project: Project, action: NewHistoryEntry['action'], changes: FieldChange[], actor: string): NewHistoryEntry {
    return { at: project.updatedAt, actor, entityType: 'project', entityId: project.id, action, changes };
  }

  /**
   * Writes new projects and their history in one transaction; all or nothing.
   * Ids are UUIDv7 (time-ordered), so the id and history indexes grow at their
   * end instead of splitting random pages.
   */
  const insertAll = sqlite.transaction((items: readonly ProjectFields[], action: 'create' | 'import', actor: string) => {
    const now = toBeijingIso(ctx.clock.now());
    const created: Project[] = [];
    const entries: NewHistoryEntry[] = [];
    for (const fields of items) {
      const project: Project = { ...fields, id: timeOrderedUuid(), createdAt: now, updatedAt: now, version: 1 };
      writer.insert(project);
      entries.push(historyEntry(project, action, diffFields(null, fields), actor));
      created.push(project);
    }
    history.append(entries);
    return created;
  });

  return {
    get,

    create(fields: ProjectFields): Project {
      const actor = office.requireOffice().operator;
      return sqlite.transaction(() => {
        const project = insertAll([fields], 'create', actor)[0]!;
        hooks.afterChange(project.id);
        return project;
      })();
    },

    /**
     * Bulk import (ledgers, seeding): one transaction, one history row per
     * project. Findings are not rechecked row by row; the caller runs the
     * whole-office recheck afterwards (in batches, off the hot path).
     */
    importMany(items: readonly ProjectFields[]): number {
      const actor = office.requireOffice().operator;
      const count = insertAll(items, 'import', actor).length;
      hooks.afterBulkImport();
      return count;
    },

    update(id: string, expectedVersion: number, fields: ProjectFields, extra: FieldChange[] = []): Project {
      const actor = office.requireOffice().operator;
      return sqlite.transaction(() => {
        const current = get(id);
        if (current.version !== expectedVersion) {
          throw new AppError('conflict', `该项目已被修改（当前第 ${current.version} 版，您编辑的是第 ${expectedVersion} 版），请刷新后再改。`);
        }
        const changes = diffFields(fieldsOf(current), fields);
        if (changes.length === 0) return current;
        guard.assertEditable(id, changes.every((change) => change.field === 'stage') ? 'stage' : 'fields');
        if (fields.stage !== current.stage) hooks.assertTransition(current, fields.stage);
        const updated: Project = {
          ...fields,
          id,
          createdAt: current.createdAt,
          updatedAt: toBeijingIso(ctx.clock.now()),
          version: current.version + 1,
        };
        if (!writer.update(updated, expectedVersion)) {
          throw new AppError('conflict', '该项目已被修改，请刷新后再改。');
        }
        history.append([historyEntry(updated, 'update', [...changes, ...extra], actor)]);
        hooks.afterChange(id);
        return updated;
      })();
    },

    /**
     * Moves the project to another stage; the regulation's state machine
     * decides (hooks.assertTransition). `date` is the day it entered the stage,
     * not after today; the history keeps it beside the move.
     */
    transition(id: string, expectedVersion: number, to: Project['stage'], date?: Day): Project {
      const current = get(id);
      const today = beijingDay(ctx.clock.now());
      if (date !== undefined && date > today) throw new AppError('validation', `阶段变更日期 ${date} 晚于今天（${today}），请填写项目实际进入该阶段的日期。`, [{ path: 'date', message: '阶段变更日期不能晚于今天' }]);
      return this.update(id, expectedVersion, { ...fieldsOf(current), stage: to }, current.stage === to ? [] : [{ field: 'stageDate', after: date ?? today }]);
    },

    /** A page of the register, each row with its approval beside its declared amount. */
    list(query: ProjectListQuery) {
      const page = listProjects(ctx.handle.db, query);
      const jurisdiction = office.getOffice()?.jurisdiction;
      const approvals = page.rows.map((project) => {
        const summary = jurisdiction ? approvalOf(project, jurisdiction) : null;
        const { status, locked } = latestFilingStatus(project.id);
        return {
          projectId: project.id,
          state: approvalStateOf(status, locked, summary),
          approvedAmountFen: summary?.approvedAmountFen ?? null,
          documentNo: summary?.documentNo ?? null,
          differs: summary?.differs ?? false,
        };
      });
      return { ...page, approvals };
    },

    units(): string[] {
      return listUnitNames(ctx.handle.db);
    },

    history(id: string): HistoryEntry[] {
      get(id);
      return readEntityHistory(sqlite, 'project', id);
    },

    /** The history in words, other offices named by their names (the trust list, the filings received). */
    readableHistory(id: string): ReadableHistoryEntry[] {
      const entries = this.history(id);
      const names = readOfficeNames(sqlite, office.getOffice());
      return entries.map((entry) => ({ ...entry, text: describeHistoryEntry(entry, names) }));
    },

    count(): number {
      return ctx.handle.db.select({ n: sql<number>`count(*)` }).from(projects).get()?.n ?? 0;
    },
  };
}

export type ProjectService = ReturnType<typeof createProjectService>;
