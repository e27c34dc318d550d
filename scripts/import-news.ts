export async function importNews(_root: string, _args: string[]): Promise<number> {
  return 1;
}
