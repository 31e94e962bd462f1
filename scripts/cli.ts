// The command line, for a scheduler (cron, Windows Taakplanner): import an accounting export or a bank
// statement, print the worklist of a day, make a backup. Every command goes through dispatch, as the
// app's screens do: the same checks, the same single transaction. Output and errors are Dutch (the
// catalogue's nl); the exit code says what happened:
//   0 done · 1 wrong command or option · 2 the file was refused or has errors, nothing changed
//   3 the ledger cannot be opened or written · 4 unexpected failure
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LedgerOpenError, openDatabase, type OpenedDatabase } from '../db/client';
import { backupFolderOf, makeBackup } from '../db/backup';
import { getSettings } from '../db/settings.repo';
import { dispatch } from '../handlers/dispatch';
import type { HandlerContext } from '../handlers/context';
import { catalogue } from '../i18n/catalogue';
import { formatMoney } from '../i18n/format';
import type { ChannelInput, ChannelName, ChannelOutput } from '../ipc/contract';
import type { AppErrorShape } from '../ipc/errors';
import { message, type Message, type MessageParams } from '../domain/message';
import { isIsoDate, todayInAmsterdam, type IsoDate } from '../domain/dates';
import { WORKLIST_PAGE_MAX, type WorklistLine, type WorklistPage } from '../ipc/channels/worklist';
import { PRESET_IDS, type PresetId } from '../domain/open-items';
import { presetById } from '../formats/open-items/presets';
import { defaultDataFile } from './default-data-file';
import { startupErrorText } from './startup-error';

export const EXIT = { ok: 0, usage: 1, refused: 2, ledger: 3, failure: 4 } as const;

/** Short names a scheduler's command line may use for the presets. */
const PRESET_ALIASES: Record<string, PresetId> = { exact: 'exact-online', eboekhouden: 'e-boekhouden' };

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const say = (key: string, params?: MessageParams) => catalogue.format(message(key, params), 'nl');
const text = (m: Message) => catalogue.format(m, 'nl');

class Refused extends Error {
  constructor(
    readonly error: AppErrorShape,
    readonly code: number,
  ) {
    super(error.message.key);
  }
}

function errorLines(error: AppErrorShape): string[] {
  const lines = [text(error.message)];
  for (const issue of error.issues ?? []) if (issue.message.key !== error.message.key) lines.push(`  ${issue.path ? `${issue.path}: ` : ''}${text(issue.message)}`);
  return lines;
}

function context(opened: OpenedDatabase, now: Date): HandlerContext {
  return { db: opened.db, now: () => now, dataFile: opened.file, transport: 'cli', version: 'cli', demoLedgerCreated: false };
}

async function call<C extends ChannelName>(ctx: HandlerContext, name: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await dispatch(ctx, name, input);
  if (!result.ok) {
    const code = result.error.code === 'internal' ? EXIT.failure : ['ledger.read_only', 'ledger.busy', 'ledger.disk_full'].some((k) => result.error.message.key.startsWith(k)) ? EXIT.ledger : EXIT.refused;
    throw new Refused(result.error, code);
  }
  return result.data as ChannelOutput<C>;
}

function readFileArg(file: string | undefined, io: Io): { name: string; contentBase64: string } | null {
  if (!file) {
    io.err(say('cli.usage.fileMissing'));
    return null;
  }
  try {
    return { name: path.basename(file), contentBase64: fs.readFileSync(file).toString('base64') };
  } catch (error) {
    io.err(say('cli.file.unreadable', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
    return null;
  }
}

/** The preset named on the command line; null when it names none Belwijzer knows. */
function presetOf(option: string | undefined): PresetId | undefined | null {
  if (option === undefined) return undefined;
  const id = PRESET_ALIASES[option] ?? option;
  return (PRESET_IDS as readonly string[]).includes(id) ? (id as PresetId) : null;
}

async function importInvoices(
  ctx: HandlerContext,
  file: { name: string; contentBase64: string },
  presetId: PresetId | undefined,
  options: Record<string, string | boolean | undefined>,
  io: Io,
): Promise<number> {
  const inspection = await call(ctx, 'imports:inspectOpenItems', { file, ...(presetId ? { presetId } : {}) });
  if (inspection.fileErrors.length > 0) {
    for (const e of inspection.fileErrors) io.err(text(e));
    return EXIT.refused;
  }
  const suggestion = inspection.suggestion!;
  const sourceName = (options.source as string | undefined) ?? presetById(presetId ?? suggestion.presetId).name;
  // A mapping remembered for this source (made on the import screen) wins over the suggestion.
  const remembered = inspection.sources.find((s) => s.name === sourceName && Object.values(s.mapping.columns).every((label) => !label || inspection.headers.includes(label)));
  if (!remembered && suggestion.missing.length > 0) {
    for (const field of suggestion.missing) io.err(say(`import.file.missingColumn.${field}`));
    io.err(say('cli.import.columnsMissing'));
    return EXIT.refused;
  }
  const request = {
    file,
    sourceName,
    presetId: remembered?.presetId ?? presetId ?? suggestion.presetId,
    mapping: remembered?.mapping ?? suggestion.mapping,
    fullExport: options.full === true,
  };
  const preview = await call(ctx, 'imports:previewOpenItems', request);
  for (const w of preview.warnings) io.out(text(w));
  if (preview.fileErrors.length > 0) {
    for (const e of preview.fileErrors) io.err(text(e));
    return EXIT.refused;
  }
  for (const issue of preview.issues)
    (issue.severity === 'error' ? io.err : io.out)(say(`cli.import.issue.${issue.severity}`, { row: issue.row, hasColumn: issue.column ? 'yes' : 'no', column: issue.column ?? '', text: { messages: [issue.message] } }));
  const errors = preview.issues.filter((i) => i.severity === 'error').length;
  if (errors > 0 && options['only-valid-rows'] !== true) {
    io.err(say('cli.import.rowsHaveErrors', { count: preview.counts.withErrors }));
    return EXIT.refused;
  }
  const imported = await call(ctx, 'imports:confirmOpenItems', { ...request, onlyValidRows: options['only-valid-rows'] === true, markPaid: [] });
  io.out(say('cli.import.done', { ...imported.counts, paidPerBookkeepingCents: { cents: imported.counts.paidPerBookkeepingCents }, source: sourceName }));
  if (preview.missing.length > 0) {
    io.out(say('cli.import.missing', { count: preview.missing.length }));
    for (const m of preview.missing) io.out(say('cli.import.missingLine', { number: m.number, debtor: m.debtorName, open: { cents: m.openCents } }));
  }
  return EXIT.ok;
}

async function importBank(ctx: HandlerContext, file: { name: string; contentBase64: string }, io: Io): Promise<number> {
  const result = await call(ctx, 'bank:import', { file });
  for (const w of result.warnings) io.out(text(w));
  io.out(
    say('cli.bank.done', {
      matched: result.matched.length,
      undone: result.undone.length,
      unmatched: result.unmatched.length,
      ignored: result.ignored,
      alreadyImported: result.alreadyImported,
      kept: result.keptPromiseIds.length,
    }),
  );
  for (const u of result.undone) io.out(say('cli.bank.undoneLine', { debtor: u.debtor?.name ?? '', amount: { cents: u.amountCents }, reason: { messages: [u.reason] } }));
  for (const u of result.unmatched)
    io.out(say('cli.bank.unmatchedLine', { date: { date: u.bookingDate }, amount: { cents: u.amountCents }, name: u.counterpartyName ?? '', description: u.description, reason: { messages: [u.reason] } }));
  return EXIT.ok;
}

/** The day's worklist as Vandaag shows it (issue 13): every line in priority order, why it is there, and
 * what is snoozed or paused; all pages, since a scheduler reads it whole. Tab-separated for a script. */
async function worklist(ctx: HandlerContext, date: IsoDate, io: Io): Promise<number> {
  const lines: WorklistLine[] = [];
  let page: WorklistPage;
  do {
    page = await call(ctx, 'worklist:list', { date, offset: lines.length, limit: WORKLIST_PAGE_MAX });
    lines.push(...page.lines);
  } while (lines.length < page.total && page.lines.length > 0);
  io.out(say('cli.worklist.title', { date: { date }, count: lines.length }));
  const row = (line: WorklistLine) =>
    [line.at ?? '', say('worklist.action', { action: line.action }), line.debtorName, formatMoney(line.amountCents, 'nl'), line.reasons.map((r) => text(r.message)).join('; ')].join('\t');
  for (const line of lines) io.out((line.overdue ? '! ' : '') + row(line));
  for (const s of page.snoozed) io.out(say('cli.worklist.snoozed', { until: { date: s.until }, reason: s.reason }) + '\t' + row(s.line));
  for (const p of page.paused) io.out(say('cli.worklist.paused', { debtor: p.debtorName, amount: { cents: p.overdueCents }, reasons: { messages: p.reasons } }));
  return EXIT.ok;
}

function backup(opened: OpenedDatabase, now: Date, keep: number | undefined, options: Record<string, string | boolean | undefined>, io: Io): number {
  const folder = path.resolve((options.to as string | undefined) ?? backupFolderOf(opened.file));
  const made = makeBackup(opened.sqlite, folder, now, keep ?? getSettings(opened.db).backupsToKeep);
  io.out(say('cli.backup.done', { file: made.file, sizeKb: Math.ceil(made.bytes / 1024), removed: made.removed.length }));
  return EXIT.ok;
}

const COMMANDS = ['import-invoices', 'import-bank', 'worklist', 'backup'] as const;

export async function main(argv: string[], io: Io = { out: (l) => console.log(l), err: (l) => console.error(l) }): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        preset: { type: 'string' },
        source: { type: 'string' },
        full: { type: 'boolean' },
        'only-valid-rows': { type: 'boolean' },
        date: { type: 'string' },
        to: { type: 'string' },
        keep: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err((error as Error).message);
    io.err(say('cli.usage'));
    return EXIT.usage;
  }
  const [command, fileArg] = parsed.positionals;
  const options = parsed.values as Record<string, string | boolean | undefined>;
  if (options.help || command === undefined) {
    (options.help ? io.out : io.err)(say('cli.usage'));
    return options.help ? EXIT.ok : EXIT.usage;
  }
  if (!(COMMANDS as readonly string[]).includes(command)) {
    io.err(say('cli.usage.unknownCommand', { command }));
    io.err(say('cli.usage'));
    return EXIT.usage;
  }
  const date = options.date as string | undefined;
  if (date !== undefined && !isIsoDate(date)) {
    io.err(say('cli.usage.badDate', { date }));
    return EXIT.usage;
  }
  const presetId = presetOf(options.preset as string | undefined);
  if (presetId === null) {
    io.err(say('cli.usage.unknownPreset', { preset: String(options.preset), presets: { list: [...PRESET_IDS, ...Object.keys(PRESET_ALIASES)] } }));
    return EXIT.usage;
  }
  const keep = options.keep === undefined ? undefined : Number(options.keep);
  if (keep !== undefined && (!Number.isInteger(keep) || keep < 1)) {
    io.err(say('cli.usage.badKeep', { keep: String(options.keep) }));
    return EXIT.usage;
  }
  // --date: the worklist of that day, as if it were 09:00 in Amsterdam then.
  const now = date ? new Date(`${date}T08:00:00Z`) : new Date();
  const file = command === 'import-invoices' || command === 'import-bank' ? readFileArg(fileArg, io) : undefined;
  if (file === null) return EXIT.usage;

  let opened: OpenedDatabase;
  try {
    opened = openDatabase(path.resolve((options.db as string | undefined) ?? process.env.BELWIJZER_DB ?? defaultDataFile()));
  } catch (error) {
    io.err(startupErrorText(error));
    return error instanceof LedgerOpenError ? EXIT.ledger : EXIT.failure;
  }
  try {
    if (opened.readOnly && command !== 'worklist' && command !== 'backup') {
      io.err(text(opened.readOnly));
      return EXIT.ledger;
    }
    const ctx = context(opened, now);
    switch (command) {
      case 'import-invoices':
        return await importInvoices(ctx, file!, presetId, options, io);
      case 'import-bank':
        return await importBank(ctx, file!, io);
      case 'worklist':
        return await worklist(ctx, todayInAmsterdam(ctx.now()), io);
      default:
        return backup(opened, now, keep, options, io);
    }
  } catch (error) {
    if (error instanceof Refused) {
      for (const line of errorLines(error.error)) io.err(line);
      return error.code;
    }
    io.err(say('cli.failed', { reason: error instanceof Error ? error.message : String(error) }));
    return EXIT.failure;
  } finally {
    opened.close();
  }
}
