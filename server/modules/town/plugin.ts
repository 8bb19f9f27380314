import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { PLAN_UNITS, TownService } from './service'

declare module 'fastify' {
  interface FastifyInstance {
    town: TownService
  }
}

export const townPlugin = fp(
  async function town(app: FastifyInstance) {
    const { config, keys } = app
    const town = new TownService(app.db, app.now, app.content, keys)
    await town.seed({
      code: config.TOWN_CODE,
      name: config.TOWN_NAME,
      hotlinePhone: config.HOTLINE_PHONE,
      hotlineHours: config.HOTLINE_HOURS,
      hotlineAddress: config.HOTLINE_ADDRESS,
      villages: [],
      units: PLAN_UNITS
    })
    // Towns made before their offices had keys of their own (the first town of a database from before) get theirs now.
    await keys.ensureTownKeys(
      app.db,
      (await town.list()).map((t) => t.code),
      app.now()
    )
    app.decorate('town', town)
  },
  { name: 'town', dependencies: ['foundation', 'content', 'keys'] }
)
