// The committed migrations must match db/schema.ts: drizzle-kit generates into a scratch copy, and any
// new SQL means someone changed the schema without committing a migration.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// drizzle-kit reads `out` relative to the working directory, so the scratch copy lives inside the repo.
fs.mkdirSync('.tmp', { recursive: true });
const scratch = path.relative(process.cwd(), fs.mkdtempSync(path.join('.tmp', 'migrations-check-')));
fs.cpSync('db/migrations', scratch, { recursive: true });
const config = path.join(scratch, 'drizzle.check.config.mjs');
fs.writeFileSync(config, `export default { dialect: 'sqlite', schema: './db/schema.ts', out: ${JSON.stringify(scratch)} };\n`);
const before = new Set(fs.readdirSync(scratch));
const run = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['drizzle-kit', 'generate', '--config', config], { encoding: 'utf8' });
const out = `${run.stdout}\n${run.stderr}`;
const added = fs.readdirSync(scratch).filter((f) => !before.has(f) && f.endsWith('.sql'));
fs.rmSync(scratch, { recursive: true, force: true });
if (added.length) {
  console.error(`db/schema.ts en de migraties lopen uiteen: drizzle-kit zou ${added.join(', ')} maken.\nVoer \`npm run db:generate -- --name <wat>\` uit en commit de migratie.`);
  process.exit(1);
}
if (run.status !== 0 || /Error|ENOENT/.test(out) || !/No schema changes|migration file/i.test(out)) {
  console.error(`drizzle-kit kon de migraties niet controleren:\n${out.trim()}`);
  process.exit(1);
}
console.log('migraties kloppen met db/schema.ts');
