import { ElMessage } from 'element-plus';
import { AppError, type FieldIssue } from '../../../shared/contract/errors';
import { i18n } from '../i18n';
import { readableCitations } from './citation';

/** The message to show for anything a call threw: an AppError's own sentence, else a generic one. */
export function errorMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return i18n.global.t('common.unexpectedError', { detail });
}

/** Shows the error to the clerk. Every failed call ends here or on a form. Citations read as 淅川 第七条. */
export function showError(error: unknown): void {
  ElMessage({ type: 'error', message: readableCitations(errorMessage(error)), showClose: true, duration: 6000 });
}

/**
 * The field issues of a validation error or a refusal (a stage the regulation
 * does not allow), keyed by form prop. `prefix` strips the wrapper of the
 * call's input (`fields.` for `project.update`).
 */
export function fieldErrors(error: unknown, prefix = ''): Record<string, string> {
  if (!(error instanceof AppError) || (error.code !== 'validation' && error.code !== 'refused')) return {};
  const errors: Record<string, string> = {};
  for (const issue of error.issues as FieldIssue[]) {
    const path = prefix && issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path;
    errors[path] ??= readableCitations(issue.message);
  }
  return errors;
}
