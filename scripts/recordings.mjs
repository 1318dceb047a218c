// Model recordings for tests: `prompt`, `store` and `record` (usage in scripts/recordings.ts).
// Runs the TypeScript through tsx, as the unit tests do.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./recordings.ts', import.meta.url));
const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
