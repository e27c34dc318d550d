// Run after every `npm install` that changes the lockfile: node tools/tidy-lockfile.mjs
// Two changes to package-lock.json, so that `npm ci` works everywhere and prints only what
// concerns the user:
// - Adds the per-platform optional packages that the registry reachable here lacks, marked
//   optional with their os/cpu, so that `npm ci` accepts the lockfile (it skips them on other
//   platforms) and installs the right one on macOS, Windows or ARM.
// - Drops a dependency's `engines.node` when the project's own Node (the `node` devDependency,
//   which every `npm run` uses) satisfies it. npm checks those ranges against the Node that runs
//   npm itself, so on a machine with an older Node each one printed an EBADENGINE warning about
//   a runtime the project never uses. A range the project's Node does not satisfy is kept, and
//   still warns.
import { readFileSync, writeFileSync } from 'node:fs';
import semver from 'semver';

const PLATFORM =
  /(android|darwin|linux|win32|windows|freebsd|openbsd|sunos|aix)-(x64|arm64|arm|ia32|riscv64|ppc64|s390x|loong64)(?:-(gnu|musl|msvc|gnueabihf))?$/;

/** Adds the missing per-platform optional packages; returns their names. */
export function addOptionalPlatforms(lock) {
  const added = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const key = `node_modules/${name}`;
      if (lock.packages[key] || lock.packages[`${path}/${key}`]) continue;
      const wasm = /wasm32-wasi$/.test(name);
      const match = PLATFORM.exec(name);
      if (!match && !wasm) continue;
      const os = wasm ? undefined : [match[1] === 'windows' ? 'win32' : match[1]];
      const cpu = [wasm ? 'wasm32' : match[2]];
      const libc = match?.[3] === 'gnu' || match?.[3] === 'musl' ? [match[3] === 'gnu' ? 'glibc' : 'musl'] : undefined;
      lock.packages[key] = { version: version.replace(/^[\^~=]/, ''), optional: true, ...(os && { os }), cpu, ...(libc && { libc }) };
      added.push(`${name}@${version}`);
    }
  }
  return added;
}

/** The Node version every `npm run` uses: the lockfile's `node` package. */
export const projectNode = (lock) => lock.packages['node_modules/node']?.version;

/** Drops the `engines.node` ranges that `nodeVersion` satisfies; returns the packages changed. */
export function dropSatisfiedEngines(lock, nodeVersion) {
  const dropped = [];
  if (!semver.valid(nodeVersion)) return dropped;
  for (const [path, entry] of Object.entries(lock.packages)) {
    const range = entry.engines?.node;
    // An optional package whose range fails is skipped by npm without a word: left as it is.
    if (path === '' || entry.optional || typeof range !== 'string' || !semver.satisfies(nodeVersion, range)) continue;
    const { node: _, ...others } = entry.engines;
    if (Object.keys(others).length > 0) entry.engines = others;
    else delete entry.engines;
    dropped.push(path.replace(/^.*node_modules\//, ''));
  }
  return dropped;
}

if (import.meta.main) {
  const lockFile = new URL('../package-lock.json', import.meta.url);
  const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
  const added = addOptionalPlatforms(lock);
  const dropped = dropSatisfiedEngines(lock, projectNode(lock));
  writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(added.length ? `added to package-lock.json:\n  ${added.join('\n  ')}` : 'no platform package missing');
  console.log(`engines.node dropped where Node ${projectNode(lock)} satisfies it: ${dropped.length} packages`);
}
