// npm run bench <name> [-- options]: runs bench/<name>.ts (solver, …).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [name, ...rest] = process.argv.slice(2);
const file = name ? fileURLToPath(new URL(`./${name}.ts`, import.meta.url)) : '';
if (!name || !existsSync(file)) {
  console.error('usage: npm run bench <solver> [-- options]');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', file, ...rest], { stdio: 'inherit' });
process.exit(result.status ?? 1);
