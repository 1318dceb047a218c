/**
 * Resolves the `zenmlScope.documentPath` setting against a workspace folder. The setting can come from
 * workspace settings someone else wrote, so it must never steer a write outside the folder: `..` that
 * climbs out, absolute paths elsewhere, drive-relative paths (`C:x.md`) and symlinks that lead out are
 * refused with a message the user can act on.
 * Pure apart from the `realpath` it is given (URI paths in, URI paths out), so it runs in unit tests.
 */
import { posix } from 'node:path';

export type PathResult = { ok: true; path: string; relative: string } | { ok: false; error: string };

/** The real URI path of an existing path (symlinks followed), or null when nothing is there. */
export type Realpath = (path: string) => string | null;

const SETTING = 'zenmlScope.documentPath';
const DRIVE = /^\/?([a-zA-Z]):\//;
/** `C:x.md` is relative to the drive's current directory, wherever that is. */
const DRIVE_RELATIVE = /^[a-zA-Z]:(?![\\/])/;

/** URI paths write Windows drives as `/c:/…`; lower-case the letter so `C:\x` and `/c:/x` compare equal. */
function canonical(path: string): string {
  return path.replace(/\\/g, '/').replace(DRIVE, (_m, d: string) => `/${d.toLowerCase()}:/`);
}

/**
 * `path` relative to `root`, or null when it is not inside. Windows drives compare without
 * case, as the file system does; the relative part keeps the setting's own spelling.
 */
function inside(root: string, path: string): string | null {
  const fold = DRIVE.test(root) ? (p: string) => p.toLowerCase() : (p: string) => p;
  const relative = posix.relative(fold(root), fold(path));
  if (relative === '' || relative === '..' || relative.startsWith('../') || posix.isAbsolute(relative)) return relative === '' ? '' : null;
  return path.slice(path.length - relative.length);
}

/** The real path of `path`: its deepest existing ancestor's real path, with the rest appended. */
function realOf(path: string, realpath: Realpath): string {
  const rest: string[] = [];
  for (let at = path; ; at = posix.dirname(at)) {
    const real = realpath(at);
    if (real !== null) return posix.join(canonical(real), ...rest.reverse());
    if (posix.dirname(at) === at) return path;
    rest.push(posix.basename(at));
  }
}

/**
 * @param setting the raw setting value, e.g. `pipeline_architecture.md` or `docs/architecture.md`
 * @param folderPath the workspace folder's URI path, e.g. `/home/ana/fraud-detection`
 * @param realpath follows symlinks (the host passes the file system's; omitted, paths are taken as written)
 * @returns the absolute URI path inside the folder, or why the setting is refused
 */
export function resolveDocumentPath(setting: string, folderPath: string, realpath?: Realpath): PathResult {
  const raw = setting.trim();
  if (raw === '') return { ok: false, error: `${SETTING} is empty: set it to a file inside the workspace, e.g. pipeline_architecture.md.` };
  if (raw.includes('\0') || raw.startsWith('\\\\') || raw.startsWith('//') || DRIVE_RELATIVE.test(raw)) {
    return { ok: false, error: `${SETTING} "${setting}" is not a path inside the workspace; use e.g. pipeline_architecture.md.` };
  }
  const root = posix.resolve('/', canonical(folderPath));
  const resolved = posix.resolve(root, canonical(raw));
  const relative = inside(root, resolved);
  if (relative === '') return { ok: false, error: `${SETTING} "${setting}" names the workspace folder itself, not a file.` };
  if (relative === null) {
    const why = posix.isAbsolute(canonical(raw)) ? 'is an absolute path outside' : 'climbs out of';
    return { ok: false, error: `${SETTING} "${setting}" ${why} the workspace folder ${root}; use a path inside it, e.g. pipeline_architecture.md.` };
  }
  if (realpath && !inside(realOf(root, realpath), realOf(resolved, realpath))) {
    return { ok: false, error: `${SETTING} "${setting}" leads through a symlink out of the workspace folder ${root}; use a path inside it.` };
  }
  return { ok: true, path: resolved, relative };
}
