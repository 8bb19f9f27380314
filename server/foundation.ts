import fs from 'node:fs'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { Config } from './config'
import { connect, migrateToLatest, type DbKind } from './db/connect'
import type { Db } from './db/database'
import { seedIfEmpty } from './db/seed'
import { localShared, redisShared, type Shared } from './shared'

declare module 'fastify' {
  interface FastifyInstance {
    config: Config
    db: Db
    dbKind: DbKind
    /** What the API processes of a deployment share: in this process, or in Redis (server/shared.ts). */
    shared: Shared
    /** The clock every rule uses; tests set it. */
    now: () => Date
  }
}

export interface FoundationOptions {
  config: Config
  /** The clock; tests pass a controlled one. */
  now?: () => Date
}

/**
 * What every module's plugin builds on (they name it in their dependencies):
 * the settings, the migrated database, the clock and what the processes
 * share. Registered first, so its close hook runs last (Fastify runs them in
 * reverse): the modules' threads stop before their database goes.
 */
export const foundationPlugin = fp<FoundationOptions>(
  async function foundation(app: FastifyInstance, { config, now = () => new Date() }) {
    app.decorate('config', config)
    // The SQLite database (with the office keys, tip photos and pictures) lives here: no other user of the machine may read it.
    fs.mkdirSync(config.DATA_DIR, { recursive: true, mode: 0o700 })
    fs.chmodSync(config.DATA_DIR, 0o700)
    const { db, kind } = connect({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR })
    app.decorate('db', db)
    app.decorate('dbKind', kind)
    await migrateToLatest(db, config.TOWN_CODE)
    if (await seedIfEmpty(db)) app.log.info('starter content loaded')
    app.decorate('now', now)
    const shared = config.REDIS_URL ? await redisShared(config.REDIS_URL) : localShared()
    app.decorate('shared', shared)
    // The database, then Redis.
    app.addHook('onClose', async () => {
      try {
        await db.destroy()
      } finally {
        await shared.close()
      }
    })
  },
  { name: 'foundation' }
)
