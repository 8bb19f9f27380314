import type { TownProfile } from '../../../core/town'
import { fetchJson, staffApi } from '../../../services/http'
import { useResource } from '../../../services/use-resource'

export const getTown = () => fetchJson<TownProfile>('/api/town')
export const useTown = () => useResource(getTown, [])
export const saveTown = (town: TownProfile) => staffApi<TownProfile>('PUT', '/api/admin/town', town)
