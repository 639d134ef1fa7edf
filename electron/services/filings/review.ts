import { v7 as timeOrderedUuid } from 'uuid';
import { createFilingQueries, type DecisionRow, type FilingRow, type OpinionRow } from '../../../db/queries/filings';
import { AppError } from '../../../shared/contract/errors';
import type { Day } from '../../../shared/domain/day';
import { decisionAllowed, DECISION_LABELS, FILING_STATUS_LABELS, STATUS_AFTER, type Decision, type ReviewOpinion } from '../../../shared/domain/filing';
import type { ReviewKind } from '../../../shared/domain/lifecycle-events';
import type { RegulationId } from '../../../shared/domain/regulations';
import { toBeijingIso } from '../../../shared/domain/time';
import { DECISION_OUTCOME, reviewDecisionSchema, type PayloadOf } from '../../../shared/exchange/payloads';
import type { ServiceContext } from '../context';
import type { WrittenBundle } from '../exchange/bundle-writer';
import type { ExchangeService } from '../exchange';
import type { ExceptionService } from '../exceptions';
import { createHistoryWriter } from '../history-chain';
import type { OfficeService } from '../office';
import type { ExchangeFoldersService } from './folders';

export interface DecisionInput {
  decision: Decision;
  review: ReviewKind;
  date: Day;
  opinion: string;
  citations: { regulation: RegulationId; article: number }[];
  documentNo?: string;
  approvedAmountFen?: number;
}

export interface ReviewDeps {
  ctx: ServiceContext;
  office: OfficeService;
  exchange: ExchangeService;
  folders: ExchangeFoldersService;
  exceptions: ExceptionService;
}

/**
 * The review office's work on a received filing: opinions (technical,
 * finance, with the experts), then a decision citing its articles, then the
 * decisions sent back to the unit in one signed bundle.
 */
export function createReviewDesk(deps: ReviewDeps) {
  const { sqlite } = deps.ctx.handle;
  const q = createFilingQueries(sqlite);
  const history = createHistoryWriter(sqlite);
  const now = () => toBeijingIso(deps.ctx.clock.now());

  function requireReviewOffice() {
    const me = deps.office.requireOffice();
    if (me.role !== 'reviewOffice') throw new AppError('refused', '本机是项目建设单位：审查意见和决定由审查部门作出。');
    return me;
  }

  function openFiling(filingId: string): FilingRow {
    const filing = q.filing.get(filingId) as FilingRow | undefined;
    if (!filing) throw new AppError('notFound', '未找到该申报，可能编号有误。');
    const latest = (q.latestVersion.get(filing.project_id) as { version: number }).version;
    if (filing.version !== latest) {
      throw new AppError('refused', `“${filing.project_name}”已有更新的第 ${latest} 版申报：请审查最新版本（第 ${filing.version} 版已被取代）。`);
    }
    return filing;
  }

  return {
    recordOpinion(filingId: string, opinion: ReviewOpinion): OpinionRow {
      const me = requireReviewOffice();
      return sqlite.transaction(() => {
        const filing = openFiling(filingId);
        if (filing.status === 'approved') throw new AppError('refused', `“${filing.project_name}”第 ${filing.version} 版申报已批准，不再记录审查意见。`);
        const row: OpinionRow = {
          id: timeOrderedUuid(), filing_id: filing.id, kind: opinion.kind, conclusion: opinion.conclusion, opinion: opinion.opinion,
          experts: JSON.stringify(opinion.experts), recorded_at: now(), recorded_by: me.operator,
        };
        q.insertOpinion.run(row.id, row.filing_id, row.kind, row.conclusion, row.opinion, row.experts, row.recorded_at, row.recorded_by);
        history.append([{
          at: row.recorded_at, actor: me.operator, entityType: 'project', entityId: filing.project_id, action: 'review',
          changes: [{ field: `opinion.${opinion.kind}`, after: { filingVersion: filing.version, ...opinion } }],
        }]);
        return row;
      })();
    },

    /** Rejects one of the unit's exceptions in the filing under review; the decision on it carries the rejection back. */
    rejectException(filingId: string, exceptionId: string, reason: string) {
      requireReviewOffice();
      const filing = openFiling(filingId);
      if (filing.status === 'approved') throw new AppError('refused', `“${filing.project_name}”第 ${filing.version} 版申报已批准，不再驳回其中的例外说明。`);
      return deps.exceptions.reject(filing.project_id, exceptionId, reason);
    },

    decide(filingId: string, input: DecisionInput): DecisionRow {
      const me = requireReviewOffice();
      return sqlite.transaction(() => {
        const filing = openFiling(filingId);
        if (!decisionAllowed(filing.status, input.decision)) {
          throw new AppError('refused', `“${filing.project_name}”第 ${filing.version} 版申报当前为“${FILING_STATUS_LABELS[filing.status]}”，不能作“${DECISION_LABELS[input.decision]}”决定。`);
        }
        const opinions = (q.opinions.all(filing.id) as OpinionRow[]).map((row) => ({
          kind: row.kind, conclusion: row.conclusion, opinion: row.opinion, experts: JSON.parse(row.experts) as string[],
        }));
        const parsed = reviewDecisionSchema.safeParse({
          projectId: filing.project_id, projectName: filing.project_name, filingVersion: filing.version, decision: input.decision,
          review: input.review, outcome: DECISION_OUTCOME[input.decision], opinions, date: input.date, documentNo: input.documentNo,
          approvedAmountFen: input.approvedAmountFen, opinion: input.opinion, reviewer: me.operator, citations: input.citations, attachments: [],
          rejectedExceptions: deps.exceptions.rejectedOf(filing.project_id),
        });
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          throw new AppError('validation', issue.message, [{ path: issue.path.join('.'), message: issue.message }]);
        }
        const at = now();
        const { attachments: _attachments, ...body } = parsed.data;
        void _attachments;
        const row: DecisionRow = {
          id: timeOrderedUuid(), filing_id: filing.id, project_id: filing.project_id, filing_version: filing.version, decision: input.decision,
          body: JSON.stringify(body), decided_on: input.date, recorded_at: at, bundle_digest: null, changed_since: null,
        };
        q.insertDecision.run(row.id, row.filing_id, row.project_id, row.filing_version, row.decision, row.body, row.decided_on, row.recorded_at, null, null);
        q.setStatus.run(STATUS_AFTER[input.decision], at, filing.id);
        history.append([{
          at, actor: me.operator, entityType: 'project', entityId: filing.project_id, action: 'decide',
          changes: [{ field: 'decision', after: { filingVersion: filing.version, decision: input.decision, documentNo: input.documentNo ?? null, approvedAmountFen: input.approvedAmountFen ?? null, citations: input.citations, rejectedExceptions: parsed.data.rejectedExceptions.length } }],
        }]);
        return row;
      })();
    },

    /** Units with decisions not yet sent, and how many. */
    pending(): { unitCode: string; unitName: string; decisions: number }[] {
      requireReviewOffice();
      return (q.unsentByUnit.all() as { unit_code: string; unit_name: string; decisions: number }[]).map((row) => ({
        unitCode: row.unit_code, unitName: row.unit_name, decisions: row.decisions,
      }));
    },

    /**
     * Every decision not yet sent to `unitCode`, in one signed bundle; they are marked sent with the bundle.
     * One send at a time per unit: a second waits, then finds the decisions the first marked sent.
     */
    async send(unitCode: string, passphrase: string, file?: string): Promise<{ file: string; digest: string; sequence: number; decisions: number }> {
      requireReviewOffice();
      return deps.exchange.onLink(unitCode, () => sendNow(unitCode, passphrase, file));
    },
  };

  async function sendNow(unitCode: string, passphrase: string, file?: string): Promise<{ file: string; digest: string; sequence: number; decisions: number }> {
    const me = requireReviewOffice();
    const rows = q.unsentDecisions.all(unitCode) as DecisionRow[];
    if (rows.length === 0) throw new AppError('notFound', `没有待发给 ${unitCode} 的审查决定。`);
    const payload: PayloadOf<'reviewDecision'> = { decisions: rows.map((row) => ({ ...JSON.parse(row.body), attachments: [] })) };
    const at = now();
    const target = file ?? ((sequence: number) => deps.folders.outboxFile(`审查决定-${unitCode}`, sequence));
    const record = (written: WrittenBundle) => {
      for (const row of rows) {
        if (q.markSent.run(written.digest, row.id).changes !== 1) throw new AppError('conflict', '审查决定已由另一次发送发出，请刷新后重试。');
      }
      history.append(rows.map((row) => ({
        at, actor: me.operator, entityType: 'project', entityId: row.project_id, action: 'decide' as const,
        changes: [{ field: 'decision.sent', after: { decision: row.decision, filingVersion: row.filing_version, bundle: written.digest, to: unitCode } }],
      })));
    };
    const written = await deps.exchange.exportBundle({ file: target, recipientCode: unitCode, payloadType: 'reviewDecision', payload, signer: { passphrase }, record });
    return { file: written.file, digest: written.digest, sequence: written.manifest.sequence, decisions: rows.length };
  }
}

export type ReviewDesk = ReturnType<typeof createReviewDesk>;
