// Errors the user can read, in their language: a refusal crosses the contract as a message key with
// parameters (domain/message.ts), never as a finished sentence. Handlers throw AppError; dispatch and
// the transports turn it into { ok: false, error }; the renderer formats it in the UI language.
import { message as msg, type Message, type MessageParams } from '../domain/message';

export type AppErrorCode = 'invalid_input' | 'not_found' | 'not_allowed' | 'conflict' | 'forbidden' | 'internal';

/** One wrong field: its path in the input ('installments.1.dueDate'), kept so a screen can show it there. */
export interface IssueDetail {
  path: string;
  message: Message;
}

/** The error on the wire. */
export interface AppErrorShape {
  code: AppErrorCode;
  message: Message;
  issues?: IssueDetail[];
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly reason: Message,
    readonly issues?: IssueDetail[],
  ) {
    // The key, for logs; what the user reads is `reason`, formatted in their language.
    super(reason.key);
    this.name = 'AppError';
  }
  toShape(): AppErrorShape {
    return this.issues ? { code: this.code, message: this.reason, issues: this.issues } : { code: this.code, message: this.reason };
  }
}


/** An error shape built where no AppError is thrown (transports, the preview server). */
export const errorShape = (code: AppErrorCode, key: string, params?: MessageParams): AppErrorShape => ({ code, message: msg(key, params) });

export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: AppErrorShape };
