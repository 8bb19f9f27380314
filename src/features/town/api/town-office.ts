import type { TownEntry, TownProfile } from '../../../core/town'
import { query, staffApi } from '../../../services/http'
import { useResource } from '../../../services/use-resource'

// The office's reads go through staffApi, never the resident's offline cache:
// a profile edited from a copy saved days ago would overwrite newer facts.

export const getOfficeTowns = async () => ({ data: (await staffApi<{ items: TownEntry[] }>('GET', '/api/towns')).items })
export const useOfficeTowns = () => useResource(getOfficeTowns, [])

export const getTownProfile = async (code: string) => ({ data: await staffApi<TownProfile>('GET', `/api/town${query({ town: code })}`) })
export const useTownProfile = (code: string) => useResource(() => getTownProfile(code), [code])

export const saveTownProfile = (code: string, profile: TownProfile) => staffApi<TownProfile>('PUT', `/api/admin/town${query({ town: code })}`, profile)

export const createTown = (entry: TownEntry) => staffApi<TownEntry>('POST', '/api/admin/towns', entry)

/** What a town hides from its residents: a district item of one of these kinds. */
export type HideableKind = 'article' | 'case' | 'campaign' | 'exposure'

/** A town's publisher hides a district item from the town's residents, or shows it again. */
export const setHiddenInTown = (kind: HideableKind, id: string, hidden: boolean) => staffApi('POST', '/api/admin/town/hidden', { kind, id, hidden })
