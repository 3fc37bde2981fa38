/**
 * Every operation that the mock implements, in one list.
 */
import type { OperationDefinition } from '../define-operation.js';
import * as deviceLogin from './device-login.js';
import * as devices from './devices.js';
import * as organisations from './organisations.js';
import * as queues from './queues.js';
import * as realm from './realm.js';
import * as sts from './sts.js';

/** The mocked operations of the VDX spec. */
export const OPERATION_DEFINITIONS: readonly OperationDefinition[] = [
  ...Object.values(realm),
  ...Object.values(sts),
  ...Object.values(organisations),
  ...Object.values(devices),
  ...Object.values(deviceLogin),
  ...Object.values(queues),
];
