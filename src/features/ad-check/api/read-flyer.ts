import { ApiError, uploadPicture } from '../../../services/http'
import { PROOF_REFUSED, solveChallenge } from '../../../services/work-proof'

/** The text the server read on a flyer photo, line by line. */
export interface FlyerText {
  text: string
  lines: number
}

/** The server reads photos up to 10 MB; a bigger one is refused on the phone, before a byte is sent. */
export const MAX_FLYER_BYTES = 10 * 1024 * 1024

/**
 * Sends a photographed flyer to be read (POST /api/ad-check/photo). The
 * server reads it in memory and keeps nothing; each photo spends a solved
 * challenge of its own, solved again once if the server did not take it.
 * The request names no town: reading is the same everywhere.
 */
export async function readFlyer(filePath: string, retried = false): Promise<FlyerText> {
  const { challenge, nonce } = await solveChallenge(null)
  try {
    return await uploadPicture<FlyerText>('/api/ad-check/photo', filePath, false, { 'x-tip-proof': `${challenge}:${nonce}` }, null)
  } catch (err) {
    if (retried || !(err instanceof ApiError) || !PROOF_REFUSED.has(err.code)) throw err
    return readFlyer(filePath, true)
  }
}
