// The domain's public surface: schemas (each schema and its type share one name).
export * from './primitives.ts';
export * from './case.ts';
export * from './sites.ts';
export * from './availability.ts';
export * from './flights.ts';
export * from './plan.ts';
export * from './scenario.ts';
export * from './parse.ts';
export * from './rules.ts';
export * from './calendar.ts';
export * from './deadlines.ts';
export * from './conditions.ts';
