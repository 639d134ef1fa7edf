import type Database from 'better-sqlite3';
import { asc, gt } from 'drizzle-orm';
import type { Db } from '../client';
import { projects } from '../schema';
import { rowToProject } from './project-rows';
import { lifecycleEventSchema, type LifecycleEvent } from '../../shared/domain/lifecycle-events';
import type { Material, ProjectFacts } from '../../shared/rules/framework/facts';
import { complianceFactsSchema, projectAttributesSchema } from '../../shared/rules/framework/facts';

export interface StoredEvent {
  id: string;
  event: LifecycleEvent;
}
export interface StoredMaterial {
  id: string;
  material: Material;
}

interface EventRow { id: string; project_id: string; event: string }
interface MaterialRow { id: string; project_id: string; code: string; date: string | null; document_id: string | null }
interface FactsRow { project_id: string; attributes: string; compliance: string }

function materialOf(row: MaterialRow): Material {
  const material: Material = { code: row.code as Material['code'] };
  if (row.date) material.date = row.date;
  if (row.document_id) material.documentId = row.document_id;
  return material;
}

/** Reads a project's facts beyond the register fields; the JSON is parsed through its schema. */
export function createFactsReader(sqlite: Database.Database) {
  const events = sqlite.prepare('SELECT id, project_id, event FROM project_events WHERE project_id = ? ORDER BY date, seq');
  const materials = sqlite.prepare('SELECT id, project_id, code, date, document_id FROM project_materials WHERE project_id = ? ORDER BY seq');
  const facts = sqlite.prepare('SELECT project_id, attributes, compliance FROM project_facts WHERE project_id = ?');
  return {
    events(projectId: string): StoredEvent[] {
      return (events.all(projectId) as EventRow[]).map((row) => ({ id: row.id, event: lifecycleEventSchema.parse(JSON.parse(row.event)) }));
    },
    materials(projectId: string): StoredMaterial[] {
      return (materials.all(projectId) as MaterialRow[]).map((row) => ({ id: row.id, material: materialOf(row) }));
    },
    attributes(projectId: string) {
      const row = facts.get(projectId) as FactsRow | undefined;
      return {
        attributes: projectAttributesSchema.parse(row ? JSON.parse(row.attributes) : {}),
        compliance: complianceFactsSchema.parse(row ? JSON.parse(row.compliance) : {}),
      };
    },
  };
}

/** Every project's events, materials and attributes in three passes, grouped by project: for whole-office checks. */
export function readAllFacts(sqlite: Database.Database) {
  const events = new Map<string, LifecycleEvent[]>();
  for (const row of sqlite.prepare('SELECT project_id, event FROM project_events ORDER BY project_id, date, seq').iterate() as IterableIterator<EventRow>) {
    let list = events.get(row.project_id);
    if (!list) events.set(row.project_id, (list = []));
    list.push(JSON.parse(row.event) as LifecycleEvent);
  }
  const materials = new Map<string, Material[]>();
  for (const row of sqlite.prepare('SELECT project_id, code, date, document_id FROM project_materials ORDER BY project_id, seq').iterate() as IterableIterator<MaterialRow>) {
    let list = materials.get(row.project_id);
    if (!list) materials.set(row.project_id, (list = []));
    list.push(materialOf(row));
  }
  const attributes = new Map<string, { attributes: unknown; compliance: unknown }>();
  for (const row of sqlite.prepare('SELECT project_id, attributes, compliance FROM project_facts').iterate() as IterableIterator<FactsRow>) {
    attributes.set(row.project_id, { attributes: JSON.parse(row.attributes), compliance: JSON.parse(row.compliance) });
  }
  return { events, materials, attributes };
}

/**
 * Every project's facts, in batches of `batchSize` (by seq): what a
 * whole-office check reads. Events, materials and attributes are read once.
 */
export function* projectFactsBatches(db: Db, sqlite: Database.Database, batchSize: number): Generator<ProjectFacts[]> {
  const all = readAllFacts(sqlite);
  for (let lastSeq = 0; ; ) {
    const rows = db.select().from(projects).where(gt(projects.seq, lastSeq)).orderBy(asc(projects.seq)).limit(batchSize).all();
    if (rows.length === 0) return;
    lastSeq = rows.at(-1)!.seq;
    yield rows.map((row) => {
      const extra = all.attributes.get(row.id);
      return {
        project: rowToProject(row),
        events: all.events.get(row.id) ?? [],
        materials: all.materials.get(row.id) ?? [],
        attributes: projectAttributesSchema.parse(extra?.attributes ?? {}),
        compliance: complianceFactsSchema.parse(extra?.compliance ?? {}),
      };
    });
  }
}
