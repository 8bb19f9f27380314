import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { StaffService } from './service'
import { LoginThrottle } from './throttle'

declare module 'fastify' {
  interface FastifyInstance {
    staff: StaffService
    /** The first admin's password when this start made one up, to print once. */
    initialAdminPassword: string | null
  }
}

export interface StaffOptions {
  /** Sign-in failures are counted per address as keyed hashes; processes that share counts share the key. */
  addressKey: Buffer
}

export const staffPlugin = fp<StaffOptions>(
  async function staff(app: FastifyInstance, { addressKey }) {
    const staff = new StaffService(app.db, app.now, app.keys, new LoginThrottle(app.now, app.shared, addressKey))
    app.decorate('staff', staff)
    app.decorate('initialAdminPassword', await staff.bootstrap(app.config.ADMIN_INITIAL_PASSWORD))
  },
  { name: 'staff', dependencies: ['foundation', 'keys'] }
)
