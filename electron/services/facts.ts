import { v7 as timeOrderedUuid } from 'uuid';
import { createFactsReader, type StoredEvent, type StoredMaterial } from '../../db/queries/facts';
import { AppError } from '../../shared/contract/errors';
import type { LifecycleEvent } from '../../shared/domain/lifecycle-events';
import { toBeijingIso } from '../../shared/domain/time';
import {
  complianceFactsSchema,
  projectAttributesSchema,
  type ComplianceFacts,
  type Material,
  type ProjectAttributes,
  type ProjectFacts,
} from '../../shared/rules/framework/facts';
import type { ServiceContext } from './context';
import { createEditGuard, type EditKind } from './edit-guard';
import { createHistoryWriter } from './history-chain';
import type { OfficeService } from './office';
import type { ProjectService } from './projects';

export interface ProjectFactsRecord {
  events: StoredEvent[];
  materials: StoredMaterial[];
  attributes: ProjectAttributes;
  compliance: ComplianceFacts;
}

/**
 * The facts the rule packs read beyond the register fields: dated lifecycle
 * events, materials, attributes and compliance facts. Every change is one
 * transaction with its history row, and then the project is rechecked.
 */
export function createFactsService(
  ctx: ServiceContext,
  office: OfficeService,
  projects: ProjectService,
  onChanged: (projectId: string) => void,
) {
  const { sqlite } = ctx.handle;
  const reader = createFactsReader(sqlite);
  const history = createHistoryWriter(sqlite);
  const guard = createEditGuard(sqlite);
  const insertEvent = sqlite.prepare('INSERT INTO project_events (id, project_id, kind, date, event, recorded_at) VALUES (?, ?, ?, ?, ?, ?)');
  const deleteEvent = sqlite.prepare('DELETE FROM project_events WHERE id = ? AND project_id = ?');
  const insertMaterial = sqlite.prepare('INSERT INTO project_materials (id, project_id, code, date, document_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?)');
  const deleteMaterial = sqlite.prepare('DELETE FROM project_materials WHERE id = ? AND project_id = ?');
  const deleteAllEvents = sqlite.prepare('DELETE FROM project_events WHERE project_id = ?');
  const deleteAllMaterials = sqlite.prepare('DELETE FROM project_materials WHERE project_id = ?');
  const upsertFacts = sqlite.prepare(
    'INSERT INTO project_facts (project_id, attributes, compliance, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(project_id) DO UPDATE SET attributes = excluded.attributes, compliance = excluded.compliance, updated_at = excluded.updated_at',
  );

  function record(projectId: string, field: string, before: unknown, after: unknown): void {
    history.append([
      { at: toBeijingIso(ctx.clock.now()), actor: office.requireOffice().operator, entityType: 'project', entityId: projectId, action: 'update', changes: [{ field, before, after }] },
    ]);
  }

  /** Runs one change: the project must exist, the write and its history commit together, then the recheck. */
  function change<T>(projectId: string, kind: EditKind, write: () => T): T {
    office.requireOffice();
    const result = sqlite.transaction(() => {
      projects.get(projectId);
      guard.assertEditable(projectId, kind);
      const value = write();
      onChanged(projectId);
      return value;
    })();
    return result;
  }

  function get(projectId: string): ProjectFactsRecord {
    projects.get(projectId);
    return { events: reader.events(projectId), materials: reader.materials(projectId), ...reader.attributes(projectId) };
  }

  return {
    get,

    /** What the rules read about one project. */
    factsOf(projectId: string): ProjectFacts {
      const project = projects.get(projectId);
      const { attributes, compliance } = reader.attributes(projectId);
      return {
        project,
        events: reader.events(projectId).map((stored) => stored.event),
        materials: reader.materials(projectId).map((stored) => stored.material),
        attributes,
        compliance,
      };
    },

    recordEvent(projectId: string, event: LifecycleEvent): StoredEvent {
      return change(projectId, 'events', () => {
        const id = timeOrderedUuid();
        insertEvent.run(id, projectId, event.kind, event.date, JSON.stringify(event), toBeijingIso(ctx.clock.now()));
        record(projectId, `events.${event.kind}`, null, event);
        return { id, event };
      });
    },

    /** Withdraws a wrongly recorded event; the history keeps what it was. */
    removeEvent(projectId: string, eventId: string): void {
      change(projectId, 'events', () => {
        const stored = reader.events(projectId).find((candidate) => candidate.id === eventId);
        if (!stored) throw new AppError('notFound', '未找到该事件记录，可能已被撤销。');
        deleteEvent.run(eventId, projectId);
        record(projectId, `events.${stored.event.kind}`, stored.event, null);
      });
    },

    addMaterial(projectId: string, material: Material): StoredMaterial {
      return change(projectId, 'events', () => {
        const id = timeOrderedUuid();
        insertMaterial.run(id, projectId, material.code, material.date ?? null, material.documentId ?? null, toBeijingIso(ctx.clock.now()));
        record(projectId, `materials.${material.code}`, null, material);
        return { id, material };
      });
    },

    removeMaterial(projectId: string, materialId: string): void {
      change(projectId, 'events', () => {
        const stored = reader.materials(projectId).find((candidate) => candidate.id === materialId);
        if (!stored) throw new AppError('notFound', '未找到该材料记录，可能已被移除。');
        deleteMaterial.run(materialId, projectId);
        record(projectId, `materials.${stored.material.code}`, stored.material, null);
      });
    },

    /**
     * Replaces every fact of a project with a filing's (the review office's
     * read-only copy of a unit's project). Runs inside the import's transaction,
     * which writes the history entry and rechecks; the filing snapshot keeps
     * what the facts were before.
     */
    replaceWithFiled(projectId: string, filed: Pick<ProjectFacts, 'events' | 'materials' | 'attributes' | 'compliance'>, at: string): void {
      deleteAllEvents.run(projectId);
      deleteAllMaterials.run(projectId);
      for (const event of filed.events) insertEvent.run(timeOrderedUuid(), projectId, event.kind, event.date, JSON.stringify(event), at);
      for (const material of filed.materials) insertMaterial.run(timeOrderedUuid(), projectId, material.code, material.date ?? null, material.documentId ?? null, at);
      upsertFacts.run(projectId, JSON.stringify(filed.attributes), JSON.stringify(filed.compliance), at);
    },

    setAttributes(projectId: string, attributes: ProjectAttributes, compliance: ComplianceFacts): ProjectFactsRecord {
      return change(projectId, 'attributes', () => {
        const before = reader.attributes(projectId);
        const after = { attributes: projectAttributesSchema.parse(attributes), compliance: complianceFactsSchema.parse(compliance) };
        upsertFacts.run(projectId, JSON.stringify(after.attributes), JSON.stringify(after.compliance), toBeijingIso(ctx.clock.now()));
        if (JSON.stringify(before.attributes) !== JSON.stringify(after.attributes)) record(projectId, 'attributes', before.attributes, after.attributes);
        if (JSON.stringify(before.compliance) !== JSON.stringify(after.compliance)) record(projectId, 'compliance', before.compliance, after.compliance);
        return get(projectId);
      });
    },
  };
}

export type FactsService = ReturnType<typeof createFactsService>;
