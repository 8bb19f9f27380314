import type { Hotline } from '../../../core/reading-types'
import { fetchJson, type Fetched } from '../../../services/http'
import { useResource } from '../../../services/use-resource'

export const getHotline = (): Promise<Fetched<Hotline>> => fetchJson('/api/hotline')

export const useHotline = () => useResource(getHotline, [])
