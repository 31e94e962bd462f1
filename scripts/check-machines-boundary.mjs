// machines/ stays pure: no electron, db, react, node built-ins or the other app layers. Fails CI otherwise.
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';

const FORBIDDEN_PACKAGES = ['electron', 'react', 'react-dom', '@xstate/react', 'better-sqlite3', 'drizzle-orm', 'drizzle-kit'];
const FORBIDDEN_LAYERS = ['db', 'electron', 'renderer', 'handlers', 'scripts'];
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

export function violations(root = 'machines') {
  const found = [];
  const files = fs.existsSync(root) ? fs.readdirSync(root, { recursive: true }).map(String).filter((f) => /\.(ts|tsx|js|mjs)$/.test(f)) : [];
  for (const rel of files) {
    const file = path.join(root, rel);
    const text = fs.readFileSync(file, 'utf8');
    const specs = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g)].map(
      (m) => m[1] ?? m[2] ?? m[3] ?? m[4],
    );
    for (const spec of specs) {
      const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      let bad = FORBIDDEN_PACKAGES.includes(pkg) || builtins.has(spec) || builtins.has(pkg);
      if (spec.startsWith('.')) {
        const target = path.relative(process.cwd(), path.resolve(path.dirname(file), spec)).split(path.sep)[0];
        bad = FORBIDDEN_LAYERS.includes(target);
      }
      if (bad) found.push(`${file}: importeert '${spec}'`);
    }
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = violations(process.argv[2] ?? 'machines');
  if (found.length) {
    console.error('machines/ moet puur blijven (geen electron, db, react of node):\n' + found.join('\n'));
    process.exit(1);
  }
  console.log('machines/: geen verboden imports');
}
