import { STATUS_LABEL, TRANSITIONS, canDo, type ContentStatus, type DeskAction, type Revision } from '../../../src/core/publishing'
import type { ContentRevisionTable, Db } from '../../db/database'
import { AppError } from '../../errors'
import { timeOrderedId } from '../../ids'
import { audit, type Actor } from '../audit/service'

/**
 * The workflow every desk shares (articles, case lessons, quiz items): one
 * revision history, one set of save checks, one table of status changes.
 * Each desk keeps its own table and fields and calls these.
 */
export type RevisionType = ContentRevisionTable['item_type']

export async function revisionsOf(db: Db, type: RevisionType, id: string): Promise<Revision[]> {
  const rows = await db.selectFrom('content_revisions').select(['revision', 'created_at', 'created_by']).where('item_type', '=', type).where('item_id', '=', id).orderBy('revision', 'desc').execute()
  return rows.map((r) => ({ revision: r.revision, createdAt: r.created_at, createdBy: r.created_by }))
}

export async function writeRevision(db: Db, type: RevisionType, id: string, revision: number, fields: unknown, actor: Actor, at: Date): Promise<void> {
  await db
    .insertInto('content_revisions')
    .values({ id: timeOrderedId(at), item_type: type, item_id: id, revision, data: JSON.stringify(fields), created_at: at.toISOString(), created_by: actor.name })
    .execute()
}

/** A row's workflow state as read inside a transaction. */
export interface DeskState {
  status: ContentStatus
  revision: number
}

/**
 * The checks before a save, on the row read inside the save's transaction:
 * residents never see a half-edited text, and nobody overwrites a change
 * they have not seen. Returns the state the save leaves: the next revision,
 * and back to draft if it was waiting for review (the review was of the old
 * text, so it must be submitted again).
 */
export function nextRevision(row: DeskState, expected: number | undefined, thing: string): DeskState {
  if (row.status === 'published') throw new AppError(409, 'published', `${thing}已经发布，不能直接修改，请先撤下再改。`)
  if (expected !== undefined && expected !== row.revision) throw new AppError(409, 'stale', `${thing}刚被别人改过，请刷新后再改。`)
  return { status: row.status === 'review' ? 'draft' : row.status, revision: row.revision + 1 }
}

/**
 * The status an action leads to from the row's, or a 409 saying why not.
 * Publishing needs the revision the publisher reviewed (`reviewed`), and
 * puts live only that one: a text changed since is refused.
 */
export function nextStatus(row: DeskState, action: DeskAction, thing: string, reviewed?: number): ContentStatus {
  if (!canDo(row.status, action)) throw new AppError(409, 'wrong_status', `现在是“${STATUS_LABEL[row.status]}”，不能${TRANSITIONS[action].label}。`)
  if (action === 'publish' && reviewed !== row.revision) {
    throw new AppError(409, 'changed_since_review', `${thing}在你审阅后又改过了（现在是第 ${row.revision} 版），没有发布。请刷新，看过新的内容后再发布。`)
  }
  return TRANSITIONS[action].to
}

/**
 * The write after the checks applies only to the row as they read it. On
 * PostgreSQL another transaction may change the row between the read and the
 * write (nothing locks it), so the write names the state it expects and a
 * write that found the row changed is refused rather than applied.
 */
export function expectUnchanged(result: { numUpdatedRows: bigint }, thing: string): void {
  if (result.numUpdatedRows !== 1n) throw new AppError(409, 'stale', `${thing}刚被别人改过，请刷新后再试。`)
}

/** Brings back the fields of an earlier revision through the desk's own save, so it becomes a new revision with the same checks. */
export async function restoreRevision<F, T extends { revision: number }>(
  db: Db,
  at: () => Date,
  actor: Actor,
  type: RevisionType,
  id: string,
  revision: number,
  save: (fields: F) => Promise<T>
): Promise<T> {
  const old = await db.selectFrom('content_revisions').select('data').where('item_type', '=', type).where('item_id', '=', id).where('revision', '=', revision).executeTakeFirst()
  if (!old) throw new AppError(404, 'not_found', `没有第 ${revision} 版。`)
  const item = await save(JSON.parse(old.data) as F)
  await audit(db, at(), actor, { action: `${type}.restore`, targetType: type, targetId: id, detail: { from: revision, to: item.revision } })
  return item
}
