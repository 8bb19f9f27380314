import { ROLE_CODES } from '../../src/core/roles'

export type Who = (typeof ROLE_CODES)[number]
const ANY: Who[] = [...ROLE_CODES]
const WRITERS: Who[] = ['editor', 'publisher']
const PUBLISHERS: Who[] = ['publisher']
const ADMINS: Who[] = ['admin']
const HANDLERS: Who[] = ['tip_handler']

// Every staff route, and who may use it. A route added without a line here
// fails the completeness check in role-matrix.test.ts.
export const STAFF_ROUTES: [string, string, Who[]][] = [
  ['GET', '/api/admin/me', ANY],
  ['POST', '/api/admin/password', ANY],
  ['POST', '/api/admin/logout', ANY],
  ['GET', '/api/admin/users', ADMINS],
  ['POST', '/api/admin/users', ADMINS],
  ['PATCH', '/api/admin/users/:id', ADMINS],
  ['POST', '/api/admin/users/:id/password', ADMINS],
  ['GET', '/api/admin/audit', ADMINS],
  ['PUT', '/api/admin/town', ADMINS],
  ['POST', '/api/admin/towns', ADMINS],
  ['POST', '/api/admin/town/hidden', PUBLISHERS],
  ['POST', '/api/admin/tips/:id/transfer', HANDLERS],
  ['POST', '/api/admin/tips/reseal', HANDLERS],
  ['POST', '/api/admin/images', WRITERS],
  ...(['articles', 'cases'] as const).flatMap((kind): [string, string, Who[]][] => [
    ['GET', `/api/admin/${kind}`, WRITERS],
    ['POST', `/api/admin/${kind}`, WRITERS],
    ['GET', `/api/admin/${kind}/:id`, WRITERS],
    ['PUT', `/api/admin/${kind}/:id`, WRITERS],
    ['GET', `/api/admin/${kind}/:id/preview`, WRITERS],
    ['POST', `/api/admin/${kind}/:id/submit`, WRITERS],
    ['POST', `/api/admin/${kind}/:id/restore`, WRITERS],
    ['POST', `/api/admin/${kind}/:id/reject`, PUBLISHERS],
    ['POST', `/api/admin/${kind}/:id/publish`, PUBLISHERS],
    ['POST', `/api/admin/${kind}/:id/withdraw`, PUBLISHERS]
  ]),
  ['GET', '/api/admin/campaigns', PUBLISHERS],
  ['POST', '/api/admin/campaigns', PUBLISHERS],
  ['GET', '/api/admin/campaigns/:id', PUBLISHERS],
  ['PUT', '/api/admin/campaigns/:id', PUBLISHERS],
  ['POST', '/api/admin/campaigns/:id/publish', PUBLISHERS],
  ['POST', '/api/admin/campaigns/:id/withdraw', PUBLISHERS],
  ['GET', '/api/admin/exposures', PUBLISHERS],
  ['POST', '/api/admin/exposures', PUBLISHERS],
  ['PUT', '/api/admin/exposures/:id', PUBLISHERS],
  ['POST', '/api/admin/exposures/:id/withdraw', PUBLISHERS],
  ['POST', '/api/admin/exposures/:id/publish', PUBLISHERS],
  ['GET', '/api/admin/tips', HANDLERS],
  ['GET', '/api/admin/tips/:id', HANDLERS],
  ['GET', '/api/admin/tips/photos/:id', HANDLERS],
  ['POST', '/api/admin/tips/:id/replies', HANDLERS],
  ['POST', '/api/admin/tips/:id/notes', HANDLERS],
  ['POST', '/api/admin/tips/:id/status', HANDLERS],
  ['POST', '/api/admin/tips/spam', HANDLERS],
  ['GET', '/api/admin/quiz/stats', ['publisher', 'admin']],
  ['GET', '/api/admin/quiz/items', WRITERS],
  ['POST', '/api/admin/quiz/items', WRITERS],
  ['GET', '/api/admin/quiz/items/:id', WRITERS],
  ['PUT', '/api/admin/quiz/items/:id', WRITERS],
  ['POST', '/api/admin/quiz/items/:id/submit', WRITERS],
  ['POST', '/api/admin/quiz/items/:id/restore', WRITERS],
  ['POST', '/api/admin/quiz/import', WRITERS],
  ['POST', '/api/admin/quiz/items/:id/reject', PUBLISHERS],
  ['POST', '/api/admin/quiz/items/:id/publish', PUBLISHERS],
  ['POST', '/api/admin/quiz/items/:id/withdraw', PUBLISHERS],
  ['GET', '/api/admin/quiz/stats.csv', ['publisher', 'admin']],
  ['GET', '/api/admin/tips-retention', ADMINS],
  ['PUT', '/api/admin/tips-retention', ADMINS]
]

/** The routes a town's office accounts may use (each scoped to their town); every other staff route is the district's alone. */
export const TOWN_SCOPED = new Set([
  'GET /api/admin/me',
  'POST /api/admin/password',
  'POST /api/admin/logout',
  'GET /api/admin/users',
  'POST /api/admin/users',
  'PATCH /api/admin/users/:id',
  'POST /api/admin/users/:id/password',
  'GET /api/admin/audit',
  'PUT /api/admin/town',
  'POST /api/admin/town/hidden',
  'GET /api/admin/quiz/stats',
  'GET /api/admin/quiz/stats.csv',
  'GET /api/admin/tips',
  'GET /api/admin/tips/:id',
  'GET /api/admin/tips/photos/:id',
  'POST /api/admin/tips/:id/replies',
  'POST /api/admin/tips/:id/notes',
  'POST /api/admin/tips/:id/status',
  'POST /api/admin/tips/:id/transfer',
  'POST /api/admin/tips/spam',
  'POST /api/admin/images',
  ...(['articles', 'cases'] as const).flatMap((kind) => [
    `GET /api/admin/${kind}`,
    `POST /api/admin/${kind}`,
    `GET /api/admin/${kind}/:id`,
    `PUT /api/admin/${kind}/:id`,
    `GET /api/admin/${kind}/:id/preview`,
    `POST /api/admin/${kind}/:id/submit`,
    `POST /api/admin/${kind}/:id/restore`,
    `POST /api/admin/${kind}/:id/reject`,
    `POST /api/admin/${kind}/:id/publish`,
    `POST /api/admin/${kind}/:id/withdraw`
  ]),
  'GET /api/admin/campaigns',
  'POST /api/admin/campaigns',
  'GET /api/admin/campaigns/:id',
  'PUT /api/admin/campaigns/:id',
  'POST /api/admin/campaigns/:id/publish',
  'POST /api/admin/campaigns/:id/withdraw',
  'GET /api/admin/exposures',
  'POST /api/admin/exposures',
  'PUT /api/admin/exposures/:id',
  'POST /api/admin/exposures/:id/withdraw',
  'POST /api/admin/exposures/:id/publish'
])
