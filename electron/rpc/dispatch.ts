import { z } from 'zod';
import { contract, isMethodName, type Handlers } from '../../shared/contract';
import { AppError, type Envelope, type FieldIssue } from '../../shared/contract/errors';

export type Dispatch = (method: string, input: unknown) => Promise<Envelope<unknown>>;

function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

function validationMessage(issues: FieldIssue[]): string {
  const first = issues[0];
  if (!first) return '提交的内容不符合要求。';
  return issues.length === 1 ? first.message : `${first.message}（另有 ${issues.length - 1} 处问题）`;
}

/**
 * The one place every call from outside passes: the method must exist, the
 * input must parse (bad input is refused before any service runs, so nothing is
 * written), and the output must match the contract. Used by IPC and the web bridge.
 */
export function createDispatcher(handlers: Handlers, log: (message: string, error: unknown) => void = console.error): Dispatch {
  return async (method, rawInput) => {
    try {
      if (!isMethodName(method)) throw new AppError('unknownMethod', `未知的调用：${method}`);
      const spec = contract[method];
      const parsedInput = spec.input.safeParse(rawInput ?? {});
      if (!parsedInput.success) {
        const issues = issuesOf(parsedInput.error);
        throw new AppError('validation', validationMessage(issues), issues);
      }
      const handler = handlers[method] as (input: unknown) => unknown;
      const output = await handler(parsedInput.data);
      const parsedOutput = spec.output.safeParse(output);
      if (!parsedOutput.success) {
        log(`contract output mismatch in ${method}`, parsedOutput.error);
        throw new AppError('internal', '程序内部错误：返回结果不符合约定，已记录日志。');
      }
      return { ok: true, value: parsedOutput.data };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toData() };
      log(`unexpected error in ${method}`, error);
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'internal', message: `程序内部错误：${detail}` } };
    }
  };
}
