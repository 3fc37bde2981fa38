/**
 * The VDX reference server: a Hono app over SQLite that implements the realm, the legacy STS
 * exchange, the organisation service, device management, device login and the device queues of
 * the VDX OpenAPI document.
 *
 * @packageDocumentation
 */

export { createApp } from './app.js';
export type { AppEnv } from './app-env.js';
export { DEFAULTS, type ServerConfig, type ServerOptions } from './config.js';
export { type AppContext, createAppContext } from './context.js';
export { ApiError, ConfigError, OAuthError } from './errors.js';
export { createLogger } from './logger.js';
export { MAX_BODY_BYTES } from './middleware/body-limit.js';
export { findResponseMismatch } from './middleware/validate-response.js';
export { registeredOperationIds } from './routes/registered-operations.js';
export { type RunningServer, startServer } from './server.js';
export type { Store } from './store/store.js';
