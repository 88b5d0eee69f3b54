// rotonde token create|list|revoke --db FILE …
import { auditTokenChange, createToken, listTokens, revokeToken, TokenRequest } from '../../auth/tokens.ts';
import type { TokenInfo } from '../../auth/tokens.ts';
import type { Db } from '../../store/index.ts';
import { parseCommandArgs, stringOption, usageError } from '../args.ts';
import type { CommandArgs } from '../args.ts';
import { openExisting } from '../db-file.ts';
import type { Io } from '../io.ts';
import { EXIT } from '../io.ts';

export const usage = `Usage: rotonde token create --db FILE --name NAME --role ROLE [--region ID]
       rotonde token list   --db FILE [--json]
       rotonde token revoke --db FILE --id ID

Manages the API tokens of the service.
  create  prints a new token's secret, once: only its hash is stored. ROLE is planner, officer,
          analyst, admin or partner; an officer needs --region, a police region id of a stored
          scenario, and no other role takes one.
  list    the tokens: id, role, region, created, revoked, name (never a secret).
  revoke  the token stops working at once, for good.
Creating and revoking are recorded in the audit log.
`;

type Sub = (args: CommandArgs, db: Db, io: Io) => number;

const SUBCOMMANDS: Record<
  string,
  { options: Record<string, { type: 'string' | 'boolean' }>; required: string[]; run: Sub }
> = {
  create: {
    options: {
      db: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      region: { type: 'string' },
    },
    required: ['db', 'name', 'role'],
    run: create,
  },
  list: { options: { db: { type: 'string' }, json: { type: 'boolean' } }, required: ['db'], run: list },
  revoke: {
    options: { db: { type: 'string' }, id: { type: 'string' } },
    required: ['db', 'id'],
    run: revoke,
  },
};

export function run(argv: string[], io: Io): number {
  const [name, ...rest] = argv;
  const sub = name === undefined ? undefined : SUBCOMMANDS[name];
  if (sub === undefined)
    return usageError(
      io,
      name === undefined ? 'missing create, list or revoke' : `unknown subcommand "${name}"`,
      usage,
    );
  const args = parseCommandArgs(rest, { options: sub.options, required: sub.required });
  if (!args.ok) return usageError(io, args.message, usage);
  const db = openExisting(stringOption(args.value, 'db') as string, io);
  if (db === undefined) return EXIT.failed;
  try {
    return sub.run(args.value, db, io);
  } finally {
    db.close();
  }
}

function create(args: CommandArgs, db: Db, io: Io): number {
  const region = stringOption(args, 'region');
  const parsed = TokenRequest.safeParse({
    name: stringOption(args, 'name'),
    role: stringOption(args, 'role'),
    ...(region === undefined ? {} : { regionId: region }),
  });
  if (!parsed.success) {
    io.err(`${parsed.error.issues.map((i) => `${i.path.join('.') || 'token'}: ${i.message}`).join('\n')}\n`);
    return EXIT.failed;
  }
  const request = parsed.data;
  if (request.regionId !== undefined && !regionExists(db, request.regionId)) {
    io.err(`no police region "${request.regionId}" in any scenario of ${db.name}\n`);
    return EXIT.failed;
  }
  const now = new Date();
  const { id, secret } = db
    .transaction(() => {
      const token = createToken(db, request, now);
      auditTokenChange(db, now, 'token create', EXIT.ok, { id: token.id, ...request });
      return token;
    })
    .immediate();
  io.out(`created token ${id} (${request.role}${request.regionId ? `, region ${request.regionId}` : ''})\n`);
  io.out(`secret (shown only now; send it as "Authorization: Bearer <secret>"):\n${secret}\n`);
  return EXIT.ok;
}

function regionExists(db: Db, regionId: string): boolean {
  return db.prepare('SELECT 1 FROM police_regions WHERE id = ? LIMIT 1').get(regionId) !== undefined;
}

function list(args: CommandArgs, db: Db, io: Io): number {
  const tokens = listTokens(db);
  if (args.options.json === true) io.out(`${JSON.stringify(tokens, null, 2)}\n`);
  else if (tokens.length === 0) io.out(`no tokens in ${db.name}\n`);
  else io.out(formatTable(tokens));
  return EXIT.ok;
}

function revoke(args: CommandArgs, db: Db, io: Io): number {
  const id = stringOption(args, 'id') as string;
  const now = new Date();
  const result = db
    .transaction(() => {
      const r = revokeToken(db, id, now);
      if (r === 'revoked') auditTokenChange(db, now, 'token revoke', EXIT.ok, { id });
      return r;
    })
    .immediate();
  if (result === 'not-found') {
    io.err(`no token "${id}"\n`);
    return EXIT.failed;
  }
  io.out(result === 'revoked' ? `revoked token ${id}\n` : `token ${id} was already revoked\n`);
  return EXIT.ok;
}

function formatTable(tokens: readonly TokenInfo[]): string {
  const rows = [
    ['id', 'role', 'region', 'created', 'revoked', 'name'],
    ...tokens.map((t) => [t.id, t.role, t.regionId ?? '-', t.createdAt, t.revokedAt ?? '-', t.name]),
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
  return rows
    .map(
      (r) =>
        `${r
          .map((cell, i) => cell.padEnd(widths[i] ?? 0))
          .join('  ')
          .trimEnd()}\n`,
    )
    .join('');
}
