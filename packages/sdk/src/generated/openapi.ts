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
         *     cannot log in.
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
};
export type webhooks = Record<string, never>;
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
         *     | 2001 | 401 | no bearer token |
         *     | 2002 | 401 | the token is malformed, signed by another key or for another realm |
         *     | 2003 | 401 | the token expired |
         *     | 2004 | 401 | wrong device login id or password, or the device is disabled |
         *     | 2005 | 401 | the one-click code is unknown, spent or expired |
         *     | 3001 | 403 | the token lacks a role the operation needs |
         *     | 3002 | 403 | a device token used on another device's queue |
         *     | 4001 | 404 | the resource is not found (or outside the caller's subtree) |
         *     | 4002 | 404 | the organisation is not found (or outside the caller's subtree) |
         *     | 4003 | 404 | no such route |
         *     | 4005 | 405 | the route exists but not with this method |
         *     | 5001 | 409 | the request conflicts with the current state |
         *     | 5002 | 409 | the Idempotency-Key was used for a different request |
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
            detailed_error_code: 1001 | 1002 | 1003 | 1004 | 1005 | 1006 | 2001 | 2002 | 2003 | 2004 | 2005 | 3001 | 3002 | 4001 | 4002 | 4003 | 4005 | 5001 | 5002 | 6001 | 7001 | 9001;
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
            kind: components["schemas"]["DeviceKind"];
            /** @default active */
            status: components["schemas"]["DeviceStatus"];
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
            expiresInSeconds: number;
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
            /** @description Optional structured content for the device app (any JSON object, at most 64 KiB serialised). */
            content?: Record<string, never>;
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
        /** @description The token is valid but lacks a role the operation needs. */
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
            415: components["responses"]["UnsupportedMediaType"];
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
            /** @description The queue is empty. */
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
            /** @description The queue is empty. */
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
}
