import { FUNDING_SOURCES, type FundingSource } from '../../../../shared/domain/enums';
import { fenToWanYuan, readAmountText, sumFen } from '../../../../shared/domain/money';
import type { ProjectFields, ProjectInput } from '../../../../shared/domain/project';

/**
 * The project form's model. Its keys are the schema's, so the generated rules
 * and the form-item props line up; amounts are the texts the clerk types, in
 * 万元, and the year may be cleared.
 */
export type ProjectFormModel = Omit<ProjectFields, 'totalInvestmentFen' | 'funding' | 'plannedYear'> & {
  totalInvestmentFen: string;
  funding: Record<FundingSource, string>;
  plannedYear: number | null;
};

export function toFormModel(fields: ProjectFields, blankAmounts = false): ProjectFormModel {
  const amount = (fen: number) => (blankAmounts && fen === 0 ? '' : fenToWanYuan(fen));
  return {
    ...fields,
    totalInvestmentFen: amount(fields.totalInvestmentFen),
    funding: Object.fromEntries(FUNDING_SOURCES.map((source) => [source, amount(fields.funding[source])])) as Record<FundingSource, string>,
    plannedYear: fields.plannedYear,
  };
}

/** The fen an amount box holds ("386", "386万元", "3,860,000元"…), or null when blank or not an amount. */
export function amountFen(text: string): number | null {
  const reading = readAmountText(text);
  return reading !== null && 'fen' in reading ? reading.fen : null;
}

/** Why an amount box cannot be read ("最多保留两位小数…"), or null when it can (or is blank). */
export function amountError(text: string): string | null {
  const reading = readAmountText(text);
  return reading !== null && 'error' in reading ? reading.error : null;
}

/** A funding box left empty means none from that source. */
export function fundingFen(text: string): number | null {
  return text.trim() === '' ? 0 : amountFen(text);
}

/**
 * What the form submits, in the contract's shape. A text that is not an amount
 * becomes NaN, which the schema refuses with its own "必须是数字" message.
 */
export function toProjectInput(model: ProjectFormModel): ProjectInput {
  return {
    ...model,
    totalInvestmentFen: amountFen(model.totalInvestmentFen) ?? Number.NaN,
    funding: Object.fromEntries(FUNDING_SOURCES.map((source) => [source, fundingFen(model.funding[source]) ?? Number.NaN])) as Record<
      FundingSource,
      number
    >,
    plannedYear: model.plannedYear ?? Number.NaN,
  };
}

/** The live sum of the split in fen; null while any box is not an amount. */
export function fundingSumFen(model: ProjectFormModel): number | null {
  const amounts = FUNDING_SOURCES.map((source) => fundingFen(model.funding[source]));
  return amounts.every((fen): fen is number => fen !== null) ? sumFen(amounts) : null;
}
