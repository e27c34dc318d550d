import type { Problem } from '../problems/problem.ts';
import { closest } from '../problems/suggest.ts';
import { BODY } from '../source/body.ts';
import { EMBED_PROPS, EMBEDS, type EmbedDefinition, type PropKind } from './catalog.ts';
import type { EmbedUse } from './uses.ts';

/** What the components may name: the years, groups and units of data/, the documents, the national indices. */
export interface EmbedContext {
  /** Each assessment year with its groups, each with the units ranked in it. */
  years: ReadonlyMap<number, ReadonlyMap<string, ReadonlySet<string>>>;
  units: ReadonlySet<string>;
  /** Document numbers as written in the documents' files. */
  documentNumbers: readonly string[];
  /** The same number however it is typed (spaces, case, "Số:"): see documents/library.ts. */
  sameNumber(a: string, b: string): boolean;
  nationalIndices: ReadonlySet<string>;
}

const BY_NAME = new Map(EMBEDS.map((e) => [e.name, e]));

/** "a, b hoặc c". */
const choices = (items: readonly string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} hoặc ${items.at(-1)}` : (items[0] ?? ''));
/** The nearest valid value, or the valid values (shortened when long). */
function valid(written: string, known: readonly string[], where: string): string {
  if (known.length === 0) return `Chưa có giá trị nào (xem ${where}).`;
  const near = closest(written, known);
  const suggestion = near ? `Có phải bạn định viết "${near}"? ` : '';
  if (known.length > 12)
    return near ? `${suggestion}(danh sách trong ${where})` : `Các giá trị có: ${known.slice(0, 12).join(', ')}… (${known.length} giá trị, xem ${where}).`;
  return `${suggestion}Các giá trị có: ${known.join(', ')}.`;
}

/** A value of the portal's own for an example: the newest year, a group of the year written, the first unit… */
function exampleValue(prop: string, props: Record<string, string>, context: EmbedContext): string {
  const years = [...context.years.keys()].sort((a, b) => b - a);
  const groups = context.years.get(Number(props.nam)) ?? context.years.get(years[0]);
  const first = {
    nam: years[0] && String(years[0]),
    nhom: groups && [...groups.keys()][0],
    donVi: [...context.units][0],
    so: context.documentNumbers[0],
    chiSo: [...context.nationalIndices][0],
  }[prop];
  return props[prop] ?? first ?? EMBED_PROPS[prop].example;
}

/** How a form is written, with the props already written and the portal's own values for the rest. */
const example = (name: string, form: EmbedDefinition['forms'][number], props: Record<string, string>, context: EmbedContext) =>
  `<${name} ${form.required.map((p) => `${p}="${exampleValue(p, props, context)}"`).join(' ')} />`;

/** The form a use matches, or the problem with its props. */
function formOf(definition: EmbedDefinition, use: EmbedUse, context: EmbedContext): { form?: EmbedDefinition['forms'][number]; problem?: string } {
  const written = Object.keys(use.props).concat(use.unreadable);
  const tag = `<${definition.name}>`;
  const allProps = [...new Set(definition.forms.flatMap((f) => [...f.required, ...(f.optional ?? [])]))];
  const unknown = written.find((p) => !allProps.includes(p));
  if (unknown) {
    const near = closest(unknown, allProps);
    return {
      problem: `${tag} không có thuộc tính "${unknown}"${near ? `: có phải bạn định viết "${near}"?` : '.'} Thuộc tính dùng được: ${allProps.join(', ')}.`,
    };
  }
  // The form whose required props are all written, and that allows every prop written.
  const form = definition.forms.find(
    (f) => f.required.every((p) => written.includes(p)) && written.every((p) => f.required.includes(p) || f.optional?.includes(p)),
  );
  if (form) return { form };
  if (definition.forms.length === 1) {
    const missing = definition.forms[0].required.filter((p) => !written.includes(p));
    const names = missing.map((p) => `${p} (${EMBED_PROPS[p].label.toLowerCase()})`);
    return { problem: `${tag} thiếu thuộc tính ${choices(names)}: viết, ví dụ, ${example(definition.name, definition.forms[0], use.props, context)}.` };
  }
  const ways = definition.forms.map((f) => `${example(definition.name, f, use.props, context)} (${f.shows})`);
  return { problem: `${tag} viết theo một trong các cách: ${ways.join('; ')}.` };
}

/** The problem with one prop's value, if any. */
function valueProblem(kind: PropKind, value: string, props: Record<string, string>, context: EmbedContext): string | undefined {
  const years = [...context.years.keys()].sort((a, b) => a - b).map(String);
  switch (kind) {
    case 'year':
      if (!/^\d{4}$/.test(value) || !context.years.has(Number(value)))
        return years.length === 0
          ? `chưa có năm nào có kết quả trong data/par-index/.`
          : `năm "${value}" chưa có kết quả trong data/par-index/. ${valid(value, years, 'data/par-index/')}`;
      return undefined;
    case 'group': {
      const groups = context.years.get(Number(props.nam));
      if (!groups) return undefined; // the year's own problem is reported
      return groups.has(value)
        ? undefined
        : `năm ${props.nam} không có nhóm "${value}". ${valid(value, [...groups.keys()], `data/par-index/${props.nam}.json`)}`;
    }
    case 'unit': {
      if (!context.units.has(value)) return `không có đơn vị "${value}" trong data/units.json. ${valid(value, [...context.units], 'data/units.json')}`;
      const groups = props.nam ? context.years.get(Number(props.nam)) : undefined;
      if (groups && ![...groups.values()].some((units) => units.has(value))) {
        const ranked = [...groups.values()].flatMap((units) => [...units]);
        return `đơn vị "${value}" không được xếp hạng năm ${props.nam}. ${valid(value, ranked, `data/par-index/${props.nam}.json`)}`;
      }
      return undefined;
    }
    case 'document':
      return context.documentNumbers.some((n) => context.sameNumber(n, value))
        ? undefined
        : `không có văn bản số "${value}" trong src/content/documents/. ${valid(value, context.documentNumbers, 'src/content/documents/')}`;
    case 'count':
      return /^[1-9]\d*$/.test(value) ? undefined : `phải là một số nguyên dương, ví dụ top="5" (chỉ hiện 5 đơn vị đầu bảng).`;
    case 'nationalIndex':
      return context.nationalIndices.has(value)
        ? undefined
        : `không có chỉ số quốc gia "${value}" trong data/national/. ${valid(value, [...context.nationalIndices], 'data/national/')}`;
  }
}

/**
 * Checks each component written in an article against the catalog and the data: the name, the
 * props, and that the year, group, unit, document or index they name exists. One problem per
 * use, naming the file, the line and the valid choices.
 */
export function checkEmbeds(file: string, uses: readonly EmbedUse[], context: EmbedContext): Problem[] {
  const problems: Problem[] = [];
  for (const use of uses) {
    const add = (message: string) => problems.push({ file, line: use.line, field: BODY, message });
    const definition = BY_NAME.get(use.name as EmbedDefinition['name']);
    if (!definition) continue; // findEmbeds returns the catalog's components only
    if (use.unreadable.length > 0) {
      add(
        `<${use.name}>: giá trị của ${choices(use.unreadable)} phải viết trong dấu ngoặc kép, ví dụ ${use.unreadable
          .map((prop) => `${prop}="${EMBED_PROPS[prop] ? exampleValue(prop, {}, context) : '…'}"`)
          .join(' ')}.`,
      );
      continue;
    }
    const { form, problem } = formOf(definition, use, context);
    if (problem) {
      add(problem);
      continue;
    }
    for (const name of [...form!.required, ...(form!.optional ?? [])]) {
      if (use.props[name] === undefined) continue;
      const wrong = valueProblem(EMBED_PROPS[name].kind, use.props[name], use.props, context);
      if (wrong) {
        add(`<${use.name}> ${name}: ${wrong}`);
        break;
      }
    }
  }
  return problems;
}
