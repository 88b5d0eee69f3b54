// rotonde serve [--db FILE] [--port N] [--host HOST]
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createService } from '../../http/service.ts';
import { createLogger } from '../../http/logging.ts';
import { ensureDevTokens } from '../../auth/tokens.ts';
import { readOrCreateSecret } from '../secret-file.ts';
import { importScenario, listScenarios, openDatabase } from '../../store/index.ts';
import type { Db } from '../../store/index.ts';
import type { AnyEndpoint } from '../../http/endpoint.ts';
import { parseCommandArgs, stringOption, usageError } from '../args.ts';
import { formatFieldErrors, printMessages, readJsonFile } from '../files.ts';
import type { Io } from '../io.ts';
import { EXIT } from '../io.ts';

export const usage = `Usage: rotonde serve [--db FILE] [--port N] [--host HOST]

Starts the planning service. A database without scenarios first receives the demo scenario
(data/scenarios/national.json), and a database without API tokens one development token per role,
printed once. Every endpoint but health, rules, the OpenAPI document and partner feeds needs a
bearer token. Stops on Ctrl+C (SIGINT) or SIGTERM.

Options:
  --db FILE    the database (default data/rotonde.db; created if missing)
  --port N     the port (default 8080; 0 picks a free one)
  --host HOST  the address to listen on (default 127.0.0.1: this machine only)
  --secret FILE  the server secret for pseudonyms and feed references (default data/rotonde.secret;
               created if missing; never stored in the database)
`;

const DEMO_SCENARIO = 'data/scenarios/national.json';
const DEMO_FILE = fileURLToPath(new URL(`../../../${DEMO_SCENARIO}`, import.meta.url));
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export async function run(argv: string[], io: Io): Promise<number> {
  const args = parseCommandArgs(argv, {
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      secret: { type: 'string' },
    },
  });
  if (!args.ok) return usageError(io, args.message, usage);
  const dbFile = stringOption(args.value, 'db') ?? 'data/rotonde.db';
  const host = stringOption(args.value, 'host') ?? '127.0.0.1';
  const port = parsePort(stringOption(args.value, 'port') ?? '8080');
  if (port === undefined) return usageError(io, '--port expects a whole number 0..65535', usage);

  let db: Db;
  try {
    db = openDatabase(dbFile);
  } catch (e) {
    io.err(`cannot open database ${dbFile}: ${(e as Error).message}\n`);
    return EXIT.failed;
  }
  try {
    if (!seedDemo(db, io)) return EXIT.failed;
    const tokens = ensureDevTokens(db);
    const salt = readOrCreateSecret(stringOption(args.value, 'secret') ?? 'data/rotonde.secret');
    const service = createService(db, { salt, logger: createLogger({ level: 'warn' }) });
    const server = await listen(createServer(service.app), port, host).catch((e: Error) => {
      io.err(`cannot listen on ${host}:${port}: ${e.message}\n`);
      return undefined;
    });
    if (server === undefined) {
      await service.close();
      return EXIT.failed;
    }
    // Listen for the stop signals before saying we are up, so a signal sent on that line is caught.
    const stopped = nextSignal();
    printTokens(io, tokens);
    announce(io, host, (server.address() as AddressInfo).port, service.endpoints);
    const signal = await stopped;
    io.out(`${signal}: stopping\n`);
    await close(server);
    await service.close();
    return EXIT.ok;
  } finally {
    db.close();
  }
}

function parsePort(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const port = Number(text);
  return port <= 65535 ? port : undefined;
}

/** Imports the demo scenario into a database without scenarios; false when that fails. */
function seedDemo(db: Db, io: Io): boolean {
  if (listScenarios(db).length > 0) return true;
  const json = readJsonFile(DEMO_FILE);
  if (!json.ok) {
    printMessages(io.err, json.messages);
    return false;
  }
  const result = importScenario(db, json.value);
  if (!result.ok) {
    printMessages(io.err, [`not imported: ${DEMO_SCENARIO}`, ...formatFieldErrors(result.errors)]);
    return false;
  }
  const cases = listScenarios(db).find((s) => s.id === result.id)?.cases ?? 0;
  io.out(`imported demo scenario ${result.id} (${cases} cases) from ${DEMO_SCENARIO} into ${db.name}\n`);
  return true;
}

function listen(server: Server, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

function announce(io: Io, host: string, port: number, endpoints: readonly AnyEndpoint[]): void {
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const lines = [
    `rotonde listening on ${url}`,
    `  web UI: ${url}/ui/ (log in with one of the tokens)`,
    `  reference: ${url}/docs · OpenAPI: ${url}/openapi.json`,
    ...endpoints.map((e) => `  ${e.method.toUpperCase().padEnd(6)} ${e.path}`),
  ];
  if (!LOOPBACK.has(host)) lines.push(`warning: ${host} is reachable from other machines`);
  io.out(`${lines.join('\n')}\n`);
}

/** Development tokens, shown once when created (only their hashes are stored). */
function printTokens(io: Io, tokens: ReturnType<typeof ensureDevTokens>): void {
  if (tokens.length === 0) return;
  io.out('development tokens (shown once; send as Authorization: Bearer <token>):\n');
  for (const t of tokens)
    io.out(`  ${t.role.padEnd(8)} ${t.secret}${t.regionId ? `  (region ${t.regionId})` : ''}\n`);
}

function nextSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Stops accepting connections, ends idle keep-alive ones, and waits for requests in flight. */
function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((e) => (e ? reject(e) : resolve()));
    server.closeIdleConnections();
  });
}
