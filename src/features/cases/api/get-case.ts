import type { CaseLesson } from '../../../core/reading-types'
import { fetchJson, type Fetched } from '../../../services/http'
import { useResource } from '../../../services/use-resource'

export const getCase = (id: string): Promise<Fetched<CaseLesson>> => fetchJson(`/api/cases/${encodeURIComponent(id)}`)

export const useCase = (id: string) => useResource(() => getCase(id), [id])
