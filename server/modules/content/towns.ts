import { sql, type SqlBool } from 'kysely'
import type { Db } from '../../db/database'
import type { ContentTable } from '../../db/towns'
import { AppError } from '../../errors'
import { audit, type Actor } from '../audit/service'
import type { ContentEvents, ContentTopic } from './events'

/**
 * Who may touch which content. The district's people see and change every
 * town's and the district's own; a town's people see their town's and the
 * district's (hidden or not, so they can show it again), and change only
 * their town's. Another town's item does not exist for them (404), and a
 * district item is the district's to change (403), so a town cannot alter
 * what every other town shows: it can only hide it from its own residents.
 */
export const staffSees = (actor: Actor) => (actor.town ? sql<SqlBool>`(town is null or town = ${actor.town})` : sql<SqlBool>`1 = 1`)

/** The town a new item of this person's belongs to: theirs, or the district's (null). */
export const townOf = (actor: Actor): string | null => actor.town ?? null

export function assertMayChange(actor: Actor, itemTown: string | null, thing: string): void {
  if (!actor.town || itemTown === actor.town) return
  if (itemTown === null) throw new AppError(403, 'district_item', `${thing}是区里发布的，镇（街道）的账号只能看，不能修改；不想让本镇居民看到，可以点“本镇不显示”。`)
  throw new AppError(404, 'not_found', `没有${thing}。`)
}

export function assertMaySee(actor: Actor, itemTown: string | null, thing: string): void {
  if (actor.town && itemTown !== null && itemTown !== actor.town) throw new AppError(404, 'not_found', `没有${thing}。`)
}

/** The district items of a table a town hides from its residents (none for the district: null). */
export async function hiddenIds(db: Db, town: string | null | undefined, table: ContentTable): Promise<Set<string>> {
  if (!town) return new Set()
  const rows = await db.selectFrom('town_hidden').select('item_id').where('town', '=', town).where('item_table', '=', table).execute()
  return new Set(rows.map((r) => r.item_id))
}

const TOPIC: Record<ContentTable, ContentTopic> = { articles: 'article', case_lessons: 'case', campaigns: 'campaign', exposures: 'exposure' }
const THING: Record<ContentTable, string> = { articles: '这篇文章', case_lessons: '这个案例', campaigns: '这个宣传活动', exposures: '这条曝光信息' }

/**
 * A town's publisher hides a district item from the town's residents, or
 * shows it again. Only a town's own people decide this for their town; the
 * item stays as it is everywhere else.
 */
export async function setHidden(db: Db, events: ContentEvents, now: Date, actor: Actor, table: ContentTable, id: string, hidden: boolean): Promise<void> {
  if (!actor.town) throw new AppError(400, 'town_only', '区里的内容在哪个镇（街道）不显示，由那个镇（街道）的账号决定；区里的账号可以直接撤下它。')
  const town = actor.town
  const item = await db.selectFrom(table).select(['id', 'town']).where('id', '=', id).executeTakeFirst()
  if (!item || (item.town !== null && item.town !== town)) throw new AppError(404, 'not_found', `没有${THING[table]}。`)
  if (item.town !== null) throw new AppError(409, 'own_item', `${THING[table]}是本镇（街道）自己的，不想让居民看到就撤下它。`)
  await db.transaction().execute(async (trx) => {
    if (hidden)
      await trx
        .insertInto('town_hidden')
        .values({ town, item_table: table, item_id: id, hidden_at: now.toISOString() })
        .onConflict((oc) => oc.doNothing())
        .execute()
    else await trx.deleteFrom('town_hidden').where('town', '=', town).where('item_table', '=', table).where('item_id', '=', id).execute()
    await audit(trx, now, actor, { action: hidden ? 'content.hide' : 'content.show', targetType: TOPIC[table], targetId: id, detail: { town } })
  })
  events.changed(TOPIC[table])
}
