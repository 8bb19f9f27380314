import type { CaseSummary, Page } from '../../../core/reading-types'
import { fetchJson, query, type Fetched } from '../../../services/http'
import { usePagedList } from '../../../services/use-resource'

export interface CaseFilter {
  category?: string
  q?: string
  featured?: boolean
  pageSize?: number
}

export const getCases = (f: CaseFilter, page: number): Promise<Fetched<Page<CaseSummary>>> =>
  fetchJson(`/api/cases${query({ category: f.category, q: f.q, featured: f.featured, page, pageSize: f.pageSize ?? 10 })}`)

export const useCases = ({ category, q, featured, pageSize }: CaseFilter, enabled = true) =>
  usePagedList((page) => getCases({ category, q, featured, pageSize }, page), [category, q, featured, pageSize], enabled)
