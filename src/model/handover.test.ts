import { describe, expect, it } from 'vitest';
import { handedOverProject, handOverToBuild, type CheckedProject } from './project';

describe('the checked project handed from npm run build to Astro’s pages', () => {
  it('is taken only by a caller whose addresses share its sub-path, so no page links outside the site', () => {
    const project: CheckedProject = { problems: [], categories: [], news: [], documents: [] };
    handOverToBuild(project, '/');
    expect(handedOverProject('/')).toBe(project);
    expect(handedOverProject('/cchc/')).toBeUndefined();
  });
});
