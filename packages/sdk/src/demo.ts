/**
 * Demo data of the reference server (`vdx-server --seed demo`) and of `@vdx/mock`.
 *
 * Every secret here is public demo data. The reference server accepts these clients only when
 * it runs with the demo seed; real VDX has no such clients.
 */

/** A role carried in the token claim `dk:medcom:video:role`. */
export type VdxRole =
  | 'meeting-user'
  | 'meeting-planner'
  | 'meeting-admin'
  | 'device-admin'
  | 'device';

/** An organisation of the demo tree. */
export interface DemoOrganisation {
  code: string;
  name: string;
  parentCode: string | null;
}

/** An OAuth client of the demo realm. */
export interface DemoClient {
  clientId: string;
  clientSecret: string;
  organisationCode: string;
  roles: VdxRole[];
  /** Whether the realm issues a refresh token with this client's access tokens. */
  refreshTokens: boolean;
  /** The service account's e-mail, sent in the `dk:medcom:email` claim. */
  email: string;
}

/** A VDX user of the demo tree, found by ParticipantSearch. */
export interface DemoUser {
  email: string;
  name: string;
  organisationCode: string;
}

/** A registered device of the demo tree. */
export interface DemoDevice {
  id: string;
  loginId: string;
  name: string;
  organisationCode: string;
  kind: 'room-system' | 'tablet' | 'phone' | 'kiosk' | 'browser' | 'other';
  description: string;
}

/** The realm name of the reference server. */
export const DEMO_REALM = 'vdx';

/** The demo organisation tree, parents before children. */
export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  { code: 'region-demo', name: 'Region Demo', parentCode: null },
  { code: 'hospital-demo', name: 'Demo Hospital', parentCode: 'region-demo' },
  { code: 'dept-emergency', name: 'Demo Akutmodtagelse', parentCode: 'hospital-demo' },
  { code: 'kommune-demo', name: 'Demo Kommune', parentCode: null },
  { code: 'centre-nord', name: 'Demo Sundhedscenter Nord', parentCode: 'kommune-demo' },
  { code: 'supplier-demo', name: 'Demo Supplier ApS', parentCode: null },
  { code: 'agency-demo', name: 'Demo Agency', parentCode: null },
];

/** The demo OAuth clients; each secret is the client id followed by `-secret`. */
export const DEMO_CLIENTS: readonly DemoClient[] = [
  {
    clientId: 'demo-region-admin',
    clientSecret: 'demo-region-admin-secret',
    organisationCode: 'region-demo',
    roles: ['device-admin', 'meeting-admin'],
    refreshTokens: false,
    email: 'integration@region-demo.example',
  },
  {
    clientId: 'demo-kommune-admin',
    clientSecret: 'demo-kommune-admin-secret',
    organisationCode: 'kommune-demo',
    roles: ['device-admin', 'meeting-planner'],
    refreshTokens: true,
    email: 'integration@kommune-demo.example',
  },
  {
    clientId: 'demo-centre-planner',
    clientSecret: 'demo-centre-planner-secret',
    organisationCode: 'centre-nord',
    roles: ['meeting-planner'],
    refreshTokens: false,
    email: 'booking@centre-nord.example',
  },
  {
    clientId: 'demo-supplier',
    clientSecret: 'demo-supplier-secret',
    organisationCode: 'supplier-demo',
    roles: ['meeting-user', 'device-admin'],
    refreshTokens: false,
    email: 'integration@supplier-demo.example',
  },
  {
    clientId: 'demo-agency',
    clientSecret: 'demo-agency-secret',
    organisationCode: 'agency-demo',
    roles: ['meeting-user'],
    refreshTokens: false,
    email: 'integration@agency-demo.example',
  },
];

/** The demo users, a few in each organisation. */
export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'mette.holm@region-demo.example', name: 'Mette Holm', organisationCode: 'region-demo' },
  {
    email: 'anders.kjaer@hospital-demo.example',
    name: 'Anders Kjær',
    organisationCode: 'hospital-demo',
  },
  {
    email: 'sofie.lund@hospital-demo.example',
    name: 'Sofie Lund',
    organisationCode: 'hospital-demo',
  },
  {
    email: 'jonas.berg@dept-emergency.example',
    name: 'Jonas Berg',
    organisationCode: 'dept-emergency',
  },
  {
    email: 'ida.moeller@dept-emergency.example',
    name: 'Ida Møller',
    organisationCode: 'dept-emergency',
  },
  { email: 'lene.dahl@kommune-demo.example', name: 'Lene Dahl', organisationCode: 'kommune-demo' },
  { email: 'peter.skov@centre-nord.example', name: 'Peter Skov', organisationCode: 'centre-nord' },
  {
    email: 'hanne.vestergaard@centre-nord.example',
    name: 'Hanne Vestergaard',
    organisationCode: 'centre-nord',
  },
  {
    email: 'karsten.bach@supplier-demo.example',
    name: 'Karsten Bach',
    organisationCode: 'supplier-demo',
  },
  {
    email: 'nina.friis@supplier-demo.example',
    name: 'Nina Friis',
    organisationCode: 'supplier-demo',
  },
  {
    email: 'thomas.krogh@agency-demo.example',
    name: 'Thomas Krogh',
    organisationCode: 'agency-demo',
  },
];

/** The demo devices, with fixed ids and login ids so that docs and tests can name them. */
export const DEMO_DEVICES: readonly DemoDevice[] = [
  {
    id: '0f5e2c1a-7b3d-4e8f-9a01-000000000001',
    loginId: 'room-akut-1',
    name: 'Akutmodtagelse videorum 1',
    organisationCode: 'dept-emergency',
    kind: 'room-system',
    description: 'Video room system in the emergency department, room 1',
  },
  {
    id: '0f5e2c1a-7b3d-4e8f-9a01-000000000002',
    loginId: 'tablet-akut-1',
    name: 'Akutmodtagelse tablet 1',
    organisationCode: 'dept-emergency',
    kind: 'tablet',
    description: 'Shared tablet for bedside consultations',
  },
  {
    id: '0f5e2c1a-7b3d-4e8f-9a01-000000000003',
    loginId: 'room-hospital-conf',
    name: 'Demo Hospital konferencerum',
    organisationCode: 'hospital-demo',
    kind: 'room-system',
    description: 'Conference room system on the ground floor',
  },
  {
    id: '0f5e2c1a-7b3d-4e8f-9a01-000000000004',
    loginId: 'kiosk-centre-nord',
    name: 'Sundhedscenter Nord kiosk',
    organisationCode: 'centre-nord',
    kind: 'kiosk',
    description: 'Self-service kiosk in the waiting area',
  },
  {
    id: '0f5e2c1a-7b3d-4e8f-9a01-000000000005',
    loginId: 'tablet-homecare-1',
    name: 'Hjemmepleje tablet 1',
    organisationCode: 'kommune-demo',
    kind: 'tablet',
    description: 'Tablet lent to home-care citizens',
  },
  {
    id: '0f5e2c1a-7b3d-4e8f-9a01-000000000006',
    loginId: 'room-supplier-1',
    name: 'Supplier mødelokale',
    organisationCode: 'supplier-demo',
    kind: 'room-system',
    description: 'Meeting room system at the supplier',
  },
  {
    id: '0f5e2c1a-7b3d-4e8f-9a01-000000000007',
    loginId: 'browser-agency-1',
    name: 'Agency browser client',
    organisationCode: 'agency-demo',
    kind: 'browser',
    description: 'Browser-based client in the agency case office',
  },
];
