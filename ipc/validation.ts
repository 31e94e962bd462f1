// Zod's validation issues as messages: each issue becomes a `validation.*` key with the numbers it needs
// ({ minimum }, { maximum }, …) and keeps its path, so a screen can show it at the field, in the UI
// language. A schema may name its own key as the issue message ('validation.iban'); zod's English
// sentences are never shown.
import type { z } from 'zod';
import { message, type Message, type MessageParams } from '../domain/message';
import type { IssueDetail } from './errors';

const OWN_KEY = /^validation\.[a-z_.]+$/;

function issueMessage(issue: z.core.$ZodIssue): Message {
  if (OWN_KEY.test(issue.message)) {
    // A custom check's params, or the bound of a min/max check ({ minimum } / { maximum }).
    const given = { ...(issue as { params?: Record<string, unknown> }).params, minimum: (issue as { minimum?: unknown }).minimum, maximum: (issue as { maximum?: unknown }).maximum };
    const params: MessageParams = {};
    for (const [name, value] of Object.entries(given))
      if (typeof value === 'string' || typeof value === 'number') params[name] = value;
      else if (typeof value === 'bigint') params[name] = Number(value);
    return message(issue.message, Object.keys(params).length ? params : undefined);
  }
  switch (issue.code) {
    case 'invalid_type':
      // Only a parse with { reportInput: true } tells a missing value from a wrong one.
      return 'input' in issue && issue.input === undefined
        ? message('validation.required')
        : message('validation.invalid_type', { expected: issue.expected });
    case 'too_small':
      return message('validation.too_small', { origin: issue.origin, minimum: Number(issue.minimum), inclusive: String(issue.inclusive ?? true) });
    case 'too_big':
      return message('validation.too_big', { origin: issue.origin, maximum: Number(issue.maximum), inclusive: String(issue.inclusive ?? true) });
    case 'invalid_value':
      return message('validation.invalid_value', { values: { list: issue.values.map(String) } });
    case 'invalid_format':
      return message('validation.invalid_format', { format: issue.format });
    case 'unrecognized_keys':
      return message('validation.unrecognized_keys', { keys: { list: issue.keys } });
    default:
      return message('validation.invalid');
  }
}

/** The issues of a failed parse, path kept ('installments.1.dueDate'; '' for the input as a whole). */
export function validationIssues(error: z.ZodError): IssueDetail[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issueMessage(issue) }));
}
