/** The data contract of SPEC 4.1–4.3, as TypeScript types (the zod schemas in schema.ts check it). */
export type Level = 'so' | 'huyen' | 'xa';

export interface Unit {
  id: string;
  name: string;
  level: Level;
  formerNames?: Array<{ name: string; until: number }>;
  activeFrom?: number;
  activeUntil?: number;
  mergedInto?: string;
}

export interface Tier {
  id: string;
  label: string;
  min: number;
}

export interface Group {
  id: string;
  label: string;
  level: Level;
}

export interface Criterion {
  id: string;
  label: string;
}

export interface Points {
  score: number;
  max: number;
}

export interface ResultInput extends Points {
  unit: string;
  group: string;
  components?: Record<string, Points>;
}

export interface YearFile {
  year: number;
  regulation?: { number: string; date: string };
  announced?: string;
  survey?: { groups: number; forms: number };
  tiers: Tier[];
  groups: Group[];
  criteria?: Criterion[];
  results: ResultInput[];
  /** Unit scores not from a published source: every page showing them says so. */
  illustrative?: boolean;
  note?: string;
}

export interface NationalResult {
  year: number;
  score?: number;
  /** Only where the score was out of a maximum other than 100 (2016: 67,41/97,5). */
  max?: number;
  rank?: number;
  of?: number;
  components?: Array<{ id: string; label: string; score: number; max: number; rank?: number }>;
}

export interface NationalFile {
  name: string;
  source?: string;
  results: NationalResult[];
}
