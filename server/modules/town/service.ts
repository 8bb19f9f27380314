import { isOpen, parseSchedule, scheduleLabel } from '../../../src/core/office-hours'
import type { Hotline } from '../../../src/core/reading-types'
import type { TownProfile } from '../../../src/core/town'
import type { Db } from '../../db/database'
import { Memo } from '../../memo'
import { audit, type Actor } from '../audit/service'
import type { ContentEvents } from '../content/events'

/** The leading group's member units, from section 四（一） of the town's plan. */
export const PLAN_UNITS = ['经济办', '财政办', '农业办', '三产办', '综治办', '信访办', '司法所', '宣传办', '食安办', '网格中心', '市场监管所', '派出所']

const KEY = 'town'

/**
 * The town's profile (name, hotline, villages, member units), edited by
 * admins. The pages take every fact about the town from here.
 */
export class TownService {
  private readonly profile = new Memo(async () => {
    const row = await this.db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirstOrThrow()
    return JSON.parse(row.value) as TownProfile
  })

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
    private readonly events: ContentEvents
  ) {
    events.on(['town'], () => this.profile.drop())
  }

  /** Writes the first profile from the start-up configuration; later starts keep the office's edits. */
  async seed(initial: TownProfile): Promise<void> {
    const row = await this.db.selectFrom('settings').select('key').where('key', '=', KEY).executeTakeFirst()
    if (!row)
      await this.db
        .insertInto('settings')
        .values({ key: KEY, value: JSON.stringify(initial), updated_at: this.now().toISOString() })
        .execute()
  }

  get(): Promise<TownProfile> {
    return this.profile.get()
  }

  async update(actor: Actor, next: TownProfile): Promise<TownProfile> {
    if (next.hotlineHours.trim()) parseSchedule(next.hotlineHours)
    const before = await this.get()
    const at = this.now()
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('settings')
        .set({ value: JSON.stringify(next), updated_at: at.toISOString() })
        .where('key', '=', KEY)
        .execute()
      const changed = (Object.keys(next) as (keyof TownProfile)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(next[k]))
      await audit(trx, at, actor, { action: 'town.update', targetType: 'town', detail: { changed } })
    })
    this.events.changed('town')
    return next
  }

  async hotline(): Promise<Hotline> {
    const town = await this.get()
    // Hours not set yet: nothing to show, and no claim that the office is open.
    const schedule = town.hotlineHours.trim() ? parseSchedule(town.hotlineHours) : null
    return {
      phone: town.hotlinePhone || null,
      hours: schedule ? scheduleLabel(schedule) : '',
      schedule: schedule ? town.hotlineHours : '',
      address: town.hotlineAddress,
      openNow: schedule ? isOpen(schedule, this.now()) : false
    }
  }
}
