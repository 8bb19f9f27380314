import type { ArticleSummary, Page } from '../../../core/reading-types'
import { fetchJson, query, type Fetched } from '../../../services/http'
import { usePagedList } from '../../../services/use-resource'

export interface ArticleFilter {
  category?: string
  q?: string
  pageSize?: number
}

export const getArticles = (f: ArticleFilter, page: number): Promise<Fetched<Page<ArticleSummary>>> =>
  fetchJson(`/api/articles${query({ category: f.category, q: f.q, page, pageSize: f.pageSize ?? 10 })}`)

export const useArticles = ({ category, q, pageSize }: ArticleFilter, enabled = true) => usePagedList((page) => getArticles({ category, q, pageSize }, page), [category, q, pageSize], enabled)
