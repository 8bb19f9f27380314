import { checkAdvert, type CheckResult } from '../../../src/core/ad-check/engine'

/** Runs on the checker's thread (service.ts): one text in, its result out. */
export default function check(text: string): CheckResult {
  return checkAdvert(text)
}
