import { defineConfig } from 'vitest/config';
import { unitProject } from './vitest.config.ts';

// `npm run test:mutation` (stryker.config.json): the unit tests beside the code in src/lib/, run
// once per mutant of src/lib/. The editors' commands' tests start subprocesses, which never run a
// mutant, so they are left out here.
const unit = unitProject(['src/lib/**/*.test.ts']);
export default defineConfig({ ...unit, test: { ...unit.test, name: undefined } });
