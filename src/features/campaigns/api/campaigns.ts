import type { Campaign, CampaignFields, CampaignRecord } from '../../../core/campaign'
import { fetchJson, staffApi, type Fetched } from '../../../services/http'
import { useResource } from '../../../services/use-resource'

/** The running campaign, else the next one, else nothing: of the resident's town, or of `town` when one is named. */
export async function getCampaign(town?: string): Promise<Fetched<Campaign | null>> {
  const got = await fetchJson<{ campaign: Campaign | null }>('/api/campaigns/showing', town)
  return { ...got, data: got.data.campaign }
}

export const useCampaign = () => useResource(() => getCampaign(), [])

export type { CampaignFields, CampaignRecord }

/** The office's campaigns; `allowed` is false for someone whose roles cannot list them, who then gets none. */
export const useCampaigns = (allowed = true) => useResource(async () => ({ data: allowed ? await staffApi<{ items: CampaignRecord[] }>('GET', '/api/admin/campaigns') : { items: [] } }), [allowed])
export const createCampaign = (f: CampaignFields) => staffApi<CampaignRecord>('POST', '/api/admin/campaigns', f)
export const saveCampaign = (id: string, f: CampaignFields) => staffApi<CampaignRecord>('PUT', `/api/admin/campaigns/${id}`, f)
export const setCampaignPublished = (id: string, publish: boolean) => staffApi<CampaignRecord>('POST', `/api/admin/campaigns/${id}/${publish ? 'publish' : 'withdraw'}`)
