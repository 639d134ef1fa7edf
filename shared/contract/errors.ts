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
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly issues: FieldIssue[];

  constructor(code: AppErrorCode, message: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }

  toData(): AppErrorData {
    return this.issues.length > 0
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }

  static fromData(data: AppErrorData): AppError {
    return new AppError(data.code, data.message, data.issues ?? []);
  }
}

/** What every contract call returns on the wire: a value, or an error to rethrow. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };
