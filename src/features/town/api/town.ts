import type { TownProfile } from '../../../core/town'
import { fetchJson, staffApi } from '../../../services/http'
import { useResource } from '../../../services/use-resource'

export const getTown = () => fetchJson<TownProfile>('/api/town')
export const useTown = () => useResource(getTown, [])

/** What a town hides from its residents: a district item of one of these kinds. */
export type HideableKind = 'article' | 'case' | 'campaign' | 'exposure'

/** A town's publisher hides a district item from the town's residents, or shows it again. */
export const setHiddenInTown = (kind: HideableKind, id: string, hidden: boolean) => staffApi('POST', '/api/admin/town/hidden', { kind, id, hidden })
