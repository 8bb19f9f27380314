import type { CheckQuestion } from '../../../core/reading-types'
import { query, staffApi } from '../../../services/http'
import { useResource } from '../../../services/use-resource'

export type Kind = 'article' | 'case'
export type Status = 'draft' | 'review' | 'published' | 'withdrawn'

export interface ArticleFields {
  title: string
  category: string
  summary: string
  redFlags: string[]
  body: string
}

export interface CaseFields {
  title: string
  category: string
  summary: string
  redFlags: string[]
  featured: boolean
  story: string
  outcome: string
  lesson: string
  question: CheckQuestion
}

export type Fields = ArticleFields | CaseFields

export interface DeskItem {
  id: string
  kind: Kind
  title: string
  category: string
  status: Status
  publishedAt: string
  scheduled: boolean
  updatedAt: string
}

export interface EditorItem {
  id: string
  kind: Kind
  status: Status
  publishedAt: string
  scheduled: boolean
  revision: number
  updatedAt: string
  fields: Fields
  revisions: { revision: number; createdAt: string; createdBy: string }[]
}

export const STATUS_LABEL: Record<Status, string> = { draft: '草稿', review: '待审核', published: '已发布', withdrawn: '已撤下' }

const base = (kind: Kind) => (kind === 'article' ? '/api/admin/articles' : '/api/admin/cases')

export const useDesk = (kind: Kind, status?: Status) =>
  useResource(async () => ({ data: await staffApi<{ items: DeskItem[] }>('GET', `${base(kind)}${query({ status })}`) }), [kind, status])

export const useEditorItem = (kind: Kind, id: string) => useResource(async () => ({ data: id ? await staffApi<EditorItem>('GET', `${base(kind)}/${id}`) : null }), [kind, id])

export const createItem = (kind: Kind, fields: Fields) => staffApi<EditorItem>('POST', base(kind), fields)
export const saveItem = (kind: Kind, id: string, fields: Fields, revision: number) => staffApi<EditorItem>('PUT', `${base(kind)}/${id}${query({ revision })}`, fields)
export const submitItem = (kind: Kind, id: string) => staffApi('POST', `${base(kind)}/${id}/submit`)
export const rejectItem = (kind: Kind, id: string, reason: string) => staffApi('POST', `${base(kind)}/${id}/reject`, { reason })
export const publishItem = (kind: Kind, id: string, at?: string) => staffApi('POST', `${base(kind)}/${id}/publish`, at ? { at } : {})
export const withdrawItem = (kind: Kind, id: string) => staffApi('POST', `${base(kind)}/${id}/withdraw`)
export const restoreItem = (kind: Kind, id: string, revision: number) => staffApi<EditorItem>('POST', `${base(kind)}/${id}/restore`, { revision })
export const usePreview = <T>(kind: Kind, id: string) => useResource(async () => ({ data: await staffApi<T>('GET', `${base(kind)}/${id}/preview`) }), [kind, id])
