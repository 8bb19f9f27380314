import type { Article } from '../../../core/reading-types'
import { fetchJson, type Fetched } from '../../../services/http'
import { useResource } from '../../../services/use-resource'

export const getArticle = (id: string): Promise<Fetched<Article>> => fetchJson(`/api/articles/${encodeURIComponent(id)}`)

export const useArticle = (id: string) => useResource(() => getArticle(id), [id])
