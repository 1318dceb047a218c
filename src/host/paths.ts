/**
 * Resolves the `zenmlScope.documentPath` setting against a workspace folder. The setting can come from
 * workspace settings someone else wrote, so it must never steer a write outside the folder: `..` that
 * climbs out, and absolute paths elsewhere, are refused with a message the user can act on.
 * Pure (POSIX arithmetic on URI paths, no `vscode`), so it runs in unit tests.
 */
import { posix } from 'node:path';

export type PathResult = { ok: true; path: string; relative: string } | { ok: false; error: string };

const SETTING = 'zenmlScope.documentPath';
const DRIVE = /^\/?([a-zA-Z]):\//;

/** URI paths write Windows drives as `/c:/…`; lower-case the letter so `C:\x` and `/c:/x` compare equal. */
function canonical(path: string): string {
  return path.replace(/\\/g, '/').replace(DRIVE, (_m, d: string) => `/${d.toLowerCase()}:/`);
}

/**
 * @param setting the raw setting value, e.g. `pipeline_architecture.md` or `docs/architecture.md`
 * @param folderPath the workspace folder's URI path, e.g. `/home/ana/fraud-detection`
 * @returns the absolute URI path inside the folder, or why the setting is refused
 */
export function resolveDocumentPath(setting: string, folderPath: string): PathResult {
  const raw = setting.trim();
  if (raw === '') return { ok: false, error: `${SETTING} is empty: set it to a file inside the workspace, e.g. pipeline_architecture.md.` };
  if (raw.includes('\0') || raw.startsWith('\\\\') || raw.startsWith('//')) {
    return { ok: false, error: `${SETTING} "${setting}" is not a path inside the workspace; use e.g. pipeline_architecture.md.` };
  }
  const root = posix.resolve('/', canonical(folderPath));
  const resolved = posix.resolve(root, canonical(raw));
  const relative = posix.relative(root, resolved);
  if (relative === '') return { ok: false, error: `${SETTING} "${setting}" names the workspace folder itself, not a file.` };
  if (relative === '..' || relative.startsWith('../') || posix.isAbsolute(relative)) {
    const why = posix.isAbsolute(canonical(raw)) ? 'is an absolute path outside' : 'climbs out of';
    return { ok: false, error: `${SETTING} "${setting}" ${why} the workspace folder ${root}; use a path inside it, e.g. pipeline_architecture.md.` };
  }
  return { ok: true, path: resolved, relative };
}
