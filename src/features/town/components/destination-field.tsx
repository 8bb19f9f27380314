import { useState } from 'react'
import { Choices } from '../../../components/choices'
import { Field } from '../../../components/field'
import { DISTRICT, useTownChoice } from '../../../services/town-choice'
import { useTowns } from '../api/get-towns'

export interface Destination {
  /** The code to send as `town=` (a town's, or DISTRICT); undefined: the resident's town as every request names it. */
  code?: string
  /** Whether there is a choice to offer (more than one town). */
  shown: boolean
  /** Whose name heads the receipt: the town's, '' for the district; undefined when there is no choice (the page's own town). */
  receiptName?: string
  pick: (code: string) => void
  /** Back to the resident's own town, for the next filing. */
  reset: () => void
}

/**
 * Where a tip or feedback goes: the resident's town unless they pick another
 * or 不清楚（交给区里）. With no town chosen on this phone (the question was
 * skipped), 不清楚 is the one marked: the district sees every case and hands
 * it on, where the default town would get another town's tips unasked.
 * `defaultName` names the page's own town when there is no choice to offer.
 */
export function useDestination(defaultName?: string): Destination {
  const towns = useTowns()
  const { town } = useTownChoice()
  const [picked, setPicked] = useState<string>()
  const shown = !!towns && towns.length > 1
  const mine = town ?? DISTRICT
  const code = shown ? (picked ?? mine) : undefined
  const receiptName = !shown ? undefined : code === DISTRICT ? '' : (towns?.find((t) => t.code === code)?.name ?? defaultName)
  return { code, shown, receiptName, pick: setPicked, reset: () => setPicked(undefined) }
}

/** The choice of where it goes, only when the district has more than one town. */
export function DestinationField({ label, destination }: { label: string; destination: Destination }) {
  const towns = useTowns()
  if (!destination.shown || !towns) return null
  return (
    <Field label={label} hint='拿不准属于哪个镇（街道），就选“不清楚”，区里会转给对的地方。'>
      <Choices
        label={label}
        options={[...towns.map((t) => ({ value: t.code, label: t.name })), { value: DISTRICT, label: '不清楚（交给区里）' }]}
        selected={destination.code ? [destination.code] : []}
        onChange={([v]) => destination.pick(v)}
      />
    </Field>
  )
}
