import { randomBytes } from 'node:crypto'

/** A random id of lowercase letters and digits, unguessable and URL-safe. */
export function newId(prefix = ''): string {
  const n = BigInt(`0x${randomBytes(10).toString('hex')}`)
  return `${prefix}${n.toString(36).padStart(16, '0')}`
}

let lastMs = 0
let sequence = 0

/**
 * The time part of `timeOrderedId(at)`: ids made before `at` sort before
 * it, ids made at or after it sort after it, so a range of creation times is
 * a range of the key.
 */
export function timeOrderedIdBound(at: Date): string {
  return at.getTime().toString(36).padStart(9, '0')
}

/**
 * An id that sorts by creation time (for logs and conversations read in
 * order, and so that new rows land at the end of a table's key order); ids
 * made in the same millisecond by this process still sort in the order they
 * were made. `random` bytes follow (see `unguessableTimeOrderedId`).
 */
export function timeOrderedId(at: Date, random = 4): string {
  const ms = at.getTime()
  sequence = ms === lastMs ? sequence + 1 : 0
  lastMs = ms
  return `${timeOrderedIdBound(at)}${sequence.toString(36).padStart(3, '0')}-${randomBytes(random).toString('hex')}`
}

/** Random bytes after the time that make a time-ordered id unguessable (80 bits). */
const UNGUESSABLE_BYTES = 10

/** A time-ordered id nobody can guess (a quiz round's, say): the time, then 80 random bits. */
export function unguessableTimeOrderedId(at: Date): string {
  return timeOrderedId(at, UNGUESSABLE_BYTES)
}

/** The shape of `unguessableTimeOrderedId`. */
export const UNGUESSABLE_TIME_ORDERED_ID = new RegExp(`^[0-9a-z]{12}-[0-9a-f]{${UNGUESSABLE_BYTES * 2}}$`)
