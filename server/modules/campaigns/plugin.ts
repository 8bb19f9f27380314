import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { CampaignService } from './service'

declare module 'fastify' {
  interface FastifyInstance {
    campaigns: CampaignService
  }
}

export const campaignsPlugin = fp(
  async function campaigns(app: FastifyInstance) {
    app.decorate('campaigns', new CampaignService(app.db, app.reading, app.now, app.content))
  },
  { name: 'campaigns', dependencies: ['foundation', 'content', 'reading'] }
)
