// Refusals the application gives, typed by their message key (i18n/messages/errors.ts, validation.ts):
// a key that has no Dutch and English text does not compile.
import { AppError, type IssueDetail } from '../ipc/errors';
import { message, type Message, type MessageParams } from '../domain/message';
import type { errorMessages } from '../i18n/messages/errors';
import type { validationMessages } from '../i18n/messages/validation';

type RefusalKey = keyof typeof errorMessages | keyof typeof validationMessages;

export const notAllowed = (key: RefusalKey, params?: MessageParams) => new AppError('not_allowed', message(key, params));
export const notFound = (key: RefusalKey, params?: MessageParams) => new AppError('not_found', message(key, params));
export const invalidInput = (key: RefusalKey, params?: MessageParams, issues?: IssueDetail[]) => new AppError('invalid_input', message(key, params), issues);

/** A domain rule's refusal (a lifecycle step, a letter that may not be sent) as the error the user reads. */
export const refused = (reason: Message) => new AppError('not_allowed', reason);
