import type { HandlerGroup } from './context';
import { batchCandidates, composeLetter, getLetter, issueBatch, issueLetter, letterOptions, lettersOf } from '../db/letters.repo';
import { todayInAmsterdam } from '../domain/dates';
import { catalogue } from '../i18n/catalogue';
import type { Message } from '../domain/message';

// Letters stay Dutch: what they quote from the ledger (a call's recap lines) is rendered in Dutch.
const dutch = (message: Message) => catalogue.format(message, 'nl');

export const letterHandlers = {
  'letters:preview': (ctx, request) => composeLetter(ctx.db, request, todayInAmsterdam(ctx.now()), dutch).letter,
  'letters:issue': (ctx, request) => issueLetter(ctx.db, request, todayInAmsterdam(ctx.now()), dutch),
  'letters:get': (ctx, { id }) => getLetter(ctx.db, id),
  'letters:list': (ctx, { debtorId }) => lettersOf(ctx.db, debtorId),
  'letters:batch': (ctx, { debtorIds, type }) => issueBatch(ctx.db, debtorIds, type, todayInAmsterdam(ctx.now())),
  'letters:batchCandidates': (ctx) => batchCandidates(ctx.db, todayInAmsterdam(ctx.now())),
  'letters:options': (ctx, { debtorId }) => letterOptions(ctx.db, debtorId),
} satisfies HandlerGroup<
  'letters:preview' | 'letters:issue' | 'letters:get' | 'letters:list' | 'letters:batch' | 'letters:batchCandidates' | 'letters:options'
>;
