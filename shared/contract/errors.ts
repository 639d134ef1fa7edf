/**
 * Errors that cross the renderer ↔ main boundary. The message is always a
 * complete Chinese sentence a clerk can act on; `issues` point at form fields.
 */
export type AppErrorCode =
  | 'validation'
  | 'notFound'
  | 'conflict'
  /** The regulation does not allow it (a stage change, a locked filing); the issues cite the articles. */
  | 'refused'
  | 'setupRequired'
  | 'alreadySetUp'
  | 'databaseTooNew'
  | 'forbidden'
  /** The office's private-key passphrase did not unlock it. */
  | 'wrongPassphrase'
  /** A bundle failed verification; `reason` says which check (shared/exchange/refusals.ts). */
  | 'bundleRefused'
  | 'unknownMethod'
  | 'internal';

export interface FieldIssue {
  /** Dotted path of the field, e.g. `funding` or `name`. */
  path: string;
  message: string;
}

export interface AppErrorData {
  code: AppErrorCode;
  message: string;
  issues?: FieldIssue[];
  /** The specific reason within the code (a bundle refusal's reason). */
  reason?: string;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly issues: FieldIssue[];
  readonly reason: string | undefined;

  constructor(code: AppErrorCode, message: string, issues: FieldIssue[] = [], reason?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
    this.reason = reason;
  }

  toData(): AppErrorData {
    return {
      code: this.code,
      message: this.message,
      ...(this.issues.length > 0 ? { issues: this.issues } : {}),
      ...(this.reason !== undefined ? { reason: this.reason } : {}),
    };
  }

  static fromData(data: AppErrorData): AppError {
    return new AppError(data.code, data.message, data.issues ?? [], data.reason);
  }
}

/** What every contract call returns on the wire: a value, or an error to rethrow. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };
