/** Search definitions as plain data: filter trees and column specs, validated against the schema at run time. */

export interface FilterSpec {
  name: string;
  join?: string;
  operator: string;
  values: unknown[];
  summary?: string;
  formula?: string;
}

export type FilterNode =
  | { kind: 'condition'; filter: FilterSpec }
  | { kind: 'and' | 'or'; children: FilterNode[] }
  | { kind: 'not'; child: FilterNode };

export const SUMMARY_TYPES = ['GROUP', 'COUNT', 'SUM', 'AVG', 'MIN', 'MAX'] as const;
export type SummaryType = (typeof SUMMARY_TYPES)[number];

export interface ColumnSpec {
  name: string;
  join?: string;
  summary?: SummaryType;
  sort?: 'ASC' | 'DESC' | 'NONE';
  label?: string;
  formula?: string;
}
