import { systemClock } from './clock';
import { ConfigError, loadConfig } from './config';
import { connect } from './db/connect';
import { migrateToLatest } from './db/migrate';
import { backup } from './jobs/backup';

const USAGE = `Usage: mentora <command>
  start            migrate, load demo data into an empty database (DEMO_DATA=auto), serve the app
  migrate          apply database migrations
  seed             load the demo data of both seed programs into an empty database
  backup <file>    write a consistent copy of the SQLite database to <file>
Configuration is read from environment variables; see the README.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  const config = loadConfig();
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
        const summary = await seedDemo(handle.db, systemClock);
        console.log(`Demo data loaded: ${JSON.stringify(summary)}`);
        return 0;
      }
      case 'backup': {
        if (!args[0]) throw new ConfigError('backup needs a target file: mentora backup ./backups/mentora.sqlite');
        await backup(handle, args[0]);
        console.log(`Backup written to ${args[0]}`);
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
  await migrateToLatest(handle.db);
  const { isDatabaseEmpty, seedDemo } = await import('./demo/seed');
  const { DEMO_LOGINS, DEMO_PASSWORD } = await import('./demo/logins');
  const seeded = config.demoData === 'auto' && (await isDatabaseEmpty(handle.db));
  if (seeded) await seedDemo(handle.db, systemClock);
  const { buildApp } = await import('./app');
  const app = await buildApp(config, handle);
  await app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  console.log(`\nMentora is running at http://${shown}:${config.port}  (database: ${handle.engine})`);
  if (seeded || config.demoData === 'auto') {
    console.log(`Demo logins (password "${DEMO_PASSWORD}"):`);
    for (const l of DEMO_LOGINS) console.log(`  ${l.role.padEnd(17)} ${(l.program ?? '-').padEnd(28)} ${l.login}`);
  }
  // Graceful shutdown: stop taking requests, finish the ones in flight, close the database.
  let closing = false;
  const stop = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof ConfigError) console.error(error.message);
    else console.error(error);
    process.exit(1);
  },
);
