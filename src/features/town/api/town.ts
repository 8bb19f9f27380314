import type { TownProfile } from '../../../core/town'
import { fetchJson } from '../../../services/http'
import { useResource } from '../../../services/use-resource'

export const getTown = () => fetchJson<TownProfile>('/api/town')
export const useTown = () => useResource(getTown, [])
