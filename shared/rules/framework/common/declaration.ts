/**
 * The yearly declaration: projects for year Y are declared by a fixed day of
 * year Y − 1 (xichuan-2025 第七条 “每年6月底前”, xunyang-2022 第七条 “每年9月底前”,
 * chenzhou-2022 第六条 “每年度末”). A fixed date, never moved (periods.ts).
 * Checked until the project is past review without a declaration.
 */
import type { Citation } from '../../../domain/regulations';
import { daysBetween } from '../dates';
import type { DeadlineDefinition, DeadlineInstance } from '../deadline';
import { fixedDate } from '../periods';
import { STAGE_RANK } from '../stages';
import type { FactsView } from '../view';

/** A finding's words, without its severity (info while due soon or late, warning when overdue). */
export interface Wording {
  readonly message: string;
  readonly action: string;
}

export interface YearlyDeclarationOptions<P extends string> {
  readonly id: string;
  readonly title: string;
  readonly citation: Citation;
  readonly quote: string;
  /** The month-day parameter of the due day. */
  readonly deadline: P;
  /** Projects outside the annual round (临时安排, 一事一议…). */
  readonly exempt: (view: FactsView) => boolean;
  /** The deadline's label for the planned year: `${year} 年度项目申报`. */
  readonly label: (year: number) => string;
  /** The words per status, for the planned year. */
  readonly dueSoon: (year: number, instance: DeadlineInstance, daysLeft: number) => Wording;
  readonly overdue: (year: number, instance: DeadlineInstance) => Wording;
  readonly metLate: (year: number, instance: DeadlineInstance) => Wording;
}

export function yearlyDeclarationDeadline<P extends string>(options: YearlyDeclarationOptions<P>): DeadlineDefinition<P> {
  const { id, title, citation, quote, deadline, exempt, label, dueSoon, overdue, metLate } = options;
  return {
    id,
    title,
    citation,
    quote,
    instances(view, ctx) {
      if (exempt(view)) return [];
      const submitted = view.first('declarationSubmitted');
      if (!submitted && STAGE_RANK[view.stage] > STAGE_RANK.underReview) return [];
      const year = view.project.plannedYear;
      return [
        {
          label: label(year),
          startedOn: null,
          dueDate: fixedDate(year - 1, ctx.params.monthDay(deadline)),
          doneOn: submitted?.date ?? null,
        },
      ];
    },
    describe(instance, status, view, ctx) {
      const year = view.project.plannedYear;
      switch (status) {
        case 'met':
        case 'early': // no windows for a declaration
        case 'pending':
          return null;
        case 'dueSoon':
          return { severity: 'info', ...dueSoon(year, instance, daysBetween(ctx.asOf, instance.dueDate)) };
        case 'overdue':
          return { severity: 'warning', ...overdue(year, instance) };
        case 'metLate':
          return { severity: 'info', ...metLate(year, instance) };
      }
    },
  };
}
