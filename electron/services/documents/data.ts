/**
 * What a form is built from: plain JSON (it crosses into the render worker by
 * structured clone), gathered by the document service from the other services.
 * Forms are pure functions of it and never read the clock or the database.
 */
import type { Day } from '../../../shared/domain/day';
import type { FormProfile } from '../../../shared/domain/forms';
import type { LifecycleEvent, EventKind, EventOf } from '../../../shared/domain/lifecycle-events';
import type { MaterialCode } from '../../../shared/domain/materials';
import type { Office } from '../../../shared/domain/office';
import type { Project } from '../../../shared/domain/project';
import type { RegulationId } from '../../../shared/domain/regulations';
import type { Finding } from '../../../shared/rules/framework/finding';
import type { ComplianceFacts, Material, ProjectAttributes } from '../../../shared/rules/framework/facts';

export interface DocumentHeader {
  office: Office;
  /** The document's date: today in Beijing time. */
  day: Day;
  /** The same instant as an ISO timestamp (the PDF's creation date). */
  createdAt: string;
  /** The office's regulation: its title, and its document number when the rule pack knows it. */
  regulation: { id: RegulationId; title: string; documentNumber: string | null };
  /** The rule pack's validity warning (e.g. the regulation has expired), for reports that rest on it; null otherwise. */
  notice: string | null;
}

/** One project with its facts and its stored findings. */
export interface ProjectBundle {
  project: Project;
  events: LifecycleEvent[];
  materials: Material[];
  attributes: ProjectAttributes;
  compliance: ComplianceFacts;
  findings: Finding[];
}

export interface DocumentData {
  header: DocumentHeader;
  /** The form as the office's regulation defines it (or the plain form): title, 附件, bodies, articles, checklists. */
  form: FormProfile;
  /** The project a project form is about (and a one-system inventory). */
  subject: ProjectBundle | null;
  /** The year a year form covers. */
  year: number | null;
  /**
   * A year form's projects, in order. The annual plan needs only the register
   * row, so its bundles carry empty facts; the inventory's carry them all.
   */
  rows: ProjectBundle[];
}

export interface RenderedPdf {
  bytes: Uint8Array;
  pages: number;
}

// ——— reading a bundle ———

export function eventsOf<K extends EventKind>(bundle: ProjectBundle, kind: K): EventOf<K>[] {
  return bundle.events.filter((event): event is EventOf<K> => event.kind === kind).sort((a, b) => a.date.localeCompare(b.date));
}

export function lastEvent<K extends EventKind>(bundle: ProjectBundle, kind: K): EventOf<K> | undefined {
  return eventsOf(bundle, kind).at(-1);
}

export function hasMaterial(bundle: ProjectBundle, code: MaterialCode): boolean {
  return bundle.materials.some((material) => material.code === code);
}
