// An error from the contract as one readable sentence in a language: the message, then each wrong
// field with its path. Screens that place issues at their fields use the parts themselves.
import type { Message } from '../domain/message';
import { catalogue } from './catalogue';
import type { Language } from './format';

export interface Problem {
  message: Message;
  issues?: readonly { path: string; message: Message }[];
}

export function describeProblem(problem: Problem, language: Language): string {
  const head = catalogue.format(problem.message, language);
  if (!problem.issues?.length) return head;
  const details = problem.issues.map((i) => (i.path ? `${i.path}: ` : '') + catalogue.format(i.message, language));
  return `${head.replace(/\.$/, '')}: ${details.join('; ')}`;
}
