import { AppError } from '@mentora/core';
import { systemClock } from './clock';
import { ConfigError, loadConfig } from './config';
import { connect } from './db/connect';
import { migrateToLatest } from './db/migrate';
import { holdServerLease } from './db/server-lease';
import { backup } from './jobs/backup';
import { operatorMessage } from './operator-errors';

const USAGE = `Usage: mentora <command>
  start            migrate, load demo data into an empty database (DEMO_DATA=auto), serve the app
  migrate          apply database migrations
  seed             load the demo data of both seed programs into an empty database
  backup <file>    write a consistent copy of the SQLite database to <file> (never overwrites)
  restore <file> [--force]
                   replace the SQLite database with the backup <file>; refused while a server runs on it;
                   --force replaces a database that holds data (PostgreSQL: use pg_restore)
  init --program NAME --model cluster|school|both --levels a,b,c --root NAME --admin-name NAME --admin-login EMAIL|PHONE [--country PK]
                   set up a program, its root unit and its first admin (prints an invite code); on a deployment
                   without a system admin, that admin also becomes system admin
  sysadmin --login EMAIL|PHONE
                   recover a lost system admin: make this existing login system admin, enable it, end its
                   sessions and print a one-time reset code (audited)
Configuration is read from environment variables; see the README.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  const config = loadConfig();
  // Restore replaces the database file, so it must not hold it open.
  if (command === 'restore') return restoreCommand(config, args);
  const handle = connect(config.databaseUrl);
  try {
    switch (command) {
      case 'start':
        return await start(config, handle);
      case 'migrate': {
        const applied = await migrateToLatest(handle.db);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
        return 0;
      }
      case 'seed': {
        await migrateToLatest(handle.db);
        const { isDatabaseEmpty, seedDemo } = await import('./demo/seed');
        if (!(await isDatabaseEmpty(handle.db))) {
          console.error('The database already has programs; demo data is only loaded into an empty database.');
          return 1;
        }
        const { COMMANDS } = await import('./app');
        const started = performance.now();
        const summary = await seedDemo(handle.db, systemClock, COMMANDS);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(`Demo data loaded in ${seconds} s: ${JSON.stringify(summary)}`);
        return 0;
      }
      case 'backup': {
        if (!args[0]) throw new ConfigError('backup needs a target file: mentora backup ./backups/mentora.sqlite');
        await backup(handle, args[0]);
        console.log(`Backup written to ${args[0]}`);
        return 0;
      }
      case 'init': {
        await migrateToLatest(handle.db);
        const { initDeployment } = await import('./jobs/bootstrap');
        const { COMMANDS } = await import('./app');
        const opts = parseOptions(args);
        const model = opts.model ?? 'cluster';
        if (!['cluster', 'school', 'both'].includes(model))
          throw new ConfigError('--model must be cluster, school or both');
        const missing = ['program', 'levels', 'root', 'admin-name', 'admin-login'].filter((k) => !opts[k]);
        if (missing.length) throw new ConfigError(`init needs ${missing.map((m) => `--${m}`).join(', ')}\n${USAGE}`);
        const r = await initDeployment(handle.db, systemClock, COMMANDS, {
          program: opts.program as string,
          model: model as 'cluster' | 'school' | 'both',
          levels: (opts.levels as string).split(',').map((l) => l.trim()),
          root: opts.root as string,
          adminName: opts['admin-name'] as string,
          adminLogin: opts['admin-login'] as string,
          country: opts.country as string | undefined,
        });
        console.log(
          `Program created. The first admin logs in as ${r.login} with invite code ${r.code} (valid until ${r.expiresAt}),`,
        );
        console.log('choosing "I have a code" on the login page.');
        if (r.systemAdmin) console.log('This admin is also the system admin of the deployment.');
        return 0;
      }
      case 'sysadmin': {
        const login = parseOptions(args).login;
        if (!login || login === 'true') throw new ConfigError(`sysadmin needs --login EMAIL|PHONE\n${USAGE}`);
        await migrateToLatest(handle.db);
        const { recoverSystemAdmin } = await import('./jobs/system-admin');
        const { COMMANDS } = await import('./app');
        const r = await recoverSystemAdmin(handle.db, systemClock, COMMANDS, login).catch((e: unknown) => {
          throw e instanceof AppError ? new ConfigError(e.message) : e;
        });
        console.log(`${r.login} is now system admin. Reset code: ${r.code} (valid until ${r.expiresAt}),`);
        console.log('to be used once with "I have a code" on the login page. Earlier sessions were ended.');
        return 0;
      }
      default:
        console.error(`Unknown command "${command}".\n${USAGE}`);
        return 1;
    }
  } finally {
    if (command !== 'start') await handle.close();
  }
}

async function start(config: ReturnType<typeof loadConfig>, handle: ReturnType<typeof connect>): Promise<number> {
  // A pid note beside the SQLite file, so `restore` refuses while this server uses it.
  const release = handle.engine === 'sqlite' ? holdServerLease(config.databaseUrl) : () => {};
  process.on('exit', release);
  await migrateToLatest(handle.db);
  const { isDatabaseEmpty, seedDemo } = await import('./demo/seed');
  const { DEMO_LOGINS, DEMO_PASSWORD } = await import('./demo/logins');
  const seeded = config.demoData === 'auto' && (await isDatabaseEmpty(handle.db));
  const { buildApp, COMMANDS } = await import('./app');
  if (seeded) {
    const started = performance.now();
    await seedDemo(handle.db, systemClock, COMMANDS);
    console.log(`Demo data loaded in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  }
  const demoAdmin = await handle.db
    .selectFrom('users')
    .select('id')
    .where('loginEmail', '=', 'admin.ptmp@demo.mentora')
    .executeTakeFirst();
  const app = await buildApp(config, handle);
  await app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  console.log(`\nMentora is running at http://${shown}:${config.port}  (database: ${handle.engine})`);
  if (demoAdmin) {
    console.log(`Demo logins (password "${DEMO_PASSWORD}"):`);
    for (const l of DEMO_LOGINS) console.log(`  ${l.role.padEnd(17)} ${(l.program ?? '-').padEnd(28)} ${l.login}`);
  }
  const { cleanup } = await import('./jobs/cleanup');
  const sweep = setInterval(
    () => void cleanup(handle.db, systemClock).catch((err) => app.log.error({ err }, 'cleanup failed')),
    3600_000,
  );
  sweep.unref();
  // Graceful shutdown: stop taking requests, finish the ones in flight, close the database.
  let closing = false;
  const stop = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    clearInterval(sweep);
    await app.close();
    await handle.close();
    release();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  return 0;
}

/** `restore <file> [--force]`: SQLite only; the server must be stopped. */
async function restoreCommand(config: ReturnType<typeof loadConfig>, args: string[]): Promise<number> {
  if (/^postgres(ql)?:\/\//.test(config.databaseUrl))
    throw new ConfigError('On PostgreSQL, restore with pg_restore (see the admin guide, "Backups").');
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new ConfigError('restore needs a backup file: mentora restore ./backups/mentora.sqlite [--force]');
  const { restore } = await import('./jobs/restore');
  const r = await restore(file, config.databaseUrl, { force: args.includes('--force') });
  console.log(`Restored ${r.target} from ${file}: ${r.programs} programs, ${r.persons} persons.`);
  console.log('Start the server again; it applies any newer migrations on start.');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    // Disk, permission, port and database errors: one line the operator can act on; our bugs: the stack.
    const line = operatorMessage(error, process.env.DATABASE_URL);
    console.error(line ?? error);
    process.exit(1);
  },
);

/** `--name value` pairs; a flag without a value is "true". */
function parseOptions(args: string[]): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (!a.startsWith('--')) continue;
    const next = args[i + 1];
    const hasValue = next !== undefined && !next.startsWith('--');
    out[a.slice(2)] = hasValue ? next : 'true';
    if (hasValue) i++;
  }
  return out;
}
