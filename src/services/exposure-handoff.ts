/**
 * A tip's organisation, from the tip desk to a new exposure entry, when the
 * office decides to publish that name. Kept in memory, never in storage: a
 * name read from a tip must not be left on the desk computer's disk. Only the
 * office's pages import this, so it stays out of the residents' package.
 */
let exposureName: string | null = null

export function leaveForExposureForm(name: string): void {
  exposureName = name
}

export function takeExposureFormName(): string | null {
  const name = exposureName
  exposureName = null
  return name
}
