/** Links grouped under their `group`, groups and links in the order the config lists them. */
export function groupLinks<T extends { group: string }>(links: readonly T[]): { group: string; links: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const link of links) {
    if (!groups.has(link.group)) groups.set(link.group, []);
    groups.get(link.group)!.push(link);
  }
  return [...groups].map(([group, list]) => ({ group, links: list }));
}
