// The exact model as CPLEX LP text, for HiGHS's one-shot `solve`, other solvers and debugging.
// Names are mapped to `x<i>` (variable i) and `r<i>` (row i), listed in comments at the top, because
// the format restricts names (length, characters, no leading digit) and the model's names are free text.
import type { Milp, Row, Term } from './milp.ts';

const TERMS_PER_LINE = 8;
const NAMES_PER_LINE = 10;
const COMMENT_WIDTH = 80;

/**
 * Writes `model` in CPLEX LP format. A ranged row (both bounds finite and different) is written as two
 * rows `r<i>_lo` and `r<i>_up`, since HiGHS's reader rejects `lo <= expression <= up`. Every variable
 * appears in the objective, with 0 where it has no cost, so that the column order is the model's.
 * Integer variables go to `Generals` with explicit bounds (no `Binaries`, whose implied bounds
 * could disagree with the model's). A row with no terms, which the format cannot state, is omitted
 * when 0 satisfies it and written against a variable fixed at 0 when it does not.
 */
export function toCplexLp(model: Milp): string {
  const placeholder = model.variables.length > 0 ? lpVariableName(0) : 'd0';
  const rowLines = model.rows.flatMap((row, index) => writeRow(row, index, placeholder));
  const needsPlaceholder = placeholder === 'd0' && rowLines.some((line) => !line.startsWith('\\'));
  const objectiveTerms = model.variables.map((variable, index) => ({
    variable: index,
    coefficient: variable.objective,
  }));
  const integers = model.variables.flatMap((variable, index) =>
    variable.integer ? [lpVariableName(index)] : [],
  );
  const lines = [
    `\\ rotonde MILP: ${model.variables.length} variables, ${model.rows.length} rows`,
    ...model.variables.map((variable, index) => `\\ ${lpVariableName(index)} = ${sanitise(variable.name)}`),
    ...model.rows.map((row, index) => `\\ r${index} = ${sanitise(row.name)}`),
    model.sense === 'maximize' ? 'Maximize' : 'Minimize',
    ` obj: ${writeExpression(objectiveTerms, true)}`.trimEnd(),
    'Subject To',
    ...rowLines,
    'Bounds',
    ...model.variables.map(
      (variable, index) => ` ${writeBounds(lpVariableName(index), variable.lower, variable.upper)}`,
    ),
    ...(needsPlaceholder ? [' d0 = 0'] : []),
    ...(integers.length > 0
      ? ['Generals', ...chunk(integers, NAMES_PER_LINE).map((names) => ` ${names.join(' ')}`)]
      : []),
    'End',
  ];
  return `${lines.join('\n')}\n`;
}

/** The LP-text name of variable `index` (its position in `Milp.variables`). */
export function lpVariableName(index: number): string {
  return `x${index}`;
}

function writeRow(row: Row, index: number, placeholder: string): string[] {
  const terms = mergeTerms(row.terms);
  const name = `r${index}`;
  if (row.lower === -Infinity && row.upper === Infinity) return [`\\ ${name}: free row omitted`];
  if (terms.length === 0) {
    if (row.lower <= 0 && row.upper >= 0) return [`\\ ${name}: no terms, always satisfied, omitted`];
    const side = row.lower > 0 ? `>= ${formatNumber(row.lower)}` : `<= ${formatNumber(row.upper)}`;
    return [` ${name}: 0 ${placeholder} ${side}`];
  }
  const expression = writeExpression(terms, false);
  if (row.lower === row.upper) return [` ${name}: ${expression} = ${formatNumber(row.lower)}`];
  if (row.lower === -Infinity) return [` ${name}: ${expression} <= ${formatNumber(row.upper)}`];
  if (row.upper === Infinity) return [` ${name}: ${expression} >= ${formatNumber(row.lower)}`];
  return [
    ` ${name}_lo: ${expression} >= ${formatNumber(row.lower)}`,
    ` ${name}_up: ${expression} <= ${formatNumber(row.upper)}`,
  ];
}

/** `3 x0 - 2 x4 + …`, broken every few terms onto continuation lines to keep lines short. */
function writeExpression(terms: readonly Term[], keepZeros: boolean): string {
  const parts = terms
    .filter((term) => keepZeros || term.coefficient !== 0)
    .map((term, position) => {
      const magnitude = formatNumber(Math.abs(term.coefficient));
      const sign = term.coefficient < 0 ? '-' : '+';
      const prefix = position === 0 ? (sign === '-' ? '- ' : '') : `${sign} `;
      return `${prefix}${magnitude} ${lpVariableName(term.variable)}`;
    });
  return chunk(parts, TERMS_PER_LINE)
    .map((line) => line.join(' '))
    .join('\n   ');
}

function writeBounds(name: string, lower: number, upper: number): string {
  if (lower === upper) return `${name} = ${formatNumber(lower)}`;
  if (lower === -Infinity && upper === Infinity) return `${name} free`;
  return `${formatNumber(lower)} <= ${name} <= ${formatNumber(upper)}`;
}

/** Shortest exact decimal (JavaScript's round-trip form, e.g. `1e-7`), and `±inf` for infinities. */
function formatNumber(value: number): string {
  if (value === Infinity) return '+inf';
  if (value === -Infinity) return '-inf';
  return Object.is(value, -0) ? '0' : String(value);
}

function mergeTerms(terms: readonly Term[]): Term[] {
  const sums = new Map<number, number>();
  for (const term of terms) sums.set(term.variable, (sums.get(term.variable) ?? 0) + term.coefficient);
  return [...sums]
    .map(([variable, coefficient]) => ({ variable, coefficient }))
    .filter((term) => term.coefficient !== 0);
}

/** Printable ASCII only, and short: a comment must not end early or span lines. */
function sanitise(name: string): string {
  const printable = name.replace(/[^\x20-\x7e]/g, '?');
  return printable.length > COMMENT_WIDTH ? `${printable.slice(0, COMMENT_WIDTH - 1)}~` : printable;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
