// Generated from spec/vdx.openapi.yaml by `npm run generate`. Do not edit.

export type paths = {
    "/realms/{realm}/.well-known/openid-configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the realm's OpenID Connect discovery document
         * @description The discovery document of the realm, as Keycloak serves it. Clients read the token,
         *     revocation and JWKS endpoints from it.
         *
         *     Roles: none (public).
         */
        get: operations["getOpenIdConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/realms/{realm}/protocol/openid-connect/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue an access token (client credentials or refresh token)
         * @description The OAuth 2.0 token endpoint (RFC 6749). Supports the `client_credentials` grant and, for
         *     clients configured to receive one, the `refresh_token` grant. Client credentials may be
         *     sent with HTTP Basic authentication (`client_secret_basic`) or in the form body
         *     (`client_secret_post`), not both. Errors follow RFC 6749 section 5.2.
         *
         *     Roles: none (the client authenticates with its credentials).
         */
        post: operations["requestToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/realms/{realm}/protocol/openid-connect/certs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the realm's public signing keys (JWKS)
         * @description The JSON Web Key Set whose keys verify the realm's access tokens.
         *
         *     Roles: none (public).
         */
        get: operations["getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/realms/{realm}/protocol/openid-connect/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a refresh token
         * @description Token revocation (RFC 7009). A revoked refresh token can no longer be used; revoking an
         *     unknown or already revoked token also answers 200, as the RFC requires.
         *
         *     Roles: none (the client authenticates with its credentials).
         */
        post: operations["revokeToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/videoapi/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange an STS token for an access token (legacy, closed)
         * @deprecated
         * @description The legacy exchange where a client traded the SAML token it got from the STS for a
         *     VideoAPI access token. VDX closed STS access to VDX-API on 2026-12-01. After the
         *     configured cut-off date this operation answers 410 with `detailed_error_code` 7001 and a
         *     pointer to the OAuth token endpoint. Before the cut-off, the reference server accepts any
         *     non-empty token so that transition code paths can be tested.
         *
         *     Roles: none (legacy holder-of-key authentication).
         */
        post: operations["exchangeStsToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/v2/organisation/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one organisation
         * @description One organisation of the caller's subtree.
         *
         *     Roles: any authenticated client role (`meeting-user`, `meeting-planner`, `meeting-admin`,
         *     `device-admin`).
         */
        get: operations["getOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/v2/organisation/{code}/descendants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an organisation's descendants
         * @description Every organisation below `code` (children, grandchildren and so on), in depth-first
         *     order. `code` must be in the caller's subtree.
         *
         *     Roles: any authenticated client role (`meeting-user`, `meeting-planner`, `meeting-admin`,
         *     `device-admin`).
         */
        get: operations["listOrganisationDescendants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/v2/organisationtree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the caller's organisation subtree
         * @description The caller's own organisation with all its descendants nested under `children`.
         *
         *     Roles: any authenticated client role (`meeting-user`, `meeting-planner`, `meeting-admin`,
         *     `device-admin`).
         */
        get: operations["getOrganisationTree"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/devices/v1/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List devices
         * @description Devices in the caller's organisation subtree, newest first. Filters combine with AND.
         *
         *     Roles: `device-admin`.
         */
        get: operations["listDevices"];
        put?: never;
        /**
         * Register a device
         * @description Registers a device in an organisation of the caller's subtree. The server assigns the
         *     `id` and `loginId`; the device has no password until one is generated.
         *
         *     Roles: `device-admin`.
         */
        post: operations["createDevice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/devices/v1/devices/{deviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The device's id.
                 * @example 6f1c2a7e-4d1b-4a57-9a43-2c8b5e0d9f11
                 */
                deviceId: components["parameters"]["DeviceId"];
            };
            cookie?: never;
        };
        /**
         * Read a device
         * @description One device of the caller's subtree.
         *
         *     Roles: `device-admin`.
         */
        get: operations["getDevice"];
        put?: never;
        post?: never;
        /**
         * Delete a device
         * @description Deletes the device with its credentials, login links and both queues. Tokens already
         *     issued to the device stop working.
         *
         *     Roles: `device-admin`.
         */
        delete: operations["deleteDevice"];
        options?: never;
        head?: never;
        /**
         * Change a device
         * @description Changes the fields present in the body and leaves the others as they are. `metadata`,
         *     when present, replaces the stored metadata as a whole. Moving a device to another
         *     organisation requires both organisations to be in the caller's subtree.
         *
         *     Roles: `device-admin`.
         */
        patch: operations["updateDevice"];
        trace?: never;
    };
    "/devices/v1/devices/{deviceId}/password": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The device's id.
                 * @example 6f1c2a7e-4d1b-4a57-9a43-2c8b5e0d9f11
                 */
                deviceId: components["parameters"]["DeviceId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate or reset a device's password
         * @description Generates a new random password for the device and returns it once. Only a slow hash is
         *     stored, so a lost password cannot be read back, only reset. The previous password stops
         *     working at once.
         *
         *     Roles: `device-admin`.
         */
        post: operations["resetDevicePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/devices/v1/devices/{deviceId}/login-links": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The device's id.
                 * @example 6f1c2a7e-4d1b-4a57-9a43-2c8b5e0d9f11
                 */
                deviceId: components["parameters"]["DeviceId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a one-click login link for a device
         * @description Creates a link with a one-time code that logs the device in without a password. The
         *     device app sends the code to `POST /devices/v1/login/one-click`; the code works once and
         *     only until `expiresAt`.
         *
         *     Roles: `device-admin`.
         */
        post: operations["createDeviceLoginLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/devices/v1/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log a device in with its login id and password
         * @description Returns tokens with the `device` role in the token endpoint's shape. A disabled device
         *     cannot log in. Device logins issue no refresh token: a device renews its access token by
         *     logging in again.
         *
         *     Roles: none (the credentials are in the body).
         */
        post: operations["loginDevice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/devices/v1/login/one-click": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log a device in with a one-click code
         * @description Exchanges a one-time code from a login link for tokens with the `device` role. The code
         *     is spent by this call, whether or not the caller reads the answer.
         *
         *     Roles: none (the code is in the body).
         */
        post: operations["loginDeviceOneClick"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/devices/v1/devices/{deviceId}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The device's id.
                 * @example 6f1c2a7e-4d1b-4a57-9a43-2c8b5e0d9f11
                 */
                deviceId: components["parameters"]["DeviceId"];
            };
            cookie?: never;
        };
        /**
         * List a device's queued meetings without consuming them
         * @description The meetings waiting in the device's queue, oldest first. Reading this list removes
         *     nothing.
         *
         *     Roles: `device-admin`.
         */
        get: operations["listQueuedMeetings"];
        put?: never;
        /**
         * Add a meeting to a device's queue
         * @description Appends a meeting to the end of the device's meeting queue and raises a
         *     `device.meeting.enqueued` event for the organisation's webhook.
         *
         *     Roles: `device-admin`, `meeting-planner`.
         */
        post: operations["enqueueMeeting"];
        /**
         * Remove every meeting from a device's queue
         * @description Empties the device's meeting queue and reports how many meetings were removed.
         *
         *     Roles: `device-admin`.
         */
        delete: operations["clearMeetingQueue"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/devices/v1/devices/{deviceId}/meetings/next": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The device's id.
                 * @example 6f1c2a7e-4d1b-4a57-9a43-2c8b5e0d9f11
                 */
                deviceId: components["parameters"]["DeviceId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take the oldest meeting from a device's queue
         * @description Returns the oldest queued meeting and removes it in the same transaction, so two
         *     concurrent callers never receive the same meeting. An empty queue answers 204. This is a
         *     POST because it changes state: a retried GET would silently drop a meeting. With
         *     `Idempotency-Key`, a caller that lost the answer gets the same meeting again.
         *
         *     Roles: `device` (its own queue only), `device-admin`.
         */
        post: operations["takeNextMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/devices/v1/devices/{deviceId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The device's id.
                 * @example 6f1c2a7e-4d1b-4a57-9a43-2c8b5e0d9f11
                 */
                deviceId: components["parameters"]["DeviceId"];
            };
            cookie?: never;
        };
        /**
         * List a device's queued messages without consuming them
         * @description The messages waiting in the device's queue, oldest first. Reading this list removes
         *     nothing.
         *
         *     Roles: `device-admin`.
         */
        get: operations["listQueuedMessages"];
        put?: never;
        /**
         * Add a message to a device's queue
         * @description Appends a message to the end of the device's message queue and raises a
         *     `device.message.enqueued` event for the organisation's webhook.
         *
         *     Roles: `device-admin`, `meeting-planner`.
         */
        post: operations["enqueueMessage"];
        /**
         * Remove every message from a device's queue
         * @description Empties the device's message queue and reports how many messages were removed.
         *
         *     Roles: `device-admin`.
         */
        delete: operations["clearMessageQueue"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/devices/v1/devices/{deviceId}/messages/next": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The device's id.
                 * @example 6f1c2a7e-4d1b-4a57-9a43-2c8b5e0d9f11
                 */
                deviceId: components["parameters"]["DeviceId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take the oldest message from a device's queue
         * @description Returns the oldest queued message and removes it in the same transaction, so two
         *     concurrent callers never receive the same message. An empty queue answers 204. With
         *     `Idempotency-Key`, a caller that lost the answer gets the same message again.
         *
         *     Roles: `device` (its own queue only), `device-admin`.
         */
        post: operations["takeNextMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/devices/v1/organisations/{code}/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organisation's code.
                 * @example hospital-demo
                 */
                code: components["parameters"]["OrganisationCode"];
            };
            cookie?: never;
        };
        /**
         * Read an organisation's webhook
         * @description The webhook configured on this organisation itself. The signing secret is never
         *     returned here. An organisation without its own webhook answers 404 (code 4006), even
         *     when events for its devices go to an ancestor's webhook.
         *
         *     Roles: `device-admin`.
         */
        get: operations["getWebhook"];
        /**
         * Set or replace an organisation's webhook
         * @description Creates the organisation's webhook or replaces it as a whole, and answers 200 in both
         *     cases. `url` must be an absolute `http` or `https` URL without user info or fragment;
         *     plain `http` and loopback addresses are allowed because the reference server also serves
         *     local development. When `secret` is omitted, the server generates a random secret and
         *     returns it in this response only, so store it at once. A replaced webhook keeps no old
         *     secret: deliveries still pending are signed with the new one. Setting a webhook sends
         *     nothing; use `POST .../webhook/test` to check the receiver.
         *
         *     Roles: `device-admin`.
         */
        put: operations["setWebhook"];
        post?: never;
        /**
         * Remove an organisation's webhook
         * @description Removes the organisation's webhook. Deliveries still pending are stopped and logged as
         *     `failed`. Later events for the organisation's devices go to the nearest ancestor with a
         *     webhook, if there is one.
         *
         *     Roles: `device-admin`.
         */
        delete: operations["removeWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/devices/v1/organisations/{code}/webhook/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organisation's code.
                 * @example hospital-demo
                 */
                code: components["parameters"]["OrganisationCode"];
            };
            cookie?: never;
        };
        /**
         * List an organisation's webhook deliveries
         * @description The delivery log of the organisation's webhook, newest first. Each entry is one event
         *     and its delivery state across attempts. The log keeps entries after the webhook is
         *     removed, so this operation answers 200 for any organisation in the caller's subtree.
         *
         *     Roles: `device-admin`.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/devices/v1/organisations/{code}/webhook/test": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organisation's code.
                 * @example hospital-demo
                 */
                code: components["parameters"]["OrganisationCode"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event to an organisation's webhook
         * @description Queues a `webhook.test` event for the organisation's own webhook and answers 202 at
         *     once with the event id. The delivery runs like any other, with the same signature and
         *     retries, so its outcome appears in the delivery log. The reference server accepts at most
         *     10 test events per organisation per minute (configurable) and answers 429 beyond that.
         *
         *     Roles: `device-admin`.
         */
        post: operations["sendWebhookTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/videoapi/v2/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read general information about the VideoAPI
         * @description Key-value information about the running service (its name and version). Use it as a
         *     first call to check that the API answers and that the token is accepted.
         *
         *     Roles: `meeting-user`, `meeting-planner`, `meeting-admin`.
         */
        get: operations["getVideoApiInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/videoapi/v2/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search meetings
         * @description Meetings owned by the caller's organisation subtree that match every given filter,
         *     ordered by start time. At least one filter is required; `from-start-time` and
         *     `to-start-time` go together, and a meeting matches when its start time lies between
         *     them, both ends included. The list is a plain array, as in MedCom's VideoAPI v2. A
         *     `from-start-time` after `to-start-time` answers 400 with `detailed_error_code` 1006,
         *     and the message names both values.
         *
         *     MedCom's service applies only the first filter present, in the order `short-id`,
         *     `label`, `subject`, `organizedBy`, `search`, time range. A client that sends one filter
         *     at a time gets the same result from both services.
         *
         *     A `meeting-user` sees only the meetings it organises (`organizedBy.email` equals the
         *     token's `dk:medcom:email`); `meeting-planner` and `meeting-admin` see every meeting
         *     owned by their organisation subtree.
         *
         *     Roles: `meeting-user`, `meeting-planner`, `meeting-admin`.
         */
        get: operations["searchMeetings"];
        put?: never;
        /**
         * Create a meeting
         * @description Creates a meeting owned by the caller's organisation, assigns its room (address, PINs,
         *     short id and links) and invites the listed participants. As in MedCom's VideoAPI v2, a
         *     created meeting answers 200. Each invited organisation, and the organisation of each
         *     invited user or device, gets an `appointment.created` event and a `created` entry in
         *     its clients' appointment logs.
         *
         *     A `meeting-user` may create only meetings it organises itself, so `organizedByEmail`,
         *     when sent, must be its own e-mail. `meeting-planner` and `meeting-admin` may set
         *     `organizedByEmail` to plan on behalf of another user of their organisation subtree.
         *     Fields of MedCom's API that this model leaves out (scheduling templates, VMR settings)
         *     are accepted and ignored.
         *
         *     Roles: `meeting-user`, `meeting-planner`, `meeting-admin`.
         */
        post: operations["createMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/videoapi/v2/meetings/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The meeting's uuid.
                 * @example 1f6d8b24-93c5-4e7a-a2b0-6c4d9e8f7a15
                 */
                uuid: components["parameters"]["MeetingUuid"];
            };
            cookie?: never;
        };
        /**
         * Read a meeting
         * @description One meeting owned by the caller's organisation subtree. A `meeting-user` may read only
         *     the meetings it organises and gets 403 (code 3004) for the others. Organisations that
         *     are only invited read the meeting through `GET /appointments/v1/appointments`.
         *
         *     Roles: `meeting-user`, `meeting-planner`, `meeting-admin`.
         */
        get: operations["getMeeting"];
        /**
         * Replace a meeting's details
         * @description Replaces the meeting's details with the body: optional fields left out are cleared,
         *     except `organizedByEmail`, whose absence keeps the current organiser. The room (address,
         *     PINs, short id, links) and the participants stay as they are. Every
         *     involved organisation gets an `appointment.updated` event and an `updated` log entry
         *     naming the changed fields.
         *
         *     Who may change a meeting: a `meeting-user` only the meetings it organises (403 with
         *     code 3004 otherwise); `meeting-planner` and `meeting-admin` every meeting owned by their
         *     organisation subtree.
         *
         *     Roles: `meeting-user`, `meeting-planner`, `meeting-admin`.
         */
        put: operations["updateMeeting"];
        post?: never;
        /**
         * Delete a meeting
         * @description Deletes the meeting and its participants. Every involved organisation gets an
         *     `appointment.deleted` event and a `deleted` log entry. Who may delete: a `meeting-user`
         *     only the meetings it organises (403 with code 3004 otherwise); `meeting-planner` and
         *     `meeting-admin` every meeting owned by their organisation subtree.
         *
         *     Roles: `meeting-user`, `meeting-planner`, `meeting-admin`.
         */
        delete: operations["deleteMeeting"];
        options?: never;
        head?: never;
        /**
         * Change some of a meeting's details
         * @description Changes only the fields present in the body. A field set to `null` is cleared;
         *     `subject`, `startTime` and `endTime` cannot be cleared (400, code 1001). The end must
         *     stay after the start, comparing the stored value for a time the body leaves out.
         *     Events, log entries and the rules on who may change a meeting are those of `PUT`.
         *
         *     Roles: `meeting-user`, `meeting-planner`, `meeting-admin`.
         */
        patch: operations["patchMeeting"];
        trace?: never;
    };
    "/videoapi/v2/meetings/{uuid}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The meeting's uuid.
                 * @example 1f6d8b24-93c5-4e7a-a2b0-6c4d9e8f7a15
                 */
                uuid: components["parameters"]["MeetingUuid"];
            };
            cookie?: never;
        };
        /**
         * List a meeting's participants
         * @description Every participant of the meeting, in the order they were added. Only the owner
         *     organisation's subtree may list them, with the same per-role rules as reading the
         *     meeting.
         *
         *     Roles: `meeting-user`, `meeting-planner`, `meeting-admin`.
         */
        get: operations["listParticipants"];
        put?: never;
        /**
         * Add participants to a meeting
         * @description Adds a list of participants to the meeting, all or none: when one entry is invalid,
         *     unknown (400, code 4004), not allowed (400, code 3003) or already on the meeting (409,
         *     code 5003), nothing is added. Each newly involved organisation gets an
         *     `appointment.created` event and a `created` log entry; organisations already involved
         *     get `appointment.updated` with a `participants-changed` entry. Only the owner
         *     organisation's subtree may add participants, with the same per-role rules as changing
         *     the meeting.
         *
         *     Roles: `meeting-user`, `meeting-planner`, `meeting-admin`.
         */
        post: operations["addParticipants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/videoapi/v2/meetings/{uuid}/participants/{participantUuid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The meeting's uuid.
                 * @example 1f6d8b24-93c5-4e7a-a2b0-6c4d9e8f7a15
                 */
                uuid: components["parameters"]["MeetingUuid"];
                /**
                 * @description The participant's uuid within the meeting.
                 * @example 2a7c4e91-6b3f-4d05-8e12-9f0a1b2c3d4e
                 */
                participantUuid: components["parameters"]["ParticipantUuid"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Change a participant's role
         * @description Sets the participant's role. Making a participant `HOST` follows the rules of adding
         *     one (400, code 3003, when not allowed). The involved organisations get an
         *     `appointment.updated` event and a `participants-changed` log entry.
         *
         *     Roles: `meeting-user`, `meeting-planner`, `meeting-admin`.
         */
        put: operations["updateParticipant"];
        post?: never;
        /**
         * Remove a participant from a meeting
         * @description Removes the participant. An organisation that is no longer involved in the meeting
         *     after this gets an `appointment.deleted` event and one `uninvited` log entry; the
         *     others get `appointment.updated` with a `participants-changed` entry.
         *
         *     Roles: `meeting-user`, `meeting-planner`, `meeting-admin`.
         */
        delete: operations["removeParticipant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/appointments/v1/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the appointments the caller's organisations take part in
         * @description AppointmentSearch: meetings in which the caller's organisation subtree takes part,
         *     across all of VDX, ordered by start time and then id. A meeting is visible when the
         *     subtree holds its owner organisation, an invited organisation, or the organisation of
         *     an invited user or device. Filters combine with AND; with none, every visible meeting
         *     is listed. An `organisationCode` or `deviceId` outside the subtree answers 404. A
         *     `fromStartTime` after `toStartTime` answers 400 with `detailed_error_code` 1006, and
         *     the message names both values.
         *
         *     `hostPin` is present only when the subtree holds the owner organisation or a `HOST`
         *     participant. A citizen participant's `externalId` and `name` are shown only to the
         *     owner organisation's subtree; other callers get `null` for both.
         *
         *     Roles: `meeting-user`, `meeting-planner`, `meeting-admin`.
         */
        get: operations["searchAppointments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/appointments/v1/directory/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find organisations anywhere in VDX by name
         * @description OrganisationSearch: organisations of all of VDX whose name contains `name`
         *     (case-insensitive), ordered by name. Use a result's `code` as the `externalId` of an
         *     `ORGANISATION` participant. The directory answers only what is needed to invite. The
         *     reference server allows 60 directory searches per client per minute (configurable).
         *
         *     Roles: `meeting-user`, `meeting-planner`, `meeting-admin`.
         */
        get: operations["searchDirectoryOrganisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/appointments/v1/directory/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find users anywhere in VDX
         * @description ParticipantSearch: users of all of VDX, filtered by organisation name, by name or
         *     e-mail, or both (AND), ordered by name. At least one filter is required (400, code
         *     1003). Use a result's `email` as the `externalId` of a `USER` participant. The
         *     reference server allows 60 directory searches per client per minute (configurable).
         *
         *     Roles: `meeting-user`, `meeting-planner`, `meeting-admin`.
         */
        get: operations["searchDirectoryUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/appointments/v1/directory/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find devices anywhere in VDX
         * @description DeviceSearch: active devices of all of VDX, filtered by organisation name, by device
         *     name, or both (AND), ordered by name. At least one filter is required (400, code
         *     1003). Disabled devices are left out because they cannot be invited. Use a result's
         *     `id` as the `externalId` of a `DEVICE` participant. The
         *     reference server allows 60 directory searches per client per minute (configurable).
         *
         *     Roles: `meeting-user`, `meeting-planner`, `meeting-admin`.
         */
        get: operations["searchDirectoryDevices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/appointments/v1/appointment-log/next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take the calling client's new appointment notifications
         * @description AppointmentLog: returns the calling OAuth client's current notifications, oldest first,
         *     and marks them as read in the same transaction, so the next call does not return them
         *     again. Each OAuth client has its own log covering its organisation subtree, so two
         *     systems of one organisation never take each other's notifications. A change writes one
         *     entry per change, never merged; an organisation removed from a meeting gets one
         *     `uninvited` entry. With nothing new, `items` is empty. With `Idempotency-Key`, a client
         *     that lost the answer gets the same notifications again.
         *
         *     One call returns at most `limit` entries; `hasMore` tells whether more are waiting.
         *
         *     Roles: `meeting-user`, `meeting-planner`, `meeting-admin`.
         */
        post: operations["takeAppointmentLog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = {
    "device.meeting.enqueued": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A meeting was added to a device's queue
         * @description Sent when `POST /devices/v1/devices/{deviceId}/meetings` adds a meeting. The event
         *     carries ids and times only: the receiver tells the device to take the meeting from its
         *     queue. Delivery rules (signature, retries, order) are described under `WebhookEvent`.
         *
         *     Roles: none (VDX calls the receiver and signs the request).
         */
        post: operations["onDeviceMeetingEnqueued"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "device.message.enqueued": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A message was added to a device's queue
         * @description Sent when `POST /devices/v1/devices/{deviceId}/messages` adds a message. The event
         *     carries ids only, never the message text. Delivery rules are described under
         *     `WebhookEvent`.
         *
         *     Roles: none (VDX calls the receiver and signs the request).
         */
        post: operations["onDeviceMessageEnqueued"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "appointment.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A meeting now involves the receiving organisation
         * @description Sent to each organisation that a new meeting involves (owner, invited organisation,
         *     or the organisation of an invited user or device), and to an organisation that a later
         *     change adds to a meeting. Read the meeting with `GET /appointments/v1/appointments`.
         *     Delivery rules are described under `WebhookEvent`.
         *
         *     Roles: none (VDX calls the receiver and signs the request).
         */
        post: operations["onAppointmentCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "appointment.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A meeting involving the receiving organisation changed
         * @description Sent to each organisation a meeting involves when its details or its participant
         *     list change. `data.change` says which, and `data.changedFields` names the changed
         *     meeting fields. Delivery rules are described under `WebhookEvent`.
         *
         *     Roles: none (VDX calls the receiver and signs the request).
         */
        post: operations["onAppointmentUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "appointment.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A meeting no longer involves the receiving organisation
         * @description Sent when a meeting is deleted (`data.reason` is `deleted`) or when a change removes
         *     the receiving organisation from it (`uninvited`). Delivery rules are described under
         *     `WebhookEvent`.
         *
         *     Roles: none (VDX calls the receiver and signs the request).
         */
        post: operations["onAppointmentDeleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A test event requested by a device administrator
         * @description Sent by `POST /devices/v1/organisations/{code}/webhook/test` to check that the receiver
         *     accepts and verifies deliveries. It carries no domain data. Delivery rules are
         *     described under `WebhookEvent`.
         *
         *     Roles: none (VDX calls the receiver and signs the request).
         */
        post: operations["onWebhookTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type components = {
    schemas: {
        /**
         * @description The VDX error object. `detailed_error_code` groups causes:
         *
         *     | code | status | cause |
         *     |---|---|---|
         *     | 1001 | 400 | a body field is missing, has the wrong type or breaks a rule |
         *     | 1002 | 400 | the body is not valid JSON |
         *     | 1003 | 400 | a query parameter is invalid |
         *     | 1004 | 400 | a path parameter is invalid |
         *     | 1005 | 415 | the body's content type is not supported |
         *     | 1006 | 400 | the values are valid alone but not together (an end before its start) |
         *     | 1007 | 400 | a request header is invalid (for example an over-long `Idempotency-Key`) |
         *     | 1008 | 413 | the request body is larger than 1 MiB |
         *     | 2001 | 401 | no bearer token |
         *     | 2002 | 401 | the token is malformed, signed by another key or for another realm |
         *     | 2003 | 401 | the token expired |
         *     | 2004 | 401 | wrong device login id or password, or the device is disabled |
         *     | 2005 | 401 | the one-click code is unknown, spent or expired |
         *     | 3001 | 403 | the token lacks a role the operation needs |
         *     | 3002 | 403 | a device token used on another device's queue |
         *     | 3003 | 400 | the caller may not invite a participant in that role (`HOST` outside the owner's subtree, a citizen as `HOST`, a disabled device) |
         *     | 3004 | 403 | a `meeting-user` acting on a meeting it does not organise |
         *     | 4001 | 404 | the resource is not found (or outside the caller's subtree) |
         *     | 4002 | 404 | the organisation is not found (or outside the caller's subtree) |
         *     | 4003 | 404 | no such route |
         *     | 4004 | 400 | a participant's `externalId` matches no organisation, user or device in VDX |
         *     | 4005 | 405 | the route exists but not with this method |
         *     | 4006 | 404 | the organisation has no webhook of its own |
         *     | 5001 | 409 | the request conflicts with the current state |
         *     | 5002 | 409 | the Idempotency-Key was used for a different request |
         *     | 5003 | 409 | the participant is already on the meeting |
         *     | 6001 | 429 | too many requests |
         *     | 7001 | 410 | STS (certificate) access is closed; use OAuth |
         *     | 9001 | 500 | an unexpected server error |
         */
        Error: {
            /**
             * @description The HTTP reason phrase.
             * @example Bad Request
             */
            error: string;
            /** @description The request path. */
            path: string;
            /** @description The HTTP status code. */
            status: number;
            /** Format: date-time */
            timestamp: string;
            /** @description What was wrong, with which value, and what to do. */
            detailed_error: string;
            /** @enum {integer} */
            detailed_error_code: 1001 | 1002 | 1003 | 1004 | 1005 | 1006 | 1007 | 1008 | 2001 | 2002 | 2003 | 2004 | 2005 | 3001 | 3002 | 3003 | 3004 | 4001 | 4002 | 4003 | 4004 | 4005 | 4006 | 5001 | 5002 | 5003 | 6001 | 7001 | 9001;
        };
        /** @description An OAuth 2.0 error response (RFC 6749 section 5.2). */
        OAuthError: {
            /** @enum {string} */
            error: "invalid_request" | "invalid_client" | "invalid_grant" | "unauthorized_client" | "unsupported_grant_type" | "invalid_scope";
            error_description?: string;
        };
        /** @description A subset of the OpenID Connect discovery document that Keycloak serves. */
        OpenIdConfiguration: {
            /** Format: uri */
            issuer: string;
            /** Format: uri */
            token_endpoint: string;
            /** Format: uri */
            jwks_uri: string;
            /** Format: uri */
            revocation_endpoint?: string;
            grant_types_supported: string[];
            token_endpoint_auth_methods_supported: string[];
            id_token_signing_alg_values_supported?: string[];
            response_types_supported?: string[];
            subject_types_supported?: string[];
            claims_supported?: string[];
        };
        /** @description A token request. `client_id` and `client_secret` may instead be sent with HTTP Basic authentication. */
        TokenRequest: {
            /** @enum {string} */
            grant_type: "client_credentials" | "refresh_token";
            client_id?: string;
            /** Format: password */
            client_secret?: string;
            /** @description Required for the `refresh_token` grant. */
            refresh_token?: string;
            /** @description Space-separated scopes; the reference server accepts `openid`, `profile` and `email`. */
            scope?: string;
            /** @description The intended audience of the token (added to the `aud` claim). */
            audience?: string;
        };
        /** @description Keycloak's token response. */
        TokenResponse: {
            access_token: string;
            /** @enum {string} */
            token_type: "Bearer";
            /** @description Seconds until the access token expires. */
            expires_in: number;
            /** @description Present only when the client is configured to receive one. */
            refresh_token?: string;
            /** @description Seconds until the refresh token expires. */
            refresh_expires_in?: number;
            scope?: string;
            "not-before-policy"?: number;
        };
        RevokeRequest: {
            token: string;
            /** @enum {string} */
            token_type_hint?: "refresh_token" | "access_token";
            client_id?: string;
            /** Format: password */
            client_secret?: string;
        };
        Jwks: {
            keys: {
                kty: string;
                kid: string;
                use?: string;
                alg?: string;
                crv?: string;
                x?: string;
                y?: string;
                n?: string;
                e?: string;
            }[];
        };
        StsExchangeRequest: {
            /** @description The base64-encoded SAML assertion from the STS. */
            token: string;
        };
        StsExchangeResponse: {
            access_token: string;
            /** @enum {string} */
            token_type: "Holder-of-key";
            expires_in: number;
        };
        /**
         * @description An organisation code.
         * @example hospital-demo
         */
        OrganisationCodeValue: string;
        Organisation: {
            code: components["schemas"]["OrganisationCodeValue"];
            name: string;
            /** @description The parent's code, or null for a top-level organisation. */
            parentCode: components["schemas"]["OrganisationCodeValue"] | null;
            /** Format: date-time */
            createdTime?: string;
        };
        OrganisationTree: {
            code: components["schemas"]["OrganisationCodeValue"];
            name: string;
            parentCode: components["schemas"]["OrganisationCodeValue"] | null;
            children: components["schemas"]["OrganisationTree"][];
        };
        /**
         * @description What sort of device this is.
         * @enum {string}
         */
        DeviceKind: "room-system" | "tablet" | "phone" | "kiosk" | "browser" | "other";
        /**
         * @description A disabled device cannot log in; its queues keep their items.
         * @enum {string}
         */
        DeviceStatus: "active" | "disabled";
        /** @description Free-form string labels (at most 50 keys). */
        DeviceMetadata: {
            [key: string]: string;
        };
        Device: {
            /** Format: uuid */
            id: string;
            name: string;
            description?: string;
            organisationCode: components["schemas"]["OrganisationCodeValue"];
            kind: components["schemas"]["DeviceKind"];
            status: components["schemas"]["DeviceStatus"];
            /** @description The device's login id for `POST /devices/v1/login`, assigned by the server. */
            loginId: string;
            /** @description Whether a password has been generated for the device. */
            hasPassword: boolean;
            metadata: components["schemas"]["DeviceMetadata"];
            /** Format: date-time */
            createdTime: string;
            /** Format: date-time */
            updatedTime: string;
        };
        DeviceCreate: {
            name: string;
            organisationCode: components["schemas"]["OrganisationCodeValue"];
            /** @default other */
            kind?: components["schemas"]["DeviceKind"];
            /** @default active */
            status?: components["schemas"]["DeviceStatus"];
            description?: string;
            metadata?: components["schemas"]["DeviceMetadata"];
        };
        DeviceUpdate: {
            name?: string;
            organisationCode?: components["schemas"]["OrganisationCodeValue"];
            kind?: components["schemas"]["DeviceKind"];
            status?: components["schemas"]["DeviceStatus"];
            description?: string;
            metadata?: components["schemas"]["DeviceMetadata"];
        };
        DevicePage: {
            items: components["schemas"]["Device"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        DeviceCredentials: {
            /** Format: uuid */
            deviceId: string;
            loginId: string;
            /**
             * Format: password
             * @description The new password. It is not stored and cannot be read again.
             */
            password: string;
        };
        LoginLinkCreate: {
            /**
             * @description How long the code stays valid, in seconds.
             * @default 900
             */
            expiresInSeconds?: number;
        };
        LoginLink: {
            /** Format: uuid */
            deviceId: string;
            /** @description The one-time code; send it to `POST /devices/v1/login/one-click`. */
            code: string;
            /**
             * Format: uri
             * @description A link carrying the code in its fragment, for a device app to open.
             */
            url: string;
            /** Format: date-time */
            expiresAt: string;
        };
        DeviceLoginRequest: {
            loginId: string;
            /** Format: password */
            password: string;
        };
        OneClickLoginRequest: {
            code: string;
        };
        /** @description A meeting for the device to show and join. `endTime` must be after `startTime`. */
        QueuedMeetingCreate: components["schemas"]["QueuedMeetingFields"];
        QueuedMeetingFields: {
            subject: string;
            description?: string;
            /** Format: date-time */
            startTime: string;
            /** Format: date-time */
            endTime: string;
            /**
             * Format: uuid
             * @description The VideoAPI meeting this entry refers to, if any.
             */
            meetingUuid?: string;
            /** @description The meeting room address. */
            uriWithDomain?: string;
            guestPin?: string;
            hostPin?: string;
            /** Format: uri */
            shortLink?: string;
            /** Format: uri */
            portalLink?: string;
        };
        QueuedMeeting: components["schemas"]["QueuedMeetingFields"] & {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            deviceId: string;
            /** Format: date-time */
            enqueuedTime: string;
        };
        QueuedMeetingPage: {
            items: components["schemas"]["QueuedMeeting"][];
            nextCursor: string | null;
        };
        /** @description A message for the device. */
        QueuedMessageCreate: components["schemas"]["QueuedMessageFields"];
        QueuedMessageFields: {
            subject: string;
            body: string;
            /** @description Optional structured content for the device app (any JSON object, at most 64 KiB serialised and 64 levels deep). */
            content?: {
                [key: string]: unknown;
            };
        };
        QueuedMessage: components["schemas"]["QueuedMessageFields"] & {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            deviceId: string;
            /** Format: date-time */
            enqueuedTime: string;
        };
        QueuedMessagePage: {
            items: components["schemas"]["QueuedMessage"][];
            nextCursor: string | null;
        };
        QueueCleared: {
            /** @description How many items were removed. */
            cleared: number;
        };
        /**
         * @description The type of a webhook event.
         * @enum {string}
         */
        WebhookEventType: "device.meeting.enqueued" | "device.message.enqueued" | "appointment.created" | "appointment.updated" | "appointment.deleted" | "webhook.test";
        /**
         * @description `pending` while attempts remain, `delivered` after a 2xx answer, `failed` when every
         *     attempt failed or the webhook was removed first.
         * @enum {string}
         */
        WebhookDeliveryStatus: "pending" | "delivered" | "failed";
        /**
         * Format: uri
         * @description An absolute `http` or `https` URL without user info or fragment. Loopback and private addresses are allowed.
         * @example https://integration.hospital-demo.example/vdx/events
         */
        WebhookUrl: string;
        /** @description A webhook configuration to create or replace. */
        WebhookSet: {
            url: components["schemas"]["WebhookUrl"];
            /**
             * Format: password
             * @description The HMAC signing secret. When omitted, the server generates one and returns it once.
             */
            secret?: string;
            /** @description A static key sent in the `VDX-Webhook-Key` header of every delivery, as VDX's organisation record stores it; null or omitted sends no key. */
            deviceWebhookEndpointKey?: string | null;
            /**
             * @description How many delivery attempts an event gets before it is marked `failed`.
             * @default 10
             */
            maxAttempts?: number;
        };
        /** @description An organisation's webhook. The signing secret is stored but never returned after it is set. */
        WebhookConfig: {
            organisationCode: components["schemas"]["OrganisationCodeValue"];
            url: components["schemas"]["WebhookUrl"];
            /**
             * Format: uri
             * @description The same value as `url`, under the name that VDX's organisation record uses.
             */
            deviceWebhookEndpoint: string;
            /** @description The key sent in the `VDX-Webhook-Key` header, or null when none is set. */
            deviceWebhookEndpointKey: string | null;
            maxAttempts: number;
            /** Format: date-time */
            createdTime: string;
            /** Format: date-time */
            updatedTime: string;
        };
        /** @description A webhook configuration as returned by `setWebhook`. */
        WebhookConfigWithSecret: components["schemas"]["WebhookConfig"] & {
            /**
             * Format: password
             * @description The generated signing secret, present only when the request omitted `secret`. It cannot be read again.
             */
            secret?: string;
        };
        /** @description One event in a webhook's delivery log, with the outcome of its latest attempt. */
        WebhookDelivery: {
            /** Format: uuid */
            eventId: string;
            eventType: components["schemas"]["WebhookEventType"];
            status: components["schemas"]["WebhookDeliveryStatus"];
            /** @description Attempts made so far. */
            attempts: number;
            /** @description The HTTP status of the latest attempt; null before the first attempt or when no response arrived. */
            lastStatusCode: number | null;
            /** @description Why the latest attempt failed (status, timeout or connection error); null when it succeeded or none was made. */
            lastError: string | null;
            /** @description Duration of the latest attempt in milliseconds; null before the first attempt. */
            latencyMs: number | null;
            /**
             * Format: date-time
             * @description When the next attempt is due; null unless `status` is `pending`.
             */
            nextAttemptAt: string | null;
            /**
             * Format: date-time
             * @description When the event was raised.
             */
            createdTime: string;
            /**
             * Format: date-time
             * @description When the receiver accepted the event; null unless `status` is `delivered`.
             */
            deliveredTime: string | null;
        };
        WebhookDeliveryPage: {
            items: components["schemas"]["WebhookDelivery"][];
            nextCursor: string | null;
        };
        WebhookTestAccepted: {
            /**
             * Format: uuid
             * @description The id of the queued `webhook.test` event; find its outcome in the delivery log.
             */
            eventId: string;
        };
        /**
         * @description The envelope of every webhook event. VDX POSTs it as JSON to the webhook of the
         *     organisation concerned or, where that organisation has none, of its nearest ancestor
         *     that has one. Device events concern the device's organisation. Appointment events
         *     concern every organisation the meeting involves, and each receiving webhook gets its
         *     own event. `organisationCode` is the organisation whose webhook receives the event.
         *
         *     Signature: each request carries `VDX-Event-Id`, `VDX-Event-Type` and `VDX-Signature:
         *     t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`, keyed with the webhook's
         *     secret. A receiver recomputes the HMAC over the raw body bytes before parsing them,
         *     compares it in constant time, and rejects a `t` more than 5 minutes from its own clock.
         *
         *     Delivery: an attempt succeeds when the receiver answers 2xx within 10 seconds. Any
         *     other status, a timeout or a connection error fails the attempt; redirects are not
         *     followed. After a failed attempt the next one waits 1, 2, 4, 8, ... seconds (doubling,
         *     with up to 20% random jitter) until the webhook's `maxAttempts` (default 10) are spent,
         *     and then the event is `failed`. Delivery is at least once, so drop duplicates by
         *     `VDX-Event-Id`. Events for one device, and for one meeting, arrive in the order they
         *     occurred: the next one waits until the previous one is delivered or failed.
         */
        WebhookEvent: {
            /**
             * Format: uuid
             * @description The event's id, also sent as `VDX-Event-Id`.
             */
            id: string;
            type: components["schemas"]["WebhookEventType"];
            /** Format: date-time */
            occurredAt: string;
            organisationCode: components["schemas"]["OrganisationCodeValue"];
            /** @description The event's details; its shape depends on `type`. */
            data: {
                [key: string]: unknown;
            };
        };
        DeviceMeetingEnqueuedEvent: components["schemas"]["WebhookEvent"] & {
            /** @constant */
            type: "device.meeting.enqueued";
            data: components["schemas"]["DeviceMeetingEnqueuedData"];
        };
        DeviceMeetingEnqueuedData: {
            /** Format: uuid */
            deviceId: string;
            deviceOrganisationCode: components["schemas"]["OrganisationCodeValue"];
            /**
             * Format: uuid
             * @description The queued meeting's `id`.
             */
            itemId: string;
            /** Format: date-time */
            enqueuedTime: string;
            /** Format: date-time */
            startTime: string;
            /** Format: date-time */
            endTime: string;
        };
        DeviceMessageEnqueuedEvent: components["schemas"]["WebhookEvent"] & {
            /** @constant */
            type: "device.message.enqueued";
            data: components["schemas"]["DeviceMessageEnqueuedData"];
        };
        DeviceMessageEnqueuedData: {
            /** Format: uuid */
            deviceId: string;
            deviceOrganisationCode: components["schemas"]["OrganisationCodeValue"];
            /**
             * Format: uuid
             * @description The queued message's `id`.
             */
            itemId: string;
            /** Format: date-time */
            enqueuedTime: string;
        };
        AppointmentCreatedEvent: components["schemas"]["WebhookEvent"] & {
            /** @constant */
            type: "appointment.created";
            data: components["schemas"]["AppointmentCreatedData"];
        };
        AppointmentCreatedData: {
            /**
             * Format: uuid
             * @description The meeting's uuid.
             */
            appointmentId: string;
            ownerOrganisationCode: components["schemas"]["OrganisationCodeValue"];
            /** Format: date-time */
            startTime: string;
            /** Format: date-time */
            endTime: string;
        };
        AppointmentUpdatedEvent: components["schemas"]["WebhookEvent"] & {
            /** @constant */
            type: "appointment.updated";
            data: components["schemas"]["AppointmentUpdatedData"];
        };
        AppointmentUpdatedData: {
            /** Format: uuid */
            appointmentId: string;
            ownerOrganisationCode: components["schemas"]["OrganisationCodeValue"];
            /**
             * @description `updated` for the meeting's details, `participants-changed` for its participant list.
             * @enum {string}
             */
            change: "updated" | "participants-changed";
            /** @description The names of the changed meeting fields (`participants` for a participant change). */
            changedFields: string[];
            /** Format: date-time */
            startTime: string;
            /** Format: date-time */
            endTime: string;
        };
        AppointmentDeletedEvent: components["schemas"]["WebhookEvent"] & {
            /** @constant */
            type: "appointment.deleted";
            data: components["schemas"]["AppointmentDeletedData"];
        };
        AppointmentDeletedData: {
            /** Format: uuid */
            appointmentId: string;
            ownerOrganisationCode: components["schemas"]["OrganisationCodeValue"];
            /**
             * @description `deleted` when the meeting was deleted, `uninvited` when the receiving organisation was removed from it.
             * @enum {string}
             */
            reason: "deleted" | "uninvited";
        };
        WebhookTestEvent: components["schemas"]["WebhookEvent"] & {
            /** @constant */
            type: "webhook.test";
            data: components["schemas"]["WebhookTestData"];
        };
        WebhookTestData: {
            message: string;
        };
        /** @description General information about the VideoAPI service, as key-value pairs. */
        VideoApiInfo: {
            info: {
                key: string;
                /** @description The information under this key. */
                value: {
                    [key: string]: unknown;
                };
            }[];
        };
        /** @description A user of a meeting (creator, last editor or organiser). */
        MeetingUser: {
            organisationId: components["schemas"]["OrganisationCodeValue"];
            /** Format: email */
            email: string;
        };
        /** @description A numeric PIN, as MedCom's VideoAPI v2 represents it. */
        MeetingPin: number;
        /** @description Free-form labels to search by. */
        MeetingLabels: string[];
        /** @description A VideoAPI meeting with its virtual meeting room. */
        Meeting: {
            /** Format: uuid */
            uuid: string;
            subject: string;
            description?: string;
            /** Format: date-time */
            startTime: string;
            /** Format: date-time */
            endTime: string;
            projectCode?: string;
            /** @description The creating system's own id for the meeting, unique within the owner organisation. */
            externalId?: string;
            organizedBy: components["schemas"]["MeetingUser"];
            createdBy: components["schemas"]["MeetingUser"];
            updatedBy?: components["schemas"]["MeetingUser"];
            /** Format: date-time */
            createdTime: string;
            /** Format: date-time */
            updatedTime: string;
            labels: components["schemas"]["MeetingLabels"];
            /** @description Whether the short link asks guests for the PIN. */
            guestPinRequired?: boolean;
            shortId: string;
            /** Format: uri */
            shortLink: string;
            /** @description The meeting room address that video systems dial. */
            uriWithDomain: string;
            uriWithoutDomain: string;
            guestPin: components["schemas"]["MeetingPin"];
            hostPin: components["schemas"]["MeetingPin"];
            /**
             * Format: uri
             * @description The link that opens the meeting in the browser client.
             */
            portalLink: string;
            /** @description How many participants the meeting has. */
            knownParticipants: number;
        };
        /**
         * @description A meeting to create. `endTime` must be after `startTime`. Other fields of MedCom's
         *     `create-meeting` (templates, VMR settings) are accepted and ignored.
         */
        MeetingCreate: {
            subject: string;
            description?: string;
            /** Format: date-time */
            startTime: string;
            /** Format: date-time */
            endTime: string;
            projectCode?: string;
            /**
             * Format: email
             * @description The organiser's e-mail; the caller's own when omitted.
             */
            organizedByEmail?: string;
            /** @description The creating system's own id; a second meeting with the same one in the organisation answers 409. */
            externalId?: string;
            labels?: components["schemas"]["MeetingLabels"];
            /** @default false */
            guestPinRequired?: boolean;
            guestPin?: components["schemas"]["MeetingPin"];
            hostPin?: components["schemas"]["MeetingPin"];
            participants?: components["schemas"]["ParticipantCreate"][];
        };
        /**
         * @description A meeting's details in full; optional fields left out are cleared, except
         *     `organizedByEmail`, whose absence keeps the current organiser. `endTime` must be after
         *     `startTime`. Other fields of MedCom's `update-meeting`, the PINs among them, are accepted
         *     and ignored: a PUT cannot change the room.
         */
        MeetingUpdate: {
            subject: string;
            description?: string;
            /** Format: date-time */
            startTime: string;
            /** Format: date-time */
            endTime: string;
            projectCode?: string;
            /** Format: email */
            organizedByEmail?: string;
            labels?: components["schemas"]["MeetingLabels"];
        };
        /** @description The meeting fields to change; `null` clears an optional field. */
        MeetingPatch: {
            subject?: string;
            description?: string | null;
            /** Format: date-time */
            startTime?: string;
            /** Format: date-time */
            endTime?: string;
            projectCode?: string | null;
            /** Format: email */
            organizedByEmail?: string;
            labels?: components["schemas"]["MeetingLabels"] | null;
            guestPinRequired?: boolean;
            guestPin?: components["schemas"]["MeetingPin"];
            hostPin?: components["schemas"]["MeetingPin"];
        };
        /**
         * @description `ORGANISATION`, `USER` and `DEVICE` as in MedCom's draft; `CITIZEN` is this model's
         *     addition for a patient who is no VDX user.
         * @enum {string}
         */
        ParticipantType: "ORGANISATION" | "USER" | "DEVICE" | "CITIZEN";
        /** @enum {string} */
        ParticipantRole: "GUEST" | "HOST";
        /**
         * @description Who the participant is: the organisation code (`ORGANISATION`), the user's e-mail
         *     (`USER`), the device id (`DEVICE`), or the citizen's e-mail or phone number in E.164
         *     form such as `+4512345678` (`CITIZEN`).
         */
        ParticipantExternalId: string;
        /**
         * @description A participant to invite. `ORGANISATION`, `USER` and `DEVICE` must exist in VDX (400
         *     with code 4004 otherwise). `HOST` is allowed only for participants in the owner
         *     organisation's subtree, so never for a citizen, and a disabled device cannot be
         *     invited (400 with code 3003 for both).
         */
        ParticipantCreate: {
            type: components["schemas"]["ParticipantType"];
            externalId: components["schemas"]["ParticipantExternalId"];
            /** @description The participant's organisation. The server derives it; when sent, it must match. */
            organisation?: components["schemas"]["OrganisationCodeValue"];
            role: components["schemas"]["ParticipantRole"];
            /** @description The citizen's name; only for `CITIZEN`. */
            name?: string;
        };
        /** @description A participant of a meeting. */
        Participant: {
            /** Format: uuid */
            uuid: string;
            type: components["schemas"]["ParticipantType"];
            externalId: components["schemas"]["ParticipantExternalId"];
            /** @description The organisation the participant belongs to; null for a citizen. */
            organisation: components["schemas"]["OrganisationCodeValue"] | null;
            role: components["schemas"]["ParticipantRole"];
            /** @description The citizen's name, when one was given. */
            name?: string;
        };
        ParticipantUpdate: {
            role: components["schemas"]["ParticipantRole"];
        };
        /** @description A participant as AppointmentSearch shows it. */
        AppointmentParticipant: {
            /** Format: uuid */
            uuid: string;
            type: components["schemas"]["ParticipantType"];
            /** @description As in `Participant`, but null for a citizen unless the caller's subtree holds the owner organisation. */
            externalId: components["schemas"]["ParticipantExternalId"] | null;
            organisation: components["schemas"]["OrganisationCodeValue"] | null;
            role: components["schemas"]["ParticipantRole"];
            /** @description The citizen's name; null unless the caller's subtree holds the owner organisation. */
            name?: string | null;
        };
        /** @description A meeting as the organisations that take part in it see it. */
        Appointment: {
            /**
             * Format: uuid
             * @description The meeting's uuid in VideoAPI.
             */
            id: string;
            /** @description The meeting's name. */
            subject: string;
            description?: string;
            ownerOrganisationCode: components["schemas"]["OrganisationCodeValue"];
            createdBy: components["schemas"]["MeetingUser"];
            organizedBy: components["schemas"]["MeetingUser"];
            /** Format: date-time */
            startTime: string;
            /** Format: date-time */
            endTime: string;
            /**
             * Format: date-time
             * @description When the meeting or its participants last changed.
             */
            updatedTime: string;
            uriWithDomain: string;
            guestPin: components["schemas"]["MeetingPin"];
            hostPin?: components["schemas"]["MeetingPin"];
            /** Format: uri */
            shortLink: string;
            /** Format: uri */
            portalLink: string;
            participants: components["schemas"]["AppointmentParticipant"][];
        };
        AppointmentPage: {
            items: components["schemas"]["Appointment"][];
            nextCursor: string | null;
        };
        /** @description An organisation as the directory lists it. */
        DirectoryOrganisation: {
            code: components["schemas"]["OrganisationCodeValue"];
            name: string;
            parentCode: components["schemas"]["OrganisationCodeValue"] | null;
        };
        DirectoryOrganisationPage: {
            items: components["schemas"]["DirectoryOrganisation"][];
            nextCursor: string | null;
        };
        /** @description A user as the directory lists it. */
        DirectoryUser: {
            /** Format: email */
            email: string;
            name: string;
            organisationCode: components["schemas"]["OrganisationCodeValue"];
            organisationName: string;
        };
        DirectoryUserPage: {
            items: components["schemas"]["DirectoryUser"][];
            nextCursor: string | null;
        };
        /** @description A device as the directory lists it. */
        DirectoryDevice: {
            /** Format: uuid */
            id: string;
            name: string;
            organisationCode: components["schemas"]["OrganisationCodeValue"];
            organisationName: string;
        };
        DirectoryDevicePage: {
            items: components["schemas"]["DirectoryDevice"][];
            nextCursor: string | null;
        };
        /**
         * @description What happened to the meeting: `created` (it now involves the client's subtree),
         *     `updated` (its details), `participants-changed`, `uninvited` (it no longer involves
         *     the subtree) or `deleted`.
         * @enum {string}
         */
        AppointmentLogChange: "created" | "updated" | "participants-changed" | "uninvited" | "deleted";
        /** @description One notification in an OAuth client's appointment log. */
        AppointmentLogEntry: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The meeting's uuid.
             */
            appointmentId: string;
            change: components["schemas"]["AppointmentLogChange"];
            /** @description The names of the changed meeting fields for `updated` (`participants` for `participants-changed`); empty otherwise. */
            changedFields: string[];
            /** Format: date-time */
            occurredAt: string;
        };
        AppointmentLogBatch: {
            items: components["schemas"]["AppointmentLogEntry"][];
            /** @description Whether more notifications are waiting beyond `limit`. */
            hasMore: boolean;
        };
    };
    responses: {
        /** @description The request is invalid; `detailed_error` names the field and the rule. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The bearer token (or device credentials) is missing, invalid or expired. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                /** @description The bearer challenge (RFC 6750) with the error. */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The token is valid but lacks a role the operation needs (3001), or its role may not act on this resource (3002, 3004). */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Nothing with this id exists in the caller's organisation subtree. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request conflicts with the current state, or reuses an idempotency key for a different request. */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request body is larger than 1 MiB. */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description An RFC 6749 error such as `invalid_request`, `invalid_grant` or `unsupported_grant_type`. */
        OAuthBadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OAuthError"];
            };
        };
        /** @description The client failed to authenticate (`invalid_client`). */
        OAuthUnauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                /** @description Present when the client used HTTP Basic authentication. */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OAuthError"];
            };
        };
        /**
         * @description Too many failed client authentications for this client id or from this address within the
         *     server's window (by default 10 per client id and 50 per address in 5 minutes). RFC 6749
         *     defines no error code for this, so the body is an RFC 6749 error with `invalid_request`
         *     and the status is 429; retry after `Retry-After` seconds. A successful authentication
         *     resets the count of its client id.
         */
        OAuthTooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                /** @description Seconds to wait before retrying. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OAuthError"];
            };
        };
        /**
         * @description The request is invalid: a field breaks a rule (1001), the end is not after the start
         *     (1006), a participant matches nothing in VDX (4004), or the caller may not invite a
         *     participant in that role (3003).
         */
        MeetingBadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A participant is already on the meeting (5003), or the Idempotency-Key was used for a different request (5002). */
        ParticipantConflict: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The organisation is not in the caller's subtree (4002), or it has no webhook of its own (4006). */
        WebhookNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The caller sent more requests than the operation's rate limit allows; retry after `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                /** @description Seconds to wait before retrying. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The receiver accepted the event within 10 seconds; the delivery is `delivered` and the body is ignored. */
        WebhookDelivered: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The receiver rejected the event. VDX counts the attempt as failed and retries it. */
        WebhookRejected: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The receiver failed. VDX counts the attempt as failed and retries it. */
        WebhookFailed: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description The realm name; `vdx` on the reference server.
         * @example vdx
         */
        Realm: string;
        /**
         * @description The organisation's code.
         * @example hospital-demo
         */
        OrganisationCode: components["schemas"]["OrganisationCodeValue"];
        /**
         * @description The device's id.
         * @example 6f1c2a7e-4d1b-4a57-9a43-2c8b5e0d9f11
         */
        DeviceId: string;
        /** @description Maximum number of items in the page. */
        Limit: number;
        /** @description The `nextCursor` of the previous page; omit it for the first page. */
        Cursor: string;
        /**
         * @description A client-chosen key. A repeat of the request with the same key within 24 hours returns
         *     the first response instead of acting again. Reusing a key for a different request
         *     answers 409.
         * @example 2b9e6a4c-enqueue-0001
         */
        IdempotencyKey: string;
        /**
         * @description The meeting's uuid.
         * @example 1f6d8b24-93c5-4e7a-a2b0-6c4d9e8f7a15
         */
        MeetingUuid: string;
        /**
         * @description The participant's uuid within the meeting.
         * @example 2a7c4e91-6b3f-4d05-8e12-9f0a1b2c3d4e
         */
        ParticipantUuid: string;
        /**
         * @description The event's id, equal to the body's `id`. The same on every retry, so use it to drop duplicates.
         * @example 3c9a1e70-5b2d-4f8e-a1c4-7d6b9e0f2a13
         */
        VdxEventId: string;
        /**
         * @description The event type, equal to the body's `type`.
         * @example device.meeting.enqueued
         */
        VdxEventType: components["schemas"]["WebhookEventType"];
        /**
         * @description `t=<unix seconds>,v1=<signature>`, where the signature is the lowercase hex HMAC-SHA256
         *     of the string `<t>.<raw body>` keyed with the webhook's secret. `t` is the time of this
         *     attempt, so a retry carries a new `t` and signature. See `WebhookEvent` for the check.
         * @example t=1796375760,v1=5d2b8c0e7f1a4936b8e2d7c5a0f3e9b14c6d8a2e0b7f5c3a9d1e4b6f8a0c2e7d
         */
        VdxSignature: string;
        /**
         * @description The webhook's `deviceWebhookEndpointKey`, sent unchanged when one is set, for receivers
         *     that check a static key as VDX's device webhook does. It proves less than the signature
         *     because it is the same on every request. MedCom's public documents do not name the
         *     header that VDX uses for this key, so the name here is this model's choice.
         * @example hospital-demo-receiver-key
         */
        VdxWebhookKey: string;
    };
    requestBodies: never;
    headers: {
        /** @description The request's id, echoed from the request when it sent one. Quote it in support requests. */
        "X-Request-Id": string;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    getOpenIdConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The realm name; `vdx` on the reference server.
                 * @example vdx
                 */
                realm: components["parameters"]["Realm"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The discovery document. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenIdConfiguration"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    requestToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The realm name; `vdx` on the reference server.
                 * @example vdx
                 */
                realm: components["parameters"]["Realm"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description A new access token, and a refresh token when the client is configured for one. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    /** @description Always `no-store`. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: components["responses"]["OAuthBadRequest"];
            401: components["responses"]["OAuthUnauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["OAuthTooManyRequests"];
        };
    };
    getJwks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The realm name; `vdx` on the reference server.
                 * @example vdx
                 */
                realm: components["parameters"]["Realm"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key set. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Jwks"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The realm name; `vdx` on the reference server.
                 * @example vdx
                 */
                realm: components["parameters"]["Realm"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["RevokeRequest"];
            };
        };
        responses: {
            /** @description The token is revoked (or was not valid to begin with). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["OAuthBadRequest"];
            401: components["responses"]["OAuthUnauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    exchangeStsToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["StsExchangeRequest"];
            };
        };
        responses: {
            /** @description An access token (only before the cut-off date). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StsExchangeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description STS access is closed; use OAuth client credentials. */
            410: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organisation's code.
                 * @example hospital-demo
                 */
                code: components["parameters"]["OrganisationCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listOrganisationDescendants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organisation's code.
                 * @example hospital-demo
                 */
                code: components["parameters"]["OrganisationCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The descendants (an empty array for a leaf). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getOrganisationTree: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subtree rooted at the caller's organisation. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationTree"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listDevices: {
        parameters: {
            query?: {
                /** @description Only devices of this organisation and its sub-organisations. */
                organisationCode?: components["schemas"]["OrganisationCodeValue"];
                /** @description Only devices with this status. */
                status?: components["schemas"]["DeviceStatus"];
                /** @description Only devices of this kind. */
                kind?: components["schemas"]["DeviceKind"];
                /** @description Case-insensitive substring of the name, description or login id. */
                q?: string;
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description The `nextCursor` of the previous page; omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of devices. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevicePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createDevice: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A client-chosen key. A repeat of the request with the same key within 24 hours returns
                 *     the first response instead of acting again. Reusing a key for a different request
                 *     answers 409.
                 * @example 2b9e6a4c-enqueue-0001
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeviceCreate"];
            };
        };
        responses: {
            /** @description The device as stored. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    /** @description The device's URL. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Device"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getDevice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The device's id.
                 * @example 6f1c2a7e-4d1b-4a57-9a43-2c8b5e0d9f11
                 */
                deviceId: components["parameters"]["DeviceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The device. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Device"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteDevice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The device's id.
                 * @example 6f1c2a7e-4d1b-4a57-9a43-2c8b5e0d9f11
                 */
                deviceId: components["parameters"]["DeviceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The device is deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateDevice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The device's id.
                 * @example 6f1c2a7e-4d1b-4a57-9a43-2c8b5e0d9f11
                 */
                deviceId: components["parameters"]["DeviceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeviceUpdate"];
            };
        };
        responses: {
            /** @description The device after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Device"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    resetDevicePassword: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A client-chosen key. A repeat of the request with the same key within 24 hours returns
                 *     the first response instead of acting again. Reusing a key for a different request
                 *     answers 409.
                 * @example 2b9e6a4c-enqueue-0001
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The device's id.
                 * @example 6f1c2a7e-4d1b-4a57-9a43-2c8b5e0d9f11
                 */
                deviceId: components["parameters"]["DeviceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The device's login id and its new password (shown only here). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    /** @description Always `no-store`. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceCredentials"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createDeviceLoginLink: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A client-chosen key. A repeat of the request with the same key within 24 hours returns
                 *     the first response instead of acting again. Reusing a key for a different request
                 *     answers 409.
                 * @example 2b9e6a4c-enqueue-0001
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The device's id.
                 * @example 6f1c2a7e-4d1b-4a57-9a43-2c8b5e0d9f11
                 */
                deviceId: components["parameters"]["DeviceId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LoginLinkCreate"];
            };
        };
        responses: {
            /** @description The link and its one-time code. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    /** @description Always `no-store`. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    loginDevice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeviceLoginRequest"];
            };
        };
        responses: {
            /** @description Tokens for the device. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    /** @description Always `no-store`. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description Too many failed logins for this login id or from this address within the server's
             *     window (by default 10 per login id and 50 per address in 5 minutes), code 6001. Retry
             *     after `Retry-After` seconds. A successful login resets the count of its login id.
             */
            429: components["responses"]["TooManyRequests"];
        };
    };
    loginDeviceOneClick: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OneClickLoginRequest"];
            };
        };
        responses: {
            /** @description Tokens for the device. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    /** @description Always `no-store`. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    listQueuedMeetings: {
        parameters: {
            query?: {
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description The `nextCursor` of the previous page; omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /**
                 * @description The device's id.
                 * @example 6f1c2a7e-4d1b-4a57-9a43-2c8b5e0d9f11
                 */
                deviceId: components["parameters"]["DeviceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of queued meetings, oldest first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedMeetingPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    enqueueMeeting: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A client-chosen key. A repeat of the request with the same key within 24 hours returns
                 *     the first response instead of acting again. Reusing a key for a different request
                 *     answers 409.
                 * @example 2b9e6a4c-enqueue-0001
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The device's id.
                 * @example 6f1c2a7e-4d1b-4a57-9a43-2c8b5e0d9f11
                 */
                deviceId: components["parameters"]["DeviceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueuedMeetingCreate"];
            };
        };
        responses: {
            /** @description The queued meeting as stored. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedMeeting"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    clearMeetingQueue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The device's id.
                 * @example 6f1c2a7e-4d1b-4a57-9a43-2c8b5e0d9f11
                 */
                deviceId: components["parameters"]["DeviceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The queue was cleared. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueCleared"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    takeNextMeeting: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A client-chosen key. A repeat of the request with the same key within 24 hours returns
                 *     the first response instead of acting again. Reusing a key for a different request
                 *     answers 409.
                 * @example 2b9e6a4c-enqueue-0001
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The device's id.
                 * @example 6f1c2a7e-4d1b-4a57-9a43-2c8b5e0d9f11
                 */
                deviceId: components["parameters"]["DeviceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The oldest meeting, now removed from the queue. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedMeeting"];
                };
            };
            /** @description The queue is empty. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listQueuedMessages: {
        parameters: {
            query?: {
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description The `nextCursor` of the previous page; omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /**
                 * @description The device's id.
                 * @example 6f1c2a7e-4d1b-4a57-9a43-2c8b5e0d9f11
                 */
                deviceId: components["parameters"]["DeviceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of queued messages, oldest first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedMessagePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    enqueueMessage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A client-chosen key. A repeat of the request with the same key within 24 hours returns
                 *     the first response instead of acting again. Reusing a key for a different request
                 *     answers 409.
                 * @example 2b9e6a4c-enqueue-0001
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The device's id.
                 * @example 6f1c2a7e-4d1b-4a57-9a43-2c8b5e0d9f11
                 */
                deviceId: components["parameters"]["DeviceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueuedMessageCreate"];
            };
        };
        responses: {
            /** @description The queued message as stored. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    clearMessageQueue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The device's id.
                 * @example 6f1c2a7e-4d1b-4a57-9a43-2c8b5e0d9f11
                 */
                deviceId: components["parameters"]["DeviceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The queue was cleared. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueCleared"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    takeNextMessage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A client-chosen key. A repeat of the request with the same key within 24 hours returns
                 *     the first response instead of acting again. Reusing a key for a different request
                 *     answers 409.
                 * @example 2b9e6a4c-enqueue-0001
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The device's id.
                 * @example 6f1c2a7e-4d1b-4a57-9a43-2c8b5e0d9f11
                 */
                deviceId: components["parameters"]["DeviceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The oldest message, now removed from the queue. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedMessage"];
                };
            };
            /** @description The queue is empty. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organisation's code.
                 * @example hospital-demo
                 */
                code: components["parameters"]["OrganisationCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook configuration. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookConfig"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["WebhookNotFound"];
        };
    };
    setWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organisation's code.
                 * @example hospital-demo
                 */
                code: components["parameters"]["OrganisationCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookSet"];
            };
        };
        responses: {
            /** @description The webhook as stored, with `secret` only when the server generated it. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    /** @description Always `no-store`. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookConfigWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    removeWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organisation's code.
                 * @example hospital-demo
                 */
                code: components["parameters"]["OrganisationCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook is removed. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["WebhookNotFound"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Only deliveries in this state. */
                status?: components["schemas"]["WebhookDeliveryStatus"];
                /** @description Only deliveries of this event type. */
                eventType?: components["schemas"]["WebhookEventType"];
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description The `nextCursor` of the previous page; omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /**
                 * @description The organisation's code.
                 * @example hospital-demo
                 */
                code: components["parameters"]["OrganisationCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of deliveries, newest first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    sendWebhookTest: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A client-chosen key. A repeat of the request with the same key within 24 hours returns
                 *     the first response instead of acting again. Reusing a key for a different request
                 *     answers 409.
                 * @example 2b9e6a4c-enqueue-0001
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The organisation's code.
                 * @example hospital-demo
                 */
                code: components["parameters"]["OrganisationCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The test event is queued for delivery. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookTestAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["WebhookNotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getVideoApiInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service information. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoApiInfo"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    searchMeetings: {
        parameters: {
            query?: {
                /**
                 * @description Earliest start time (RFC 3339 with offset). Requires `to-start-time`.
                 * @example 2026-12-07T00:00:00+01:00
                 */
                "from-start-time"?: string;
                /**
                 * @description Latest start time (RFC 3339 with offset). Requires `from-start-time`.
                 * @example 2026-12-08T00:00:00+01:00
                 */
                "to-start-time"?: string;
                /** @description Case-insensitive substring of the subject. */
                subject?: string;
                /** @description The organiser's e-mail address (exact, case-insensitive). */
                organizedBy?: string;
                /** @description Case-insensitive substring of the subject, description or organiser's e-mail. */
                search?: string;
                /** @description A label the meeting carries (exact). */
                label?: string;
                /**
                 * @description The meeting's 12-character short id.
                 * @example k7q2m9x4p1z8
                 */
                "short-id"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching meetings, ordered by start time (an empty array when none match). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createMeeting: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A client-chosen key. A repeat of the request with the same key within 24 hours returns
                 *     the first response instead of acting again. Reusing a key for a different request
                 *     answers 409.
                 * @example 2b9e6a4c-enqueue-0001
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingCreate"];
            };
        };
        responses: {
            /** @description The meeting as stored, with its room fields. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            400: components["responses"]["MeetingBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The meeting's uuid.
                 * @example 1f6d8b24-93c5-4e7a-a2b0-6c4d9e8f7a15
                 */
                uuid: components["parameters"]["MeetingUuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The meeting's uuid.
                 * @example 1f6d8b24-93c5-4e7a-a2b0-6c4d9e8f7a15
                 */
                uuid: components["parameters"]["MeetingUuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingUpdate"];
            };
        };
        responses: {
            /** @description The meeting after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            400: components["responses"]["MeetingBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    deleteMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The meeting's uuid.
                 * @example 1f6d8b24-93c5-4e7a-a2b0-6c4d9e8f7a15
                 */
                uuid: components["parameters"]["MeetingUuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting is deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    patchMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The meeting's uuid.
                 * @example 1f6d8b24-93c5-4e7a-a2b0-6c4d9e8f7a15
                 */
                uuid: components["parameters"]["MeetingUuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingPatch"];
            };
        };
        responses: {
            /** @description The meeting after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            400: components["responses"]["MeetingBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    listParticipants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The meeting's uuid.
                 * @example 1f6d8b24-93c5-4e7a-a2b0-6c4d9e8f7a15
                 */
                uuid: components["parameters"]["MeetingUuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The participants (an empty array when there are none). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participant"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    addParticipants: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A client-chosen key. A repeat of the request with the same key within 24 hours returns
                 *     the first response instead of acting again. Reusing a key for a different request
                 *     answers 409.
                 * @example 2b9e6a4c-enqueue-0001
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The meeting's uuid.
                 * @example 1f6d8b24-93c5-4e7a-a2b0-6c4d9e8f7a15
                 */
                uuid: components["parameters"]["MeetingUuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantCreate"][];
            };
        };
        responses: {
            /** @description The added participants, in the order of the request. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participant"][];
                };
            };
            400: components["responses"]["MeetingBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ParticipantConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    updateParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The meeting's uuid.
                 * @example 1f6d8b24-93c5-4e7a-a2b0-6c4d9e8f7a15
                 */
                uuid: components["parameters"]["MeetingUuid"];
                /**
                 * @description The participant's uuid within the meeting.
                 * @example 2a7c4e91-6b3f-4d05-8e12-9f0a1b2c3d4e
                 */
                participantUuid: components["parameters"]["ParticipantUuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantUpdate"];
            };
        };
        responses: {
            /** @description The participant after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participant"];
                };
            };
            400: components["responses"]["MeetingBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    removeParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The meeting's uuid.
                 * @example 1f6d8b24-93c5-4e7a-a2b0-6c4d9e8f7a15
                 */
                uuid: components["parameters"]["MeetingUuid"];
                /**
                 * @description The participant's uuid within the meeting.
                 * @example 2a7c4e91-6b3f-4d05-8e12-9f0a1b2c3d4e
                 */
                participantUuid: components["parameters"]["ParticipantUuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The participant is removed. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    searchAppointments: {
        parameters: {
            query?: {
                /**
                 * @description Only meetings in which this organisation (one of the caller's subtree) takes part:
                 *     as owner, as an invited organisation, or through an invited user or device.
                 */
                organisationCode?: components["schemas"]["OrganisationCodeValue"];
                /** @description Only meetings to which this device (one of the caller's subtree) is invited. */
                deviceId?: string;
                /** @description Only meetings that this user organises or is invited to (e-mail, case-insensitive). */
                userEmail?: string;
                /**
                 * @description Only meetings starting at or after this time (RFC 3339 with offset).
                 * @example 2026-12-07T00:00:00+01:00
                 */
                fromStartTime?: string;
                /**
                 * @description Only meetings starting before this time (RFC 3339 with offset).
                 * @example 2026-12-14T00:00:00+01:00
                 */
                toStartTime?: string;
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description The `nextCursor` of the previous page; omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of appointments, ordered by start time. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    searchDirectoryOrganisations: {
        parameters: {
            query: {
                /**
                 * @description Case-insensitive substring of the organisation's name.
                 * @example supplier
                 */
                name: string;
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description The `nextCursor` of the previous page; omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of organisations. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryOrganisationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    searchDirectoryUsers: {
        parameters: {
            query?: {
                /**
                 * @description Case-insensitive substring of the user's organisation's name.
                 * @example agency
                 */
                organisationName?: string;
                /**
                 * @description Case-insensitive substring of the user's name or e-mail.
                 * @example case.worker
                 */
                query?: string;
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description The `nextCursor` of the previous page; omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of users. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryUserPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    searchDirectoryDevices: {
        parameters: {
            query?: {
                /**
                 * @description Case-insensitive substring of the device's organisation's name.
                 * @example akutmodtagelse
                 */
                organisationName?: string;
                /**
                 * @description Case-insensitive substring of the device's name.
                 * @example kiosk
                 */
                name?: string;
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description The `nextCursor` of the previous page; omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of devices. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryDevicePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    takeAppointmentLog: {
        parameters: {
            query?: {
                /** @description Maximum number of entries to take. */
                limit?: number;
            };
            header?: {
                /**
                 * @description A client-chosen key. A repeat of the request with the same key within 24 hours returns
                 *     the first response instead of acting again. Reusing a key for a different request
                 *     answers 409.
                 * @example 2b9e6a4c-enqueue-0001
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notifications, now marked as read (`items` is empty when there is nothing new). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentLogBatch"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    onDeviceMeetingEnqueued: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event's id, equal to the body's `id`. The same on every retry, so use it to drop duplicates.
                 * @example 3c9a1e70-5b2d-4f8e-a1c4-7d6b9e0f2a13
                 */
                "VDX-Event-Id": components["parameters"]["VdxEventId"];
                /**
                 * @description The event type, equal to the body's `type`.
                 * @example device.meeting.enqueued
                 */
                "VDX-Event-Type": components["parameters"]["VdxEventType"];
                /**
                 * @description `t=<unix seconds>,v1=<signature>`, where the signature is the lowercase hex HMAC-SHA256
                 *     of the string `<t>.<raw body>` keyed with the webhook's secret. `t` is the time of this
                 *     attempt, so a retry carries a new `t` and signature. See `WebhookEvent` for the check.
                 * @example t=1796375760,v1=5d2b8c0e7f1a4936b8e2d7c5a0f3e9b14c6d8a2e0b7f5c3a9d1e4b6f8a0c2e7d
                 */
                "VDX-Signature": components["parameters"]["VdxSignature"];
                /**
                 * @description The webhook's `deviceWebhookEndpointKey`, sent unchanged when one is set, for receivers
                 *     that check a static key as VDX's device webhook does. It proves less than the signature
                 *     because it is the same on every request. MedCom's public documents do not name the
                 *     header that VDX uses for this key, so the name here is this model's choice.
                 * @example hospital-demo-receiver-key
                 */
                "VDX-Webhook-Key"?: components["parameters"]["VdxWebhookKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeviceMeetingEnqueuedEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookDelivered"];
            "4XX": components["responses"]["WebhookRejected"];
            "5XX": components["responses"]["WebhookFailed"];
        };
    };
    onDeviceMessageEnqueued: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event's id, equal to the body's `id`. The same on every retry, so use it to drop duplicates.
                 * @example 3c9a1e70-5b2d-4f8e-a1c4-7d6b9e0f2a13
                 */
                "VDX-Event-Id": components["parameters"]["VdxEventId"];
                /**
                 * @description The event type, equal to the body's `type`.
                 * @example device.meeting.enqueued
                 */
                "VDX-Event-Type": components["parameters"]["VdxEventType"];
                /**
                 * @description `t=<unix seconds>,v1=<signature>`, where the signature is the lowercase hex HMAC-SHA256
                 *     of the string `<t>.<raw body>` keyed with the webhook's secret. `t` is the time of this
                 *     attempt, so a retry carries a new `t` and signature. See `WebhookEvent` for the check.
                 * @example t=1796375760,v1=5d2b8c0e7f1a4936b8e2d7c5a0f3e9b14c6d8a2e0b7f5c3a9d1e4b6f8a0c2e7d
                 */
                "VDX-Signature": components["parameters"]["VdxSignature"];
                /**
                 * @description The webhook's `deviceWebhookEndpointKey`, sent unchanged when one is set, for receivers
                 *     that check a static key as VDX's device webhook does. It proves less than the signature
                 *     because it is the same on every request. MedCom's public documents do not name the
                 *     header that VDX uses for this key, so the name here is this model's choice.
                 * @example hospital-demo-receiver-key
                 */
                "VDX-Webhook-Key"?: components["parameters"]["VdxWebhookKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeviceMessageEnqueuedEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookDelivered"];
            "4XX": components["responses"]["WebhookRejected"];
            "5XX": components["responses"]["WebhookFailed"];
        };
    };
    onAppointmentCreated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event's id, equal to the body's `id`. The same on every retry, so use it to drop duplicates.
                 * @example 3c9a1e70-5b2d-4f8e-a1c4-7d6b9e0f2a13
                 */
                "VDX-Event-Id": components["parameters"]["VdxEventId"];
                /**
                 * @description The event type, equal to the body's `type`.
                 * @example device.meeting.enqueued
                 */
                "VDX-Event-Type": components["parameters"]["VdxEventType"];
                /**
                 * @description `t=<unix seconds>,v1=<signature>`, where the signature is the lowercase hex HMAC-SHA256
                 *     of the string `<t>.<raw body>` keyed with the webhook's secret. `t` is the time of this
                 *     attempt, so a retry carries a new `t` and signature. See `WebhookEvent` for the check.
                 * @example t=1796375760,v1=5d2b8c0e7f1a4936b8e2d7c5a0f3e9b14c6d8a2e0b7f5c3a9d1e4b6f8a0c2e7d
                 */
                "VDX-Signature": components["parameters"]["VdxSignature"];
                /**
                 * @description The webhook's `deviceWebhookEndpointKey`, sent unchanged when one is set, for receivers
                 *     that check a static key as VDX's device webhook does. It proves less than the signature
                 *     because it is the same on every request. MedCom's public documents do not name the
                 *     header that VDX uses for this key, so the name here is this model's choice.
                 * @example hospital-demo-receiver-key
                 */
                "VDX-Webhook-Key"?: components["parameters"]["VdxWebhookKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointmentCreatedEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookDelivered"];
            "4XX": components["responses"]["WebhookRejected"];
            "5XX": components["responses"]["WebhookFailed"];
        };
    };
    onAppointmentUpdated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event's id, equal to the body's `id`. The same on every retry, so use it to drop duplicates.
                 * @example 3c9a1e70-5b2d-4f8e-a1c4-7d6b9e0f2a13
                 */
                "VDX-Event-Id": components["parameters"]["VdxEventId"];
                /**
                 * @description The event type, equal to the body's `type`.
                 * @example device.meeting.enqueued
                 */
                "VDX-Event-Type": components["parameters"]["VdxEventType"];
                /**
                 * @description `t=<unix seconds>,v1=<signature>`, where the signature is the lowercase hex HMAC-SHA256
                 *     of the string `<t>.<raw body>` keyed with the webhook's secret. `t` is the time of this
                 *     attempt, so a retry carries a new `t` and signature. See `WebhookEvent` for the check.
                 * @example t=1796375760,v1=5d2b8c0e7f1a4936b8e2d7c5a0f3e9b14c6d8a2e0b7f5c3a9d1e4b6f8a0c2e7d
                 */
                "VDX-Signature": components["parameters"]["VdxSignature"];
                /**
                 * @description The webhook's `deviceWebhookEndpointKey`, sent unchanged when one is set, for receivers
                 *     that check a static key as VDX's device webhook does. It proves less than the signature
                 *     because it is the same on every request. MedCom's public documents do not name the
                 *     header that VDX uses for this key, so the name here is this model's choice.
                 * @example hospital-demo-receiver-key
                 */
                "VDX-Webhook-Key"?: components["parameters"]["VdxWebhookKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointmentUpdatedEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookDelivered"];
            "4XX": components["responses"]["WebhookRejected"];
            "5XX": components["responses"]["WebhookFailed"];
        };
    };
    onAppointmentDeleted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event's id, equal to the body's `id`. The same on every retry, so use it to drop duplicates.
                 * @example 3c9a1e70-5b2d-4f8e-a1c4-7d6b9e0f2a13
                 */
                "VDX-Event-Id": components["parameters"]["VdxEventId"];
                /**
                 * @description The event type, equal to the body's `type`.
                 * @example device.meeting.enqueued
                 */
                "VDX-Event-Type": components["parameters"]["VdxEventType"];
                /**
                 * @description `t=<unix seconds>,v1=<signature>`, where the signature is the lowercase hex HMAC-SHA256
                 *     of the string `<t>.<raw body>` keyed with the webhook's secret. `t` is the time of this
                 *     attempt, so a retry carries a new `t` and signature. See `WebhookEvent` for the check.
                 * @example t=1796375760,v1=5d2b8c0e7f1a4936b8e2d7c5a0f3e9b14c6d8a2e0b7f5c3a9d1e4b6f8a0c2e7d
                 */
                "VDX-Signature": components["parameters"]["VdxSignature"];
                /**
                 * @description The webhook's `deviceWebhookEndpointKey`, sent unchanged when one is set, for receivers
                 *     that check a static key as VDX's device webhook does. It proves less than the signature
                 *     because it is the same on every request. MedCom's public documents do not name the
                 *     header that VDX uses for this key, so the name here is this model's choice.
                 * @example hospital-demo-receiver-key
                 */
                "VDX-Webhook-Key"?: components["parameters"]["VdxWebhookKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointmentDeletedEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookDelivered"];
            "4XX": components["responses"]["WebhookRejected"];
            "5XX": components["responses"]["WebhookFailed"];
        };
    };
    onWebhookTest: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event's id, equal to the body's `id`. The same on every retry, so use it to drop duplicates.
                 * @example 3c9a1e70-5b2d-4f8e-a1c4-7d6b9e0f2a13
                 */
                "VDX-Event-Id": components["parameters"]["VdxEventId"];
                /**
                 * @description The event type, equal to the body's `type`.
                 * @example device.meeting.enqueued
                 */
                "VDX-Event-Type": components["parameters"]["VdxEventType"];
                /**
                 * @description `t=<unix seconds>,v1=<signature>`, where the signature is the lowercase hex HMAC-SHA256
                 *     of the string `<t>.<raw body>` keyed with the webhook's secret. `t` is the time of this
                 *     attempt, so a retry carries a new `t` and signature. See `WebhookEvent` for the check.
                 * @example t=1796375760,v1=5d2b8c0e7f1a4936b8e2d7c5a0f3e9b14c6d8a2e0b7f5c3a9d1e4b6f8a0c2e7d
                 */
                "VDX-Signature": components["parameters"]["VdxSignature"];
                /**
                 * @description The webhook's `deviceWebhookEndpointKey`, sent unchanged when one is set, for receivers
                 *     that check a static key as VDX's device webhook does. It proves less than the signature
                 *     because it is the same on every request. MedCom's public documents do not name the
                 *     header that VDX uses for this key, so the name here is this model's choice.
                 * @example hospital-demo-receiver-key
                 */
                "VDX-Webhook-Key"?: components["parameters"]["VdxWebhookKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookTestEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookDelivered"];
            "4XX": components["responses"]["WebhookRejected"];
            "5XX": components["responses"]["WebhookFailed"];
        };
    };
}
