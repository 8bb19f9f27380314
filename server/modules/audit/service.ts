import type { Db } from '../../db/database'
import { timeOrderedId } from '../../ids'

export interface Actor {
  id: string | null
  name: string
  /** The town whose office the person belongs to; null or absent for the district's (and the system). */
  town?: string | null
}

export interface AuditEntry {
  action: string
  targetType?: string
  targetId?: string
  detail?: Record<string, unknown>
}

/**
 * Records one staff action: who, what, when. Called inside the transaction
 * of the change itself, so an action and its record are written together or
 * not at all.
 */
export async function audit(db: Db, at: Date, actor: Actor, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: timeOrderedId(at),
      at: at.toISOString(),
      actor_id: actor.id,
      actor_name: actor.name,
      action: entry.action,
      target_type: entry.targetType ?? null,
      target_id: entry.targetId ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
      town: actor.town ?? null
    })
    .execute()
}

export interface AuditFilter {
  /** A town's code: only what its office's people did. */
  town?: string
  actor?: string
  action?: string
  from?: string
  to?: string
  page: number
  pageSize: number
}

export async function listAudit(db: Db, f: AuditFilter) {
  let q = db.selectFrom('audit_log')
  if (f.town) q = q.where('town', '=', f.town)
  if (f.actor) q = q.where('actor_name', '=', f.actor)
  if (f.action) q = q.where('action', '=', f.action)
  if (f.from) q = q.where('at', '>=', f.from)
  if (f.to) q = q.where('at', '<', f.to)
  const [rows, count] = await Promise.all([
    q
      .selectAll()
      .orderBy('id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow()
  ])
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor_name,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      detail: JSON.parse(r.detail) as Record<string, unknown>
    })),
    total: Number(count.n),
    page: f.page,
    pageSize: f.pageSize
  }
}
