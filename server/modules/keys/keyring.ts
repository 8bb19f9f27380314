import { randomBytes, type KeyObject } from 'node:crypto'
import type { Db } from '../../db/database'
import { Memo } from '../../memo'
import { decrypt, encrypt, exportPrivate, exportPublic, importPrivate, importPublic, newKeyPair, seal, slowKey, unseal } from './crypto'

/**
 * Who can open the tip box. Every tip is encrypted to the office's public
 * key. The office's private key is never stored in the clear: it is sealed to
 * the personal key of each person allowed to hold it (admins, as custodians,
 * and tip handlers), and each personal private key is encrypted under that
 * person's password. Signing in unlocks them into memory for that session
 * only; a restarted server, a sign-out or an expired session forgets them.
 */
export class KeyRing {
  /** Unlocked keys per session (by token hash), with the session's end. Memory only, by design. */
  private readonly unlocked = new Map<string, { personal: KeyObject; office: KeyObject | null; expires: number }>()

  constructor(
    private readonly db: Db,
    private readonly now: () => Date
  ) {}

  /** The office's public key: it never changes once made, so it is read once (a failed read is not kept). */
  private readonly publicKey = new Memo(async () => {
    const row = await this.db.selectFrom('settings').select('value').where('key', '=', 'office_public_key').executeTakeFirstOrThrow()
    return importPublic(JSON.parse(row.value) as string)
  })

  officePublicKey(): Promise<KeyObject> {
    return this.publicKey.get()
  }

  /**
   * Makes the office key pair on first start. Until a custodian (an admin or
   * tip handler) holds it, the private half waits in `office_private_pending`;
   * on a new install the first admin takes it at once, so it never waits.
   */
  async ensureOfficeKey(now: Date): Promise<void> {
    const row = await this.db.selectFrom('settings').select('key').where('key', '=', 'office_public_key').executeTakeFirst()
    if (row) return
    const pair = newKeyPair()
    await this.db
      .insertInto('settings')
      .values([
        { key: 'office_public_key', value: JSON.stringify(exportPublic(pair.publicKey)), updated_at: now.toISOString() },
        { key: 'office_private_pending', value: JSON.stringify(exportPrivate(pair.privateKey).toString('base64')), updated_at: now.toISOString() }
      ])
      .execute()
  }

  async pendingOffice(db: Db): Promise<KeyObject | null> {
    const row = await db.selectFrom('settings').select('value').where('key', '=', 'office_private_pending').executeTakeFirst()
    return row ? importPrivate(Buffer.from(JSON.parse(row.value) as string, 'base64')) : null
  }

  async clearPending(db: Db): Promise<void> {
    await db.deleteFrom('settings').where('key', '=', 'office_private_pending').execute()
  }

  /** A new personal key pair for an account, its private half encrypted under the password. */
  async createPersonalKey(db: Db, userId: string, password: string, office: KeyObject | null): Promise<void> {
    const pair = newKeyPair()
    const salt = randomBytes(16)
    const wrapped = Buffer.concat([salt, encrypt(await slowKey(password, salt), exportPrivate(pair.privateKey))])
    await db.deleteFrom('staff_keys').where('user_id', '=', userId).execute()
    await db
      .insertInto('staff_keys')
      .values({ user_id: userId, public_key: exportPublic(pair.publicKey), wrapped_private: wrapped.toString('base64'), office_grant: office ? seal(pair.publicKey, exportPrivate(office)).toString('base64') : null })
      .execute()
  }

  /** Re-encrypts a personal key under a new password (grants stay valid). */
  async rewrap(db: Db, userId: string, oldPassword: string, newPassword: string): Promise<void> {
    const row = await db.selectFrom('staff_keys').selectAll().where('user_id', '=', userId).executeTakeFirst()
    if (!row) return
    const personal = await this.openPersonal(row.wrapped_private, oldPassword)
    const salt = randomBytes(16)
    const wrapped = Buffer.concat([salt, encrypt(await slowKey(newPassword, salt), exportPrivate(personal))])
    await db.updateTable('staff_keys').set({ wrapped_private: wrapped.toString('base64') }).where('user_id', '=', userId).execute()
  }

  private async openPersonal(wrappedB64: string, password: string): Promise<KeyObject> {
    const wrapped = Buffer.from(wrappedB64, 'base64')
    return importPrivate(decrypt(await slowKey(password, wrapped.subarray(0, 16)), wrapped.subarray(16)))
  }

  /**
   * At sign-in: unlocks the person's keys for this session, until `expires`
   * (the session's end). An account older
   * than the key scheme gets its personal key now; a custodian signing in
   * while the office key still waits takes it.
   */
  async unlock(tokenHash: string, userId: string, password: string, custodian: boolean, expires: Date): Promise<void> {
    const pending = custodian ? await this.pendingOffice(this.db) : null
    let row = await this.db.selectFrom('staff_keys').selectAll().where('user_id', '=', userId).executeTakeFirst()
    if (!row) await this.createPersonalKey(this.db, userId, password, pending)
    else if (pending) await this.db.updateTable('staff_keys').set({ office_grant: seal(importPublic(row.public_key), exportPrivate(pending)).toString('base64') }).where('user_id', '=', userId).execute()
    if (pending) await this.clearPending(this.db)
    row = await this.db.selectFrom('staff_keys').selectAll().where('user_id', '=', userId).executeTakeFirstOrThrow()
    const personal = await this.openPersonal(row.wrapped_private, password)
    const office = row.office_grant ? importPrivate(unseal(personal, Buffer.from(row.office_grant, 'base64'))) : null
    this.unlocked.set(tokenHash, { personal, office, expires: expires.getTime() })
  }

  forget(tokenHash: string): void {
    this.unlocked.delete(tokenHash)
  }

  forgetUser(tokenHashes: string[]): void {
    tokenHashes.forEach((t) => this.unlocked.delete(t))
  }

  /** Forgets the keys of every session that has ended, including those never used again (app.ts runs this every minute). */
  sweep(): void {
    const t = this.now().getTime()
    for (const [token, keys] of this.unlocked) if (keys.expires <= t) this.unlocked.delete(token)
  }

  /** The office private key unlocked in this session, if the session is still going and the person holds a grant. */
  office(tokenHash: string): KeyObject | null {
    const keys = this.unlocked.get(tokenHash)
    if (!keys) return null
    if (keys.expires <= this.now().getTime()) {
      this.unlocked.delete(tokenHash)
      return null
    }
    return keys.office
  }

  /** Seals the office key to another account (when it becomes a tip handler or admin). */
  async grant(db: Db, granterTokenHash: string, userId: string): Promise<boolean> {
    const office = this.office(granterTokenHash)
    const row = await db.selectFrom('staff_keys').select('public_key').where('user_id', '=', userId).executeTakeFirst()
    if (!office || !row) return false
    await db.updateTable('staff_keys').set({ office_grant: seal(importPublic(row.public_key), exportPrivate(office)).toString('base64') }).where('user_id', '=', userId).execute()
    return true
  }

  async revoke(db: Db, userId: string): Promise<void> {
    await db.updateTable('staff_keys').set({ office_grant: null }).where('user_id', '=', userId).execute()
  }
}
