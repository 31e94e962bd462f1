// Errors the user can read. Handlers throw AppError; the transport turns it into { ok: false, error }.
export type AppErrorCode = 'invalid_input' | 'not_found' | 'not_allowed' | 'conflict' | 'forbidden' | 'internal';

export interface IssueDetail {
  path: string;
  message: string;
}

export interface AppErrorShape {
  code: AppErrorCode;
  message: string;
  issues?: IssueDetail[];
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly issues?: IssueDetail[],
  ) {
    super(message);
    this.name = 'AppError';
  }
  toShape(): AppErrorShape {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }
}

export const notAllowed = (message: string) => new AppError('not_allowed', message);
export const notFound = (message: string) => new AppError('not_found', message);
export const invalidInput = (message: string, issues?: IssueDetail[]) => new AppError('invalid_input', message, issues);

export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: AppErrorShape };
