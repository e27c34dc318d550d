/**
 * A frontmatter text as paragraphs. YAML folds a quoted text's single line breaks into spaces
 * and keeps a blank line as one line break; a `|` block keeps every line: either way, each line
 * break an editor left is where a paragraph ends.
 */
export const paragraphs = (text: string): string[] =>
  text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
