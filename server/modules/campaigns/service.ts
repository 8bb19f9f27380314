import { sql, type Selectable } from 'kysely'
import { beijingToday, type Campaign, type CampaignFields, type CampaignRecord } from '../../../src/core/campaign'
import type { CampaignTable, Db } from '../../db/database'
import { AppError } from '../../errors'
import { newId } from '../../ids'
import { audit, type Actor } from '../audit/service'
import type { ContentEvents } from '../content/events'
import type { ReadingService } from '../reading/service'
import { seenIn } from '../../db/towns'
import { assertMayChange, assertMaySee, hiddenIds, staffSees, townOf } from '../content/towns'

const toRecord = (r: Selectable<CampaignTable>, hidden = false): CampaignRecord => ({
  id: r.id,
  name: r.name,
  theme: r.theme,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  bannerImageId: r.banner_image_id,
  slogans: JSON.parse(r.slogans) as string[],
  articleIds: JSON.parse(r.article_ids) as string[],
  caseIds: JSON.parse(r.case_ids) as string[],
  quizSeconds: r.quiz_seconds,
  quizFeedback: r.quiz_feedback === 1,
  status: r.status,
  updatedAt: r.updated_at,
  town: r.town,
  hidden
})

/** The yearly publicity month: theme, dates, banner, slogans and featured reading. */
export class CampaignService {
  constructor(
    private readonly db: Db,
    private readonly reading: ReadingService,
    private readonly now: () => Date,
    private readonly events: ContentEvents
  ) {}

  private async check(actor: Actor, f: CampaignFields): Promise<void> {
    if (f.endsOn < f.startsOn) throw new AppError(400, 'invalid_dates', '结束日期不能早于开始日期。')
    if (f.bannerImageId) {
      const image = await this.db.selectFrom('images').select('id').where('id', '=', f.bannerImageId).executeTakeFirst()
      if (!image) throw new AppError(400, 'unknown_image', '横幅图片不存在，请重新上传。')
    }
    for (const [table, ids, what] of [
      ['articles', f.articleIds, '文章'],
      ['case_lessons', f.caseIds, '案例']
    ] as const) {
      if (ids.length === 0) continue
      // A town's campaign features what its residents can read: its own and the district's.
      const found = await this.db.selectFrom(table).select('id').where('id', 'in', ids).where(staffSees(actor)).execute()
      const missing = ids.filter((id) => !found.some((r) => r.id === id))
      if (missing.length > 0) throw new AppError(400, 'unknown_item', `选中的${what}不存在：${missing.join('、')}。`)
    }
  }

  private columns(f: CampaignFields) {
    return {
      name: f.name,
      theme: f.theme,
      starts_on: f.startsOn,
      ends_on: f.endsOn,
      banner_image_id: f.bannerImageId,
      slogans: JSON.stringify(f.slogans),
      article_ids: JSON.stringify(f.articleIds),
      case_ids: JSON.stringify(f.caseIds),
      quiz_seconds: f.quizSeconds,
      quiz_feedback: f.quizFeedback ? 1 : 0
    }
  }

  async list(actor: Actor): Promise<CampaignRecord[]> {
    const [rows, hidden] = await Promise.all([this.db.selectFrom('campaigns').selectAll().where(staffSees(actor)).orderBy('starts_on', 'desc').execute(), hiddenIds(this.db, actor.town, 'campaigns')])
    return rows.map((r) => toRecord(r, hidden.has(r.id)))
  }

  async get(actor: Actor, id: string): Promise<CampaignRecord> {
    const row = await this.db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst()
    if (!row) throw new AppError(404, 'not_found', '没有这个宣传活动。')
    assertMaySee(actor, row.town, '这个宣传活动')
    return toRecord(row, (await hiddenIds(this.db, actor.town, 'campaigns')).has(id))
  }

  private async changeable(actor: Actor, id: string): Promise<CampaignRecord> {
    const current = await this.get(actor, id)
    assertMayChange(actor, current.town, '这个宣传活动')
    return current
  }

  async create(actor: Actor, f: CampaignFields): Promise<CampaignRecord> {
    await this.check(actor, f)
    const at = this.now().toISOString()
    const id = newId('m-')
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('campaigns')
        .values({ id, ...this.columns(f), town: townOf(actor), created_at: at, updated_at: at })
        .execute()
      await audit(trx, this.now(), actor, { action: 'campaign.create', targetType: 'campaign', targetId: id, detail: { theme: f.theme } })
    })
    this.events.changed('campaign')
    return this.get(actor, id)
  }

  async update(actor: Actor, id: string, f: CampaignFields): Promise<CampaignRecord> {
    await this.changeable(actor, id)
    await this.check(actor, f)
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('campaigns')
        .set({ ...this.columns(f), updated_at: this.now().toISOString() })
        .where('id', '=', id)
        .execute()
      await audit(trx, this.now(), actor, { action: 'campaign.update', targetType: 'campaign', targetId: id, detail: { theme: f.theme } })
    })
    this.events.changed('campaign')
    return this.get(actor, id)
  }

  async setStatus(actor: Actor, id: string, status: 'draft' | 'published'): Promise<CampaignRecord> {
    const current = await this.changeable(actor, id)
    if (current.status === status) throw new AppError(409, 'wrong_status', status === 'published' ? '这个活动已经发布了。' : '这个活动还没有发布。')
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('campaigns').set({ status, updated_at: this.now().toISOString() }).where('id', '=', id).execute()
      await audit(trx, this.now(), actor, { action: status === 'published' ? 'campaign.publish' : 'campaign.withdraw', targetType: 'campaign', targetId: id, detail: { theme: current.theme } })
    })
    this.events.changed('campaign')
    return this.get(actor, id)
  }

  /**
   * The published campaign running today (Beijing) in a town, or the next one
   * to start there: the town's own before the district's, since a town that
   * runs its own month during the district's means its residents to see it.
   */
  async published(which: 'current' | 'next', town: string): Promise<CampaignRecord | null> {
    const today = beijingToday(this.now())
    let q = this.db
      .selectFrom('campaigns')
      .selectAll()
      .where('status', '=', 'published')
      .where(seenIn('campaigns', town))
      .orderBy(sql`town is null`)
    q = which === 'current' ? q.where('starts_on', '<=', today).where('ends_on', '>=', today).orderBy('starts_on', 'desc') : q.where('starts_on', '>', today).orderBy('starts_on', 'asc')
    const row = await q.limit(1).executeTakeFirst()
    return row ? toRecord(row) : null
  }

  /** The same, as residents see it: with the featured articles and case lessons. */
  async publicCampaign(which: 'current' | 'next', town: string): Promise<Campaign | null> {
    const r = await this.published(which, town)
    if (!r) return null
    const [articles, cases] = await Promise.all([this.reading.summaries('articles', r.articleIds), this.reading.summaries('case_lessons', r.caseIds)])
    return { id: r.id, name: r.name, theme: r.theme, startsOn: r.startsOn, endsOn: r.endsOn, bannerImageId: r.bannerImageId, slogans: r.slogans, articles, cases }
  }
}
