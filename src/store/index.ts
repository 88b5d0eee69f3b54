// The store's public surface.
export { openDatabase } from './database.ts';
export type { Db } from './database.ts';
export { migrate, loadMigrations } from './migrate.ts';
export type { Migration } from './migrate.ts';
export { importScenario, exportScenario, listScenarios, deleteScenario } from './scenario-store.ts';
export type { ImportOptions, ImportResult, ScenarioSummary } from './scenario-store.ts';
