import type { Exposure, LookupKey, LookupKind } from '../../../core/lookup'
import { postJson } from '../../../services/http'

export interface LookupResult {
  query: LookupKey
  /** Set when a name was too short or too common to look for as a part of longer names. */
  partial: 'short' | 'generic' | null
  matches: { exposure: Exposure; matched: string; kind: LookupKind }[]
}

/** 查一查: never kept for offline use, since an old answer would say "not listed" about an entry published since. */
export const lookup = (q: string) => postJson<LookupResult>('/api/lookup', { q })
