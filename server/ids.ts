import { randomBytes } from 'node:crypto'

/** A random id of lowercase letters and digits, unguessable and URL-safe. */
export function newId(prefix = ''): string {
  const n = BigInt(`0x${randomBytes(10).toString('hex')}`)
  return `${prefix}${n.toString(36).padStart(16, '0')}`
}

/** An id that sorts by creation time (for logs read newest first). */
export function timeOrderedId(at: Date): string {
  return `${at.getTime().toString(36).padStart(9, '0')}-${randomBytes(5).toString('hex')}`
}
