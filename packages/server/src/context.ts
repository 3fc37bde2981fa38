import type { Logger } from 'pino';
import { finishConfig, resolveOptions, type ServerConfig, type ServerOptions } from './config.js';
import { openDatabase } from './db/open-database.js';
import { resolveLogger } from './logger.js';
import { ClientStatus } from './realm/client-status.js';
import { RealmService } from './realm/realm-service.js';
import { SigningKeys } from './realm/signing-keys.js';
import { TokenIssuer } from './realm/token-issuer.js';
import { TokenVerifier } from './realm/token-verifier.js';
import { LoginGuard } from './routes/login-guard.js';
import { type DemoSeedResult, seedDemo } from './seed/demo.js';
import { AppointmentEventWriter } from './services/appointment-events.js';
import { AppointmentLogService } from './services/appointment-log-service.js';
import { AppointmentService } from './services/appointment-service.js';
import { DeviceLoginService } from './services/device-login-service.js';
import { DeviceService } from './services/device-service.js';
import { DirectoryService } from './services/directory-service.js';
import { IdempotencyService } from './services/idempotency-service.js';
import { MeetingService } from './services/meeting-service.js';
import { OrganisationDirectory } from './services/organisation-directory.js';
import { OrganisationService } from './services/organisation-service.js';
import { ParticipantRules } from './services/participant-rules.js';
import { ParticipantService } from './services/participant-service.js';
import { QueueService } from './services/queue-service.js';
import { RateLimiter } from './services/rate-limiter.js';
import { type VideoApiInfo, videoApiInfo } from './services/video-api-info.js';
import { WebhookDeliveryWorker } from './services/webhook-delivery.js';
import { WebhookService } from './services/webhook-service.js';
import { loadSpec } from './spec/index.js';
import type { OperationSpec } from './spec/operations.js';
import type { SpecValidators } from './spec/validators.js';
import type { MeetingStore } from './store/meeting-store.js';
import { SqliteMeetingStore } from './store/sqlite-meeting-store.js';
import { SqliteStore } from './store/sqlite-store.js';
import type { Store } from './store/store.js';
import { SqliteWebhookStore } from './store/webhook-store.js';

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
  meetingStore: MeetingStore;
  meetings: MeetingService;
  participants: ParticipantService;
  appointments: AppointmentService;
  directorySearch: DirectoryService;
  appointmentLog: AppointmentLogService;
  /** The body of `GET /videoapi/v2/info`. */
  videoApiInfo: VideoApiInfo;
  webhooks: WebhookService;
  /** Sends webhook events in the background; started here and stopped by {@link close}. */
  webhookDelivery: WebhookDeliveryWorker;
  /** Limits and logs failed device logins and client authentications. */
  loginGuard: LoginGuard;
  /** Stops the webhook delivery worker and closes the database. */
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
  const db = openDatabase(config.db);
  const store = new SqliteStore(db);
  const webhookStore = new SqliteWebhookStore(db);
  const webhookDelivery = new WebhookDeliveryWorker(webhookStore, logger, {
    timeoutMs: config.webhookTimeoutMs,
    retryBaseMs: config.webhookRetryBaseMs,
    concurrency: config.webhookConcurrency,
  });
  // Meeting changes write their appointment events into the webhook outbox in their own
  // transaction, and wake the worker (as WebhookService.notifyCommitted does) after the commit.
  const appointmentEvents = new AppointmentEventWriter(webhookStore, () => webhookDelivery.wake());
  const meetingStore = new SqliteMeetingStore(db, appointmentEvents);
  try {
    const demoSeed = config.seed === 'demo' ? await seedDemo(store, meetingStore) : undefined;
    const directory = new OrganisationDirectory(await store.listOrganisations());
    const keys = await SigningKeys.load(store);
    const { operations, validators } = loadSpec();
    const issuer = new TokenIssuer(keys, store, config);
    const clients = new ClientStatus(store, config.seed === 'demo');
    await logDisabledDemoClients(clients, logger);
    const verifier = new TokenVerifier(
      keys,
      config.issuer,
      config.realm,
      config.clockSkewSeconds,
      clients,
    );
    const devices = new DeviceService(store, directory, config);
    const webhooks = new WebhookService(webhookStore, directory, config, () =>
      webhookDelivery.wake(),
    );
    webhookDelivery.start();
    const participantRules = new ParticipantRules(store, meetingStore, directory);
    const meetings = new MeetingService(store, meetingStore, directory, participantRules, config);
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
      realm: new RealmService(store, issuer, verifier, config, clients),
      organisations: new OrganisationService(directory),
      devices,
      deviceLogin: new DeviceLoginService(store, issuer),
      queues: new QueueService(store, devices, webhooks),
      idempotency: new IdempotencyService(store),
      webhooks,
      webhookDelivery,
      meetingStore,
      meetings,
      participants: new ParticipantService(meetings, meetingStore, participantRules),
      appointments: new AppointmentService(meetingStore, directory, devices, config),
      directorySearch: new DirectoryService(
        meetingStore,
        new RateLimiter(config.directorySearchesPerMinute, 'directory searches'),
      ),
      appointmentLog: new AppointmentLogService(meetingStore),
      videoApiInfo: videoApiInfo(),
      loginGuard: new LoginGuard(
        {
          failuresPerId: config.loginFailuresPerId,
          failuresPerAddress: config.loginFailuresPerAddress,
          windowSeconds: config.loginFailureWindowSeconds,
        },
        logger,
      ),
      close: () => {
        webhookDelivery.stop();
        store.close();
      },
    };
  } catch (error) {
    webhookDelivery.stop();
    store.close();
    throw error;
  }
}

/** Logs one line when the database contains demo clients that the demo-seed rule disables. */
async function logDisabledDemoClients(clients: ClientStatus, logger: Logger): Promise<void> {
  const disabled = await clients.disabledDemoClients();
  if (disabled.length === 0) return;
  logger.warn(
    { clientIds: disabled },
    `The database contains ${disabled.length} demo clients; they are disabled because the server runs without --seed demo.`,
  );
}
