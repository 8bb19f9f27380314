import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify'
import fp from 'fastify-plugin'
import type { Role } from '../../src/core/roles'
import { AppError } from '../errors'
import type { Actor } from '../modules/audit/service'
import type { Session } from '../modules/keys/keyring'
import { actorOf, tokenHash, type Staff } from '../modules/staff/service'

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Whether a town's office accounts may use the route: it scopes what it
     * reads and changes to the caller's town. Routes are the district's alone
     * unless they say so, so a route added later cannot leak one town's data
     * to another by being forgotten.
     */
    townScoped?: boolean
  }
  interface FastifyRequest {
    staff: Staff | null
    /** Who acts, as services and the audit log take it. */
    actor: Actor | null
    /** The session: its id (the token's hash, all the server keeps of it) and the token, which opens the session's office key. */
    session: Session | null
  }
  interface FastifyInstance {
    /** An onRequest hook (before the body is even read) that lets through staff holding at least one of the roles (any staff when none are named). */
    requireRoles: (...roles: Role[]) => onRequestAsyncHookHandler
  }
}

function bearer(request: FastifyRequest): string | null {
  const header = request.headers.authorization
  const m = header ? /^Bearer\s+(\S+)$/i.exec(header) : null
  return m ? m[1] : null
}

/** Route config of a route that town office accounts may use, because it scopes itself to the caller's town (see townScoped). */
export const TOWN_SCOPED = { townScoped: true }

/** Staff sign-in for every route under /api/admin: Authorization: Bearer <token>. Routes get the actor and the session from the request, never from the staff module. */
export default fp(
  async function auth(app: FastifyInstance) {
    app.decorateRequest('staff', null)
    app.decorateRequest('actor', null)
    app.decorateRequest('session', null)
    app.decorate('requireRoles', (...roles: Role[]): onRequestAsyncHookHandler => {
      return async function requireRoles(request) {
        const token = bearer(request)
        if (!token) throw new AppError(401, 'unauthenticated', '请先登录。')
        const staff = await app.staff.authenticate(token)
        if (roles.length > 0 && !roles.some((r) => staff.roles.includes(r))) {
          throw new AppError(403, 'forbidden', '您的账号没有权限进行这个操作。')
        }
        if (staff.town !== null && !request.routeOptions.config.townScoped) throw new AppError(403, 'district_only', '这项工作由区里的账号来做，镇（街道）的账号不能进行。')
        request.staff = staff
        request.actor = actorOf(staff)
        request.session = { id: tokenHash(token), token }
      }
    })
  },
  { name: 'auth', dependencies: ['staff'] }
)
