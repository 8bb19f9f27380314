import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { Role } from '../core/roles'

/**
 * The signed-in staff member on this device. The token is the server's
 * opaque session id; it is kept in storage so the office need not sign in
 * on every visit, and dropped on sign-out or when the server says it expired.
 */
export interface StaffSession {
  token: string
  username: string
  displayName: string
  roles: Role[]
  /** The town whose office the account belongs to; null (or absent, in a session saved before towns) for the district's. */
  town?: string | null
}

const KEY = 'staff:session'
const CHANGED = 'staff:session-changed'

export function currentSession(): StaffSession | null {
  const value: unknown = Taro.getStorageSync(KEY)
  return value && typeof value === 'object' && 'token' in value ? (value as StaffSession) : null
}

export function saveSession(session: StaffSession | null): void {
  if (session) Taro.setStorageSync(KEY, session)
  else Taro.removeStorageSync(KEY)
  Taro.eventCenter.trigger(CHANGED, session)
}

export function useStaffSession(): StaffSession | null {
  const [session, setSession] = useState(currentSession)
  useEffect(() => {
    const onChange = (s: StaffSession | null) => setSession(s)
    Taro.eventCenter.on(CHANGED, onChange)
    return () => {
      Taro.eventCenter.off(CHANGED, onChange)
    }
  }, [])
  return session
}

export const hasRole = (session: StaffSession | null, ...roles: Role[]): boolean => !!session && roles.some((r) => session.roles.includes(r))
