/**
 * A town's code, as links, poster codes and `town=` carry it: lower-case
 * letters, digits and dashes. `district` is not a town: a tip sent to it goes
 * to the district's office.
 */
export const TOWN_CODE_PATTERN = '^[a-z0-9-]{1,32}$'
export const DISTRICT = 'district'

/** One town or street office (镇/街道) of the deployment, as residents choose it. */
export interface TownEntry {
  code: string
  name: string
}

/** Whose office, in words: a town's name (its code if the list lacks it), or 区里 for the district's (null). */
export const officeName = (towns: readonly TownEntry[], town: string | null): string => (town === null ? '区里' : (towns.find((t) => t.code === town)?.name ?? town))

/** The town's profile: everything the pages say about the town comes from here. */
export interface TownProfile {
  name: string
  /** The town office's own consultation number; '' until an admin sets it. */
  hotlinePhone: string
  /** Office hours, e.g. `1-5 08:30-12:00,13:30-17:30` (see office-hours.ts). */
  hotlineHours: string
  hotlineAddress: string
  /** Villages and communities; empty until the office enters them (pages then ask in free text). */
  villages: string[]
  /** Member units of the leading group, to which tips can be routed. */
  units: string[]
}

/** What the hotline card cannot show until an admin sets it: facts only the office knows. */
export function unsetHotlineFacts(town: TownProfile): string[] {
  return [...(town.hotlinePhone.trim() ? [] : ['咨询电话']), ...(town.hotlineHours.trim() ? [] : ['办公时间']), ...(town.hotlineAddress.trim() ? [] : ['当面咨询地址'])]
}
