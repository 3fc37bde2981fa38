/** The caller of an API operation, taken from a verified access token. */
export interface Principal {
  /** The token's `sub`: the client id, or the device id for a device token. */
  subject: string;
  /** The token's `azp`: the OAuth client, or the device's login id for a device token. */
  clientId: string;
  /** `dk:medcom:organisation_id`: the root of the caller's organisation subtree. */
  organisationCode: string;
  /** `dk:medcom:video:role`. */
  roles: readonly string[];
  /** `dk:medcom:device_id`, present only on device tokens. */
  deviceId?: string;
  /** When the token expires, in milliseconds since the Unix epoch. */
  expiresAt: number;
}
