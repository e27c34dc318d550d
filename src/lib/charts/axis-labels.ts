/** A label placed along one axis of a chart: its centre, and its text. */
export interface AxisLabel {
  at: number;
  text: string;
}

/**
 * Labels along one axis (tier thresholds "≥80", "≥90") that never overlap: labels whose boxes
 * would touch are written once, together ("≥80, ≥90"), at the middle of what they label.
 * `size(text)` is a label's extent along the axis (its width on a horizontal axis, its line
 * height on a vertical one); `gap` the least room between two labels.
 */
export function separateLabels(labels: readonly AxisLabel[], size: (text: string) => number, gap = 4): AxisLabel[] {
  let groups = [...labels].sort((a, b) => a.at - b.at).map((label) => ({ positions: [label.at], texts: [label.text] }));
  const centre = (g: { positions: number[] }) => (Math.min(...g.positions) + Math.max(...g.positions)) / 2;
  const text = (g: { texts: string[] }) => g.texts.join(', ');
  // Merging two labels makes a wider one, which may then touch a third: repeat until none touch.
  for (let merged = true; merged;) {
    merged = false;
    for (let i = 0; i + 1 < groups.length; i++) {
      const [a, b] = [groups[i], groups[i + 1]];
      if (centre(b) - centre(a) < (size(text(a)) + size(text(b))) / 2 + gap) {
        groups = [...groups.slice(0, i), { positions: [...a.positions, ...b.positions], texts: [...a.texts, ...b.texts] }, ...groups.slice(i + 2)];
        merged = true;
        break;
      }
    }
  }
  return groups.map((g) => ({ at: centre(g), text: text(g) }));
}

/** About how wide a text is in an SVG, in user units, at a font size: Vietnamese in a sans-serif averages about half an em a character (a little more, to be safe). */
export const textWidth = (text: string, fontSize: number) => text.length * fontSize * 0.55;

/** A name cut into lines of at most `width` units at `fontSize`, at spaces (a word longer than a line stays whole). */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, fontSize) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
