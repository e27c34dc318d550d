import { describe, expect, it } from 'vitest';
import { handedOverProject, handOverToBuild, type CheckedProject } from './project.ts';

describe('the checked project handed from npm run build to Astro’s pages', () => {
  it('is the very object the build checked, with no address in it for any sub-path to get wrong', () => {
    const project: CheckedProject = {
      problems: [],
      categories: [],
      news: [],
      documents: [],
      notices: [],
      questions: [],
      consultations: [],
      albums: [],
      newsSearch: { recentYears: [], archiveYears: [] },
    };
    handOverToBuild(project);
    expect(handedOverProject()).toBe(project);
  });
});
