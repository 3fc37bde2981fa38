import type { Logger } from 'pino';
import { finishConfig, resolveOptions, type ServerConfig, type ServerOptions } from './config.js';
import { openDatabase } from './db/open-database.js';
import { resolveLogger } from './logger.js';
import { RealmService } from './realm/realm-service.js';
import { SigningKeys } from './realm/signing-keys.js';
import { TokenIssuer } from './realm/token-issuer.js';
import { TokenVerifier } from './realm/token-verifier.js';
import { type DemoSeedResult, seedDemo } from './seed/demo.js';
import { DeviceLoginService } from './services/device-login-service.js';
import { DeviceService } from './services/device-service.js';
import { IdempotencyService } from './services/idempotency-service.js';
import { OrganisationDirectory } from './services/organisation-directory.js';
import { OrganisationService } from './services/organisation-service.js';
import { QueueService } from './services/queue-service.js';
import { loadSpec } from './spec/index.js';
import type { OperationSpec } from './spec/operations.js';
import type { SpecValidators } from './spec/validators.js';
import { SqliteStore } from './store/sqlite-store.js';
import type { Store } from './store/store.js';

/** Everything the app's routes use: configuration, store, realm and domain services. */
export interface AppContext {
  config: ServerConfig;
  logger: Logger;
  store: Store;
  operations: ReadonlyMap<string, OperationSpec>;
  validators: SpecValidators;
  /** Counts of the rows the demo seed inserted, or undefined without the demo seed. */
  demoSeed: DemoSeedResult | undefined;
  keys: SigningKeys;
  issuer: TokenIssuer;
  verifier: TokenVerifier;
  realm: RealmService;
  organisations: OrganisationService;
  devices: DeviceService;
  deviceLogin: DeviceLoginService;
  queues: QueueService;
  idempotency: IdempotencyService;
  /** Closes the database. */
  close(): void;
}

/**
 * Opens the database, applies migrations, seeds it when asked, loads the signing key and
 * builds the services.
 *
 * With `port: 0` the issuer would name port 0, so {@link startServer} passes the port it
 * listens on.
 *
 * @throws {ConfigError} for an unusable option.
 */
export async function createAppContext(options: ServerOptions = {}): Promise<AppContext> {
  const config = finishConfig(resolveOptions(options), options.port ?? 8787);
  const logger = resolveLogger(config.logger);
  const store = new SqliteStore(openDatabase(config.db));
  try {
    const demoSeed = config.seed === 'demo' ? await seedDemo(store) : undefined;
    const directory = new OrganisationDirectory(await store.listOrganisations());
    const keys = await SigningKeys.load(store);
    const { operations, validators } = loadSpec();
    const issuer = new TokenIssuer(keys, store, config);
    const verifier = new TokenVerifier(keys, config.issuer, config.realm);
    const devices = new DeviceService(store, directory, config);
    return {
      config,
      logger,
      store,
      operations,
      validators,
      demoSeed,
      keys,
      issuer,
      verifier,
      realm: new RealmService(store, issuer, verifier, config),
      organisations: new OrganisationService(directory),
      devices,
      deviceLogin: new DeviceLoginService(store, issuer),
      queues: new QueueService(store, devices),
      idempotency: new IdempotencyService(store),
      close: () => store.close(),
    };
  } catch (error) {
    store.close();
    throw error;
  }
}
