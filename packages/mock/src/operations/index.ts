/**
 * Every operation that the mock implements, in one list.
 */
import type { OperationDefinition } from '../define-operation.js';
import type { OperationId } from '../spec.js';
import * as appointments from './appointments.js';
import * as deviceLogin from './device-login.js';
import * as devices from './devices.js';
import * as directorySearch from './directory-search.js';
import * as meetings from './meetings.js';
import * as organisations from './organisations.js';
import * as participants from './participants.js';
import * as queues from './queues.js';
import * as realm from './realm.js';
import * as sts from './sts.js';
import * as webhooks from './webhooks.js';

/** The mocked operations of the VDX spec. */
export const OPERATION_DEFINITIONS: readonly OperationDefinition[] = [
  ...Object.values(realm),
  ...Object.values(sts),
  ...Object.values(organisations),
  ...Object.values(devices),
  ...Object.values(deviceLogin),
  ...Object.values(queues),
  ...Object.values(directorySearch),
  ...Object.values(webhooks),
  ...Object.values(meetings),
  ...Object.values(participants),
  ...Object.values(appointments),
];

/** Lists the operationIds that the mock has a handler for, in the order of its handlers. */
export function mockedOperationIds(): OperationId[] {
  return OPERATION_DEFINITIONS.map((definition) => definition.operationId);
}
