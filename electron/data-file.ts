// Where the ledger lives: --db <file> or BELWIJZER_DB override the user's data folder.
import path from 'node:path';

export const DEFAULT_DB_NAME = 'belwijzer.sqlite';

export function resolveDataFile(argv: readonly string[], env: NodeJS.ProcessEnv, userDataDir: string): string {
  const i = argv.indexOf('--db');
  if (i >= 0 && argv[i + 1]) return path.resolve(argv[i + 1]!);
  const eq = argv.find((a) => a.startsWith('--db='));
  if (eq) return path.resolve(eq.slice(5));
  if (env.BELWIJZER_DB) return path.resolve(env.BELWIJZER_DB);
  return path.join(userDataDir, DEFAULT_DB_NAME);
}
