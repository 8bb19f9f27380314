import { sql, type SqlBool } from 'kysely'
import { seenIn } from '../../db/towns'
import { AppError } from '../../errors'
import type { Actor } from '../audit/service'

/**
 * Who may touch which content. The district's people see and change every
 * town's and the district's own; a town's people see their town's and the
 * district's, and change only their town's. Another town's item does not
 * exist for them (404), and a district item is the district's to change (403),
 * so a town cannot alter what every other town shows.
 */
export const staffSees = (actor: Actor) => (actor.town ? seenIn(actor.town) : sql<SqlBool>`1 = 1`)

/** The town a new item of this person's belongs to: theirs, or the district's (null). */
export const townOf = (actor: Actor): string | null => actor.town ?? null

export function assertMayChange(actor: Actor, itemTown: string | null, thing: string): void {
  if (!actor.town || itemTown === actor.town) return
  if (itemTown === null) throw new AppError(403, 'district_item', `${thing}是区里发布的，镇（街道）的账号只能看，不能修改。`)
  throw new AppError(404, 'not_found', `没有${thing}。`)
}

export function assertMaySee(actor: Actor, itemTown: string | null, thing: string): void {
  if (actor.town && itemTown !== null && itemTown !== actor.town) throw new AppError(404, 'not_found', `没有${thing}。`)
}
