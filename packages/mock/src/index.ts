/**
 * MSW 2 handlers that imitate every operation of the VDX API (realm, organisations, devices,
 * device login, device queues, webhooks, VideoAPI meetings, appointments and the directory) for
 * integrators' tests.
 *
 * @example
 * import { setupServer } from 'msw/node';
 * import { createVdxMock } from '@vdx/mock';
 *
 * const mock = createVdxMock();
 * const server = setupServer(...mock.handlers);
 */
import { createVdxMock, type VdxMock } from './create-vdx-mock.js';

export { createVdxMock, type VdxMock, type VdxMockOptions } from './create-vdx-mock.js';
export type { FailureOptions } from './failures.js';
export { mockedOperationIds } from './operations/index.js';
export type { ApiErrorBody, DetailedErrorCode } from './problems.js';
export type { OperationId } from './spec.js';
export { MockState } from './state/mock-state.js';

/**
 * The default mock at `http://vdx.test` with the realm `vdx`. Tests that use `handlers` call
 * `defaultMock.reset()` to restore its seed between tests.
 */
export const defaultMock: VdxMock = createVdxMock();

/** The handlers of `defaultMock`. */
export const handlers = defaultMock.handlers;
