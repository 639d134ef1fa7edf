import { createApprovalReader } from '../../db/queries/approvals';
import { projectFactsBatches } from '../../db/queries/facts';
import { APPROVED_AMOUNT_ACTION, APPROVED_AMOUNT_RULE } from '../../shared/domain/approval';
import { AppError } from '../../shared/contract/errors';
import type { FactPanel, PackStatusView, ProjectReport } from '../../shared/contract/rules';
import type { Day } from '../../shared/domain/day';
import { LIFECYCLE_STAGE_LABELS, LIFECYCLE_STAGES, type LifecycleStage } from '../../shared/domain/enums';
import type { Project } from '../../shared/domain/project';
import { beijingDay, toBeijingIso } from '../../shared/domain/time';
import type { PayloadOf } from '../../shared/exchange/payloads';
import {
  checkProject,
  checklistFor,
  checkTransition,
  makeFinding,
  packFor,
  packStatus,
  prepare,
  projectDeadlines,
  stepState,
  transitionsFrom,
  provenStage,
  stageDisagreement,
  stagePath,
  STAGE_RANK,
  validityDraft,
  FactsView,
  PackNotAvailableError,
  type CheckOptions,
  type Finding,
  type Refusal,
  type RulePack,
} from '../../shared/rules';
import type { ProjectFacts } from '../../shared/rules/framework/facts';
import { factsReadBy, findingPointers } from '../../shared/rules/framework/fact-reads';
import { addDays } from '../../shared/calendar';
import { createCheckCalendar, markProvisional } from './check-calendar';
import { calendarWith, mergePolicyUpdate, readPolicyLayer, writePolicyLayer, type PolicyLayer } from './policy-layer';
import type { ServiceContext } from './context';
import type { OfficeService } from './office';

const RECHECK_BATCH = 2_000;

/** A finding the unit has explained (不适用 / 例外, not rejected) is not open: the office-wide lists leave it out. */
const NOT_EXPLAINED = "NOT EXISTS (SELECT 1 FROM finding_exceptions e WHERE e.project_id = f.project_id AND e.rule_id = f.rule_id AND e.status = 'active')";

/** Projects are rechecked in batches, yielding between them, so a whole-office check never freezes the app. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createComplianceService(ctx: ServiceContext, office: OfficeService, factsOf: (projectId: string) => ProjectFacts) {
  const { sqlite } = ctx.handle;
  // The review office's policy bundles layer parameter values and newer holiday years over the pack's.
  let layer = readPolicyLayer(sqlite);
  let calendar = layer?.calendar ? calendarWith(layer.calendar) : createCheckCalendar();
  let options: CheckOptions = { calendar, overrides: layer?.overrides };
  const deleteFindings = sqlite.prepare('DELETE FROM findings WHERE project_id = ?');
  const insertFinding = sqlite.prepare(
    'INSERT INTO findings (project_id, rule_id, regulation, article, severity, message, action, due_date, as_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );

  const asOf = (): Day => beijingDay(ctx.clock.now());
  const approvalOf = createApprovalReader(sqlite);

  /**
   * An approved amount that differs from the declared total, where the
   * regulation binds the unit to the approval (shared/domain/approval.ts);
   * elsewhere it is only the project page's notice, not a finding.
   */
  function approvalFindings(current: RulePack, facts: ProjectFacts): Finding[] {
    const summary = approvalOf(facts.project, current.meta.id);
    if (!summary?.differs || !summary.citation || !summary.message) return [];
    const citation = { regulation: current.meta.id, article: summary.citation.article };
    return [makeFinding(`${current.meta.id}/${APPROVED_AMOUNT_RULE}`, facts.project.id, citation, { severity: 'warning', message: summary.message, action: APPROVED_AMOUNT_ACTION })];
  }

  function pack(): RulePack {
    const { jurisdiction } = office.requireOffice();
    try {
      return packFor(jurisdiction);
    } catch (error) {
      if (error instanceof PackNotAvailableError) throw new AppError('notFound', `本版本尚未提供“${jurisdiction}”的规则包，暂不能检查。`);
      throw error;
    }
  }

  /** A check that cannot run (e.g. a date beyond the holiday data) is itself a finding: nothing is silently skipped. */
  function checkSafely(current: RulePack, facts: ProjectFacts, day: Day): Finding[] {
    try {
      const findings = markProvisional(checkProject(current, facts, day, options), calendar);
      const kind = packStatus(current.meta, day).kind;
      return kind === 'inForce' || kind === 'endingSoon' ? [...findings, ...approvalFindings(current, facts)] : findings;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return [
        makeFinding(`${current.meta.id}/check-error`, facts.project.id, current.meta.validityCitation, {
          severity: 'warning',
          message: `无法完成合规检查：${reason}`,
          action: '请更新规则包或节假日数据后重新检查。',
        }),
      ];
    }
  }

  function store(projectId: string, findings: readonly Finding[], day: Day): void {
    deleteFindings.run(projectId);
    for (const finding of findings) {
      insertFinding.run(projectId, finding.ruleId, finding.regulation, finding.article, finding.severity, finding.message, finding.action, finding.dueDate ?? null, day);
    }
  }

  function status(current: RulePack, day: Day): PackStatusView {
    const state = packStatus(current.meta, day);
    return {
      regulation: current.meta.id,
      title: current.meta.title,
      issuer: current.meta.issuer,
      documentNumber: current.meta.documentNumber,
      version: current.meta.version,
      validFrom: current.meta.validFrom,
      validUntil: current.meta.validUntil,
      asOf: day,
      kind: state.kind,
      daysLeft: 'daysLeft' in state ? state.daysLeft : null,
      message: validityDraft(current.meta, state)?.message ?? null,
    };
  }

  return {
    asOf,

    status(): PackStatusView {
      return status(pack(), asOf());
    },

    /** Rechecks one project and stores its findings; call inside the change's transaction. */
    /** The latest approval beside the declared total (the project page, the register). */
    approval(project: Project) {
      return approvalOf(project, pack().meta.id);
    },

    /** The review office's layer in force, if any. */
    policyLayer: () => layer,

    /**
     * Stores a verified policy update (inside the import's transaction). The
     * checks use it after `reloadPolicy()`, once that transaction committed.
     */
    storePolicyUpdate(update: PayloadOf<'policyUpdate'>): PolicyLayer {
      const next = mergePolicyUpdate(readPolicyLayer(sqlite), update, office.requireOffice().jurisdiction, pack().parameters);
      writePolicyLayer(sqlite, next, toBeijingIso(ctx.clock.now()));
      return next;
    },

    /** Takes up the stored policy layer; recheck the office afterwards. */
    reloadPolicy(): void {
      layer = readPolicyLayer(sqlite);
      calendar = layer?.calendar ? calendarWith(layer.calendar) : createCheckCalendar();
      options = { calendar, overrides: layer?.overrides };
    },

    recheckProject(projectId: string): Finding[] {
      if (!office.getOffice()) return [];
      const day = asOf();
      const findings = checkSafely(pack(), factsOf(projectId), day);
      // One transaction: the old findings go and the new ones come together (and one commit, not one per row).
      sqlite.transaction(() => store(projectId, findings, day))();
      return findings;
    },

    /** Rechecks every project (after the day, the pack or the parameters change), in batches. */
    async recheckAll(): Promise<{ asOf: Day; checked: number; findings: number; errors: number; ms: number }> {
      const started = performance.now();
      const current = pack();
      const day = asOf();
      prepare(current, day, options);
      let checked = 0;
      let findings = 0;
      let errors = 0;
      for (const batch of projectFactsBatches(ctx.handle.db, sqlite, RECHECK_BATCH)) {
        sqlite.transaction(() => {
          for (const facts of batch) {
            const result = checkSafely(current, facts, day);
            if (result.some((finding) => finding.ruleId.endsWith('/check-error'))) errors += 1;
            findings += result.length;
            store(facts.project.id, result, day);
          }
        })();
        checked += batch.length;
        await nextTurn();
      }
      return { asOf: day, checked, findings, errors, ms: performance.now() - started };
    },

    /**
     * Refuses a stage change the regulation does not allow, naming the
     * articles. A move may jump over stages the events prove: each hop is
     * checked in turn, as if the project had moved through it.
     */
    assertTransition(project: Project, to: LifecycleStage): void {
      if (project.stage === to || !office.getOffice()) return;
      const current = pack();
      const day = asOf();
      const facts = factsOf(project.id);
      const path = stagePath(current.lifecycle, project.stage, to, provenStage(facts.events, day)?.stage ?? null) ?? [to];
      let from = project;
      for (const hop of path) {
        const check = checkTransition(current, { ...facts, project: from }, hop, day, options);
        if (!check.allowed) {
          const passing = hop === to ? '' : `经过“${LIFECYCLE_STAGE_LABELS[hop]}”时：`;
          const issues = check.refusals.map((refusal) => ({ path: 'stage', message: `${passing}${refusal.message}（${refusal.citation.regulation} 第${refusal.citation.article}条）` }));
          throw new AppError('refused', `不能进入该阶段：${issues[0]?.message ?? ''}${issues.length > 1 ? `（另有 ${issues.length - 1} 项）` : ''}`, issues);
        }
        from = { ...from, stage: hop };
      }
    },

    /** The moves offered on the project page: the pack's next stages, and jumps over stages the events prove. */
    stageMoves(current: RulePack, facts: ProjectFacts, day: Day) {
      const direct = transitionsFrom(current.lifecycle, facts.project.stage).map((transition) => {
        const check = checkTransition(current, facts, transition.to, day, options);
        return { to: transition.to, citation: transition.citation, allowed: check.allowed, refusals: [...check.refusals], cautions: [...check.cautions], via: [] as LifecycleStage[] };
      });
      const proven = provenStage(facts.events, day);
      const jumps = LIFECYCLE_STAGES.flatMap((to) => {
        // Offered up to the furthest stage the events prove (a move beyond it is the pack's next step from there).
        if (direct.some((move) => move.to === to) || to === facts.project.stage || !proven || STAGE_RANK[to] > STAGE_RANK[proven.stage]) return [];
        const path = stagePath(current.lifecycle, facts.project.stage, to, proven?.stage ?? null);
        if (!path || path.length < 2) return [];
        let from = facts.project;
        const refusals: Refusal[] = [];
        const cautions: Refusal[] = [];
        for (const hop of path) {
          const check = checkTransition(current, { ...facts, project: from }, hop, day, options);
          refusals.push(...check.refusals);
          cautions.push(...check.cautions);
          from = { ...from, stage: hop };
        }
        const citation = current.lifecycle.transitions.find((transition) => transition.to === to)!.citation;
        return [{ to, citation, allowed: refusals.length === 0, refusals, cautions, via: path.slice(0, -1) }];
      });
      return { moves: [...direct, ...jumps], proven, disagreement: stageDisagreement(facts.project.stage, proven) };
    },

    /** The facts this office's pack reads, each with the articles that read it, and where each finding is closed. */
    factPanel(): FactPanel {
      const current = pack();
      return {
        declared: current.reads !== undefined,
        fields: factsReadBy(current).map((read) => ({ key: read.field.key, readBy: read.readBy.map((reader) => ({ ...reader })) })),
        pointers: Object.fromEntries(Object.entries(findingPointers(current)).map(([id, pointers]) => [id, [...pointers]])),
      };
    },

    projectReport(projectId: string): Omit<ProjectReport, 'exceptions'> {
      const current = pack();
      const day = asOf();
      const facts = factsOf(projectId);
      const { ctx: ruleContext } = prepare(current, day, options);
      const view = new FactsView(facts, day);
      const findings = (sqlite.prepare('SELECT * FROM findings WHERE project_id = ? ORDER BY seq').all(projectId) as FindingRow[]).map(findingOf);
      const moves = this.stageMoves(current, facts, day);
      return {
        status: status(current, day),
        findings,
        deadlines: projectDeadlines(current, facts, day, options).map((entry) => ({
          deadlineId: entry.deadlineId,
          title: entry.title,
          citation: entry.citation,
          dueDate: entry.instance.dueDate,
          opensOn: entry.instance.opensOn ?? null,
          doneOn: entry.instance.doneOn,
          status: entry.status,
        })),
        approvalPath: ruleContext
          ? current.approvalPath(view, ruleContext).map((step) => ({
              review: step.review,
              label: step.label,
              citation: step.citation,
              quote: step.quote,
              before: step.before,
              strength: step.strength,
              missing: stepState(view, step),
              doneOn: view.review(step.review)?.outcome === 'approved' ? view.review(step.review)!.date : null,
            }))
          : [],
        checklist: checklistFor(current, facts, 'operation', day).map((line) => ({
          title: line.item.title,
          gate: line.item.gate,
          citation: line.item.citation,
          material: line.material,
          present: line.present,
        })),
        transitions: moves.moves,
        stageEvidence: moves.proven,
        stageDisagreement: moves.disagreement,
      };
    },

    officeFindings(query: { severity: Finding['severity'] | null; page: number; pageSize: number }) {
      const where = query.severity ? `WHERE f.severity = ? AND ${NOT_EXPLAINED}` : `WHERE ${NOT_EXPLAINED}`;
      const args = query.severity ? [query.severity] : [];
      const rows = sqlite
        .prepare(`SELECT f.*, p.name AS project_name, p.unit_name FROM findings f JOIN projects p ON p.id = f.project_id ${where} ORDER BY CASE f.severity WHEN 'blocking' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, f.due_date IS NULL, f.due_date, f.seq LIMIT ? OFFSET ?`)
        .all(...args, query.pageSize, (query.page - 1) * query.pageSize) as OfficeFindingRow[];
      const counts = sqlite.prepare(`SELECT severity, count(*) AS n FROM findings f WHERE ${NOT_EXPLAINED} GROUP BY severity`).all() as { severity: Finding['severity']; n: number }[];
      const bySeverity = { blocking: 0, warning: 0, info: 0 };
      for (const count of counts) bySeverity[count.severity] = count.n;
      return { rows: rows.map(officeFindingOf), total: query.severity ? bySeverity[query.severity] : bySeverity.blocking + bySeverity.warning + bySeverity.info, bySeverity };
    },

    officeDeadlines(query: { withinDays: number; limit: number }) {
      const day = asOf();
      const select = sqlite.prepare(
        `SELECT f.*, p.name AS project_name, p.unit_name FROM findings f JOIN projects p ON p.id = f.project_id WHERE f.due_date IS NOT NULL AND f.due_date >= ? AND f.due_date <= ? AND ${NOT_EXPLAINED} ORDER BY f.due_date, f.seq LIMIT ?`,
      );
      return {
        asOf: day,
        overdue: (select.all('0000-00-00', addDays(day, -1), query.limit) as OfficeFindingRow[]).map(officeFindingOf),
        upcoming: (select.all(day, addDays(day, query.withinDays), query.limit) as OfficeFindingRow[]).map(officeFindingOf),
      };
    },
  };
}

interface FindingRow {
  project_id: string;
  rule_id: string;
  regulation: Finding['regulation'];
  article: number;
  severity: Finding['severity'];
  message: string;
  action: string;
  due_date: string | null;
}
interface OfficeFindingRow extends FindingRow {
  project_name: string;
  unit_name: string;
}

function findingOf(row: FindingRow): Finding {
  const finding = { ruleId: row.rule_id, projectId: row.project_id, regulation: row.regulation, article: row.article, severity: row.severity, message: row.message, action: row.action };
  return row.due_date ? { ...finding, dueDate: row.due_date } : finding;
}

function officeFindingOf(row: OfficeFindingRow) {
  return { ...findingOf(row), projectName: row.project_name, unitName: row.unit_name };
}

export type ComplianceService = ReturnType<typeof createComplianceService>;
