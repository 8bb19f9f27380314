import { CATEGORIES } from '../../../core/categories'
import type { Category } from '../../../core/reading-types'
import { fetchJson, type Fetched } from '../../../services/http'
import { useResource } from '../../../services/use-resource'

export const getCategories = (): Promise<Fetched<{ items: Category[] }>> => fetchJson('/api/categories')

/** Categories with counts; before the first answer, the fixed list without counts. */
export function useCategories(): Category[] {
  const { data } = useResource(getCategories, [])
  return data?.items ?? CATEGORIES.map((c) => ({ ...c, count: 0 }))
}
