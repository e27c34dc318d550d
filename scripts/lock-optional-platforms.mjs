// Adds the per-platform optional packages that the registry reachable here lacks to
// package-lock.json, marked optional with their os/cpu, so that `npm ci` accepts the lockfile
// (it skips them on other platforms) and installs the right one on macOS, Windows or ARM.
// Run after every `npm install` that changes the lockfile: node scripts/lock-optional-platforms.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const PLATFORM = /(android|darwin|linux|win32|windows|freebsd|openbsd|sunos|aix)-(x64|arm64|arm|ia32|riscv64|ppc64|s390x|loong64)(?:-(gnu|musl|msvc|gnueabihf))?$/;
const lockFile = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
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
writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `added to package-lock.json:\n  ${added.join('\n  ')}` : 'package-lock.json already complete');
