import type { ContentStatus, EditorItem, EditorListItem, Fields, Kind } from '../../../core/publishing'
import { query, staffApi } from '../../../services/http'
import { useResource } from '../../../services/use-resource'

export type { ArticleFields, CaseFields, EditorItem, Kind } from '../../../core/publishing'
export { STATUS_LABEL } from '../../../core/publishing'
export type Status = ContentStatus
export type DeskItem = EditorListItem

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
