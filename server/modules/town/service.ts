import { isOpen, parseSchedule, scheduleLabel } from '../../../src/core/office-hours'
import type { Hotline } from '../../../src/core/reading-types'
import { DISTRICT, type TownEntry, type TownProfile } from '../../../src/core/town'
import type { Db } from '../../db/database'
import { AppError } from '../../errors'
import { Memo } from '../../memo'
import { audit, type Actor } from '../audit/service'
import type { ContentEvents } from '../content/events'
import type { KeyRing } from '../keys/keyring'
import type { ContentTable } from '../../db/towns'
import { setHidden } from '../content/towns'

/** The leading group's member units, from section 四（一） of the town's plan. */
export const PLAN_UNITS = ['经济办', '财政办', '农业办', '三产办', '综治办', '信访办', '司法所', '宣传办', '食安办', '网格中心', '市场监管所', '派出所']

/** A town of the deployment with its profile. */
export interface Town extends TownProfile {
  code: string
}

/**
 * The district's towns and street offices (镇/街道), each with its profile
 * (name, hotline, villages, member units), edited by admins. The pages take
 * every fact about a town from here. The first town is the deployment's
 * default: a request that names no town gets it, so a one-town deployment
 * and the clients made before towns work as they always did.
 */
export class TownService {
  private readonly towns = new Memo(async () => {
    const rows = await this.db.selectFrom('towns').select(['code', 'name', 'profile']).orderBy('position').execute()
    return rows.map((r): Town => ({ code: r.code, name: r.name, ...(JSON.parse(r.profile) as Omit<TownProfile, 'name'>) }))
  })

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
    private readonly events: ContentEvents,
    private readonly keys: KeyRing
  ) {
    events.on(['town'], () => this.towns.drop())
  }

  /** Makes the first town from the start-up configuration on a new database; later starts keep the office's edits. */
  async seed(first: Town): Promise<void> {
    const any = await this.db.selectFrom('towns').select('code').executeTakeFirst()
    if (any) return
    const at = this.now().toISOString()
    await this.db
      .insertInto('towns')
      .values({ code: first.code, name: first.name, profile: profileJson(first), position: 0, created_at: at, updated_at: at })
      .onConflict((oc) => oc.doNothing())
      .execute()
  }

  async list(): Promise<TownEntry[]> {
    return (await this.towns.get()).map(({ code, name }) => ({ code, name }))
  }

  /** The town a request names, or the default town when it names none. */
  async get(code?: string): Promise<Town> {
    const towns = await this.towns.get()
    if (code === undefined) return towns[0]
    const town = towns.find((t) => t.code === code)
    if (!town) throw new AppError(400, 'unknown_town', '没有这个镇（街道），请重新选择您所在的镇（街道）。')
    return town
  }

  /**
   * The office a request names: `district` for the district's own (null), a
   * town's code for that town (one that exists), nothing for the default town.
   */
  async officeOf(code: string | undefined): Promise<string | null> {
    return code === DISTRICT ? null : (await this.get(code)).code
  }

  /** A new town or street office, with an empty profile its own admins fill in (hotline, villages); the member units start as the plan's. */
  async create(actor: Actor, entry: TownEntry): Promise<TownEntry> {
    const towns = await this.towns.get()
    if (towns.some((t) => t.code === entry.code)) throw new AppError(409, 'town_code_taken', `代码 ${entry.code} 已经有镇（街道）在用了，请换一个。`)
    if (towns.some((t) => t.name === entry.name)) throw new AppError(409, 'town_name_taken', `已经有叫“${entry.name}”的镇（街道）了。`)
    const at = this.now()
    const town: Town = { ...entry, hotlinePhone: '', hotlineHours: '', hotlineAddress: '', villages: [], units: PLAN_UNITS }
    await this.db.transaction().execute(async (trx) => {
      const last = await trx
        .selectFrom('towns')
        .select((eb) => eb.fn.max('position').as('position'))
        .executeTakeFirst()
      await trx
        .insertInto('towns')
        .values({ code: town.code, name: town.name, profile: profileJson(town), position: Number(last?.position ?? -1) + 1, created_at: at.toISOString(), updated_at: at.toISOString() })
        .execute()
      // Its office's key pair, so that its first tip is sealed to it.
      await this.keys.ensureTownKeys(trx, [town.code], at)
      await audit(trx, at, actor, { action: 'town.create', targetType: 'town', targetId: town.code, detail: { name: town.name } })
    })
    this.events.changed('town')
    return entry
  }

  async update(actor: Actor, code: string | undefined, next: TownProfile): Promise<Town> {
    if (next.hotlineHours.trim()) parseSchedule(next.hotlineHours)
    const before = await this.get(code)
    const towns = await this.towns.get()
    if (towns.some((t) => t.code !== before.code && t.name === next.name)) throw new AppError(409, 'town_name_taken', `已经有叫“${next.name}”的镇（街道）了。`)
    const at = this.now()
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('towns')
        .set({ name: next.name, profile: profileJson(next), updated_at: at.toISOString() })
        .where('code', '=', before.code)
        .execute()
      const changed = (Object.keys(next) as (keyof TownProfile)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(next[k]))
      await audit(trx, at, actor, { action: 'town.update', targetType: 'town', targetId: before.code, detail: { changed } })
    })
    this.events.changed('town')
    return { ...next, code: before.code }
  }

  /** A town's publisher hides a district item from the town's residents, or shows it again (modules/content/towns). */
  hide(actor: Actor, table: ContentTable, id: string, hidden: boolean): Promise<void> {
    return setHidden(this.db, this.events, this.now(), actor, table, id, hidden)
  }

  async hotline(code?: string): Promise<Hotline & { town: string }> {
    const town = await this.get(code)
    // Hours not set yet: nothing to show, and no claim that the office is open.
    const schedule = town.hotlineHours.trim() ? parseSchedule(town.hotlineHours) : null
    return {
      phone: town.hotlinePhone || null,
      hours: schedule ? scheduleLabel(schedule) : '',
      schedule: schedule ? town.hotlineHours : '',
      address: town.hotlineAddress,
      openNow: schedule ? isOpen(schedule, this.now()) : false,
      town: town.name
    }
  }
}

/** What the profile column holds: everything but the code and the name, which have columns of their own. */
function profileJson(town: TownProfile): string {
  const { hotlinePhone, hotlineHours, hotlineAddress, villages, units } = town
  return JSON.stringify({ hotlinePhone, hotlineHours, hotlineAddress, villages, units })
}
