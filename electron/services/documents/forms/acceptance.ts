/** What the acceptance application and the acceptance report share: the dated milestones of construction. */
import { lastEvent, type ProjectBundle } from '../data';
import { chineseDate } from '../layout';

/** The dated milestones of construction, as recorded. */
export function milestones(bundle: ProjectBundle): { started: string; completed: string; preliminary: string; trialRun: string } {
  const preliminary = lastEvent(bundle, 'preliminaryAcceptance');
  return {
    started: chineseDate(lastEvent(bundle, 'constructionStarted')?.date),
    completed: chineseDate(lastEvent(bundle, 'completed')?.date),
    preliminary: preliminary ? `${chineseDate(preliminary.date)}（${preliminary.passed ? '通过' : '未通过'}）` : '',
    trialRun: chineseDate(lastEvent(bundle, 'trialRunStarted')?.date),
  };
}
