import { sha256 } from 'js-sha256'
import { solveInSlices } from '../core/proof-of-work'
import { fetchJson, type TownScope } from './http'

/**
 * The small proof of work the server asks for before it takes a tip, a photo
 * or a flyer to read, solved in slices so the page stays alive. The challenge
 * comes from the tip box (`town`: see TownScope).
 */
export async function solveChallenge(town?: TownScope): Promise<{ challenge: string; nonce: string }> {
  const { data } = await fetchJson<{ challenge: string; bits: number }>('/api/tips/challenge', town)
  return { challenge: data.challenge, nonce: await solveInSlices(data.challenge, data.bits, (t) => new Uint8Array(sha256.arrayBuffer(t))) }
}

/** A proof the server did not take: an old challenge (the page stayed open, the server restarted), solved again once. */
export const PROOF_REFUSED: ReadonlySet<string> = new Set(['bad_proof', 'proof_expired'])
