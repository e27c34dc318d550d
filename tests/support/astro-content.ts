/**
 * Stands in for Astro's `astro:content` virtual module in unit tests, which mock it with
 * `vi.mock('astro:content', …)` (as Starlight's tests do) to test the model without a build.
 */
export async function getCollection(name: string): Promise<never> {
  throw new Error(`astro:content is not available in unit tests: mock getCollection('${name}')`);
}

export async function render(): Promise<never> {
  throw new Error('astro:content is not available in unit tests');
}
