/**
 * The mock factory: one in-memory VDX (realm, organisations, devices, queues, webhooks,
 * meetings and appointment logs) served by MSW handlers.
 */
import type { HttpHandler } from 'msw';
import { type FailureOptions, FailureSchedule } from './failures.js';
import type { MockContext } from './operation-types.js';
import { OPERATION_DEFINITIONS } from './operations/index.js';
import type { OperationId } from './spec.js';
import { MockState } from './state/mock-state.js';

/** Options of `createVdxMock()`. */
export interface VdxMockOptions {
  /** The base URL that the handlers match; default `http://vdx.test`. */
  baseUrl?: string;
  /** The realm name of the token endpoint and discovery; default `vdx`. */
  realm?: string;
  /** The clock for timestamps and token expiry; default the system clock. */
  now?: () => Date;
  /** Lifetime of issued access tokens in seconds; default 300, Keycloak's default. */
  accessTokenLifetimeSeconds?: number;
  /** Lifetime of issued refresh tokens in seconds; default 1800, Keycloak's default. */
  refreshTokenLifetimeSeconds?: number;
  /** The instant from which the legacy STS exchange responds 410; default 2026-12-01 in Denmark. */
  stsCutOff?: Date;
}

/** A mock VDX: its MSW handlers, its state and the controls that tests use. */
export interface VdxMock {
  /** The MSW handlers; pass them to `setupServer()` or `setupWorker()`. */
  handlers: HttpHandler[];
  /** Restores the seeded state and drops every scheduled failure (issued tokens stay valid). */
  reset(): void;
  /**
   * Makes the next call of an operation fail with a spec-shaped error of this status, or with
   * a network error. Several failures of one operation are taken in the order they were set.
   *
   * @throws {TypeError} for an operation that the mock does not implement, a status outside
   *   400-599, or an option out of range.
   */
  fail(operationId: OperationId, status: number, options?: FailureOptions): void;
  /** The in-memory state, for tests that need to read or prepare it directly. */
  state: MockState;
}

const DEFAULT_BASE_URL = 'http://vdx.test';
const DEFAULT_REALM = 'vdx';
const DEFAULT_STS_CUT_OFF = new Date('2026-12-01T00:00:00+01:00');
const REALM_PATTERN = /^[A-Za-z0-9._-]{1,100}$/;

function normaliseBaseUrl(baseUrl: string): string {
  const url = URL.canParse(baseUrl) ? new URL(baseUrl) : undefined;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) {
    throw new TypeError(
      `createVdxMock(): baseUrl must be an absolute http or https URL without query or fragment, such as ${DEFAULT_BASE_URL}; got ${baseUrl}.`,
    );
  }
  return url.href.replace(/\/+$/, '');
}

function checkLifetime(name: string, value: number): number {
  if (!(Number.isInteger(value) && value >= 1)) {
    throw new TypeError(`createVdxMock(): ${name} must be an integer >= 1; got ${value}.`);
  }
  return value;
}

function createContext(options: VdxMockOptions): MockContext {
  const realm = options.realm ?? DEFAULT_REALM;
  if (!REALM_PATTERN.test(realm)) {
    throw new TypeError(
      `createVdxMock(): realm must be 1-100 letters, digits, dots, underscores or hyphens; got ${realm}.`,
    );
  }
  return {
    state: new MockState(options.now ?? (() => new Date())),
    baseUrl: normaliseBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL),
    realm,
    accessTokenLifetimeSeconds: checkLifetime(
      'accessTokenLifetimeSeconds',
      options.accessTokenLifetimeSeconds ?? 300,
    ),
    refreshTokenLifetimeSeconds: checkLifetime(
      'refreshTokenLifetimeSeconds',
      options.refreshTokenLifetimeSeconds ?? 1800,
    ),
    stsCutOff: options.stsCutOff ?? DEFAULT_STS_CUT_OFF,
  };
}

/**
 * Creates a mock VDX with its own state, seeded from the demo data of `@vdx/sdk/demo`.
 *
 * @throws {TypeError} for a base URL, realm or lifetime that is not valid.
 * @example
 * const mock = createVdxMock({ baseUrl: 'http://vdx.test' });
 * const server = setupServer(...mock.handlers);
 * server.listen({ onUnhandledRequest: 'error' });
 * mock.fail('getDevice', 503, { retryAfterSeconds: 2 });
 */
export function createVdxMock(options: VdxMockOptions = {}): VdxMock {
  const context = createContext(options);
  const failures = new FailureSchedule();
  const implemented = new Set(OPERATION_DEFINITIONS.map((definition) => definition.operationId));
  return {
    handlers: OPERATION_DEFINITIONS.map((definition) =>
      definition.createHandler(context, failures),
    ),
    state: context.state,
    reset() {
      context.state.reset();
      failures.reset();
    },
    fail(operationId, status, failureOptions) {
      if (!implemented.has(operationId)) {
        throw new TypeError(
          `fail('${operationId}'): the mock has no handler for this operation; it implements ${[...implemented].join(', ')}.`,
        );
      }
      failures.add(operationId, status, failureOptions);
    },
  };
}
