// `npm run --silent headers:nginx > cchc-headers.conf`: the headers of dist/_headers (written by
// `npm run build`) as nginx `location` blocks, to include in the site's `server` block
// (docs/trien-khai.md). Run it after every build: the policy holds hashes of the pages' code.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatNginx, parseHeadersFile } from '../src/lib/hosting/headers.ts';

const file = join(process.argv[2] ?? 'dist', '_headers');
if (!existsSync(file)) {
  console.error(`Không thấy ${file}: chạy npm run build trước.`);
  process.exit(1);
}
process.stdout.write(formatNginx(parseHeadersFile(readFileSync(file, 'utf8'))));
