import type { Role } from '../../../core/roles'
import { staffApi } from '../../../services/http'
import { useResource } from '../../../services/use-resource'

export interface StaffUser {
  id: string
  username: string
  displayName: string
  roles: Role[]
  /** The town whose office the account belongs to; null for the district's. */
  town: string | null
  disabled: boolean
  createdAt: string
}

export const getUsers = async () => ({ data: await staffApi<{ items: StaffUser[] }>('GET', '/api/admin/users') })
export const useUsers = () => useResource(getUsers, [])

/** `town`: a town's code or `district`; left out, the account is of the creator's own office. */
export const createUser = (u: { username: string; displayName: string; roles: Role[]; password: string; town?: string }) => staffApi<StaffUser>('POST', '/api/admin/users', u)
export const updateUser = (id: string, change: { roles?: Role[]; disabled?: boolean; displayName?: string; town?: string }) => staffApi('PATCH', `/api/admin/users/${id}`, change)
export const resetPassword = (id: string, password: string) => staffApi('POST', `/api/admin/users/${id}/password`, { password })
