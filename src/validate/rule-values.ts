// Reading durations from the rule set: every number comes from data/rules, never a literal.
import type { RuleSet } from '../domain/rules.ts';

const DAYS_PER_WEEK = 7;

/** A duration rule in days: `days` as is, `weeks` × 7, `months` × `detention.month-days` (Dutch practice). */
export function durationDays(rules: RuleSet, id: string): number {
  const value = rules.number(id);
  const unit = String(rules.rule(id).unit).toLowerCase();
  if (unit.startsWith('day')) return value;
  if (unit.startsWith('week')) return value * DAYS_PER_WEEK;
  if (unit.startsWith('month')) return value * rules.number('detention.month-days');
  throw new Error(`rule ${id}: unit "${unit}" is not a duration in days, weeks or months`);
}

/** A rule in hours. */
export function hours(rules: RuleSet, id: string): number {
  const value = rules.number(id);
  const unit = String(rules.rule(id).unit).toLowerCase();
  if (unit.startsWith('hour') || unit === 'h') return value;
  throw new Error(`rule ${id}: unit "${unit}" is not hours`);
}
