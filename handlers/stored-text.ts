// Texts the ledger's rules write into free-text columns (a task's done note, a debtor's escalation
// reason) are stored as a Message in JSON, so they are shown in the UI language; what a collector
// typed, and what was stored before, is shown as it is (`text.as_typed`).
import { message, Message as MessageSchema, type Message } from '../domain/message';

export function storeMessage(m: Message): string {
  return JSON.stringify(m);
}

export function readStoredText(stored: string | null): Message | null {
  if (stored === null || stored === '') return null;
  if (stored.startsWith('{')) {
    try {
      const parsed = MessageSchema.safeParse(JSON.parse(stored));
      if (parsed.success) return parsed.data;
    } catch {
      // not JSON: a typed text that starts with "{"
    }
  }
  return message('text.as_typed', { text: stored });
}
