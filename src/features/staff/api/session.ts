import type { Role } from '../../../core/roles'
import { staffApi } from '../../../services/http'
import { currentSession, saveSession } from '../../../services/staff-session'

export async function signIn(username: string, password: string): Promise<void> {
  const res = await staffApi<{ token: string; roles: Role[]; username: string; displayName: string; town: string | null }>('POST', '/api/admin/login', { username, password })
  saveSession(res)
}

export async function signOut(): Promise<void> {
  // The device forgets the session even if the server cannot be reached.
  try {
    if (currentSession()) await staffApi('POST', '/api/admin/logout')
  } finally {
    saveSession(null)
  }
}

/** Reads one's own account again into the session kept on this device. */
export async function refreshSession(): Promise<void> {
  const session = currentSession()
  if (!session) return
  const me = await staffApi<{ roles: Role[]; username: string; displayName: string; town: string | null }>('GET', '/api/admin/me')
  saveSession({ token: session.token, roles: me.roles, username: me.username, displayName: me.displayName, town: me.town })
}

/** Changing the password ends every session, this one too: the caller sends the person to sign in again. */
export async function changePassword(current: string, next: string): Promise<void> {
  await staffApi('POST', '/api/admin/password', { current, next })
  saveSession(null)
}
