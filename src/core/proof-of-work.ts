/**
 * A small proof of work that slows bots without a third-party CAPTCHA: find
 * a nonce such that SHA-256(workInput(challenge, nonce)) starts with `bits` zero
 * bits. The server checks it in one hash; a phone spends about a second
 * (`npm run bench:pow` measures it as an iPhone without JIT would run it).
 */
export function leadingZeroBits(hash: Uint8Array): number {
  let bits = 0
  for (const byte of hash) {
    if (byte === 0) {
      bits += 8
      continue
    }
    return bits + Math.clz32(byte) - 24
  }
  return bits
}

/**
 * What is hashed: the challenge's random part and the nonce. The challenge's
 * time and signature only prove the server issued it; leaving them out keeps
 * each try to one SHA-256 block, half the work for a phone at the same strength.
 */
export const workInput = (challenge: string, nonce: number | string): string => `${challenge.split('.')[1] ?? challenge}:${nonce}`

/** The first nonce in [from, to) that solves the challenge, or null. */
function search(challenge: string, bits: number, sha256: (text: string) => Uint8Array, from: number, to: number): string | null {
  for (let nonce = from; nonce < to; nonce++) {
    if (leadingZeroBits(sha256(workInput(challenge, nonce))) >= bits) return String(nonce)
  }
  return null
}

/** Solves at once: for servers and tests, where nothing waits on the thread. */
export function solve(challenge: string, bits: number, sha256: (text: string) => Uint8Array): string {
  return search(challenge, bits, sha256, 0, Number.MAX_SAFE_INTEGER) ?? ''
}

// About 15 ms of hashing on a slow iPhone without JIT: the page keeps answering taps and can show its progress.
const SLICE = 256

/**
 * Solves on a phone: in short slices with a pause between them, so the page
 * never freezes; `onProgress` hears how many tries have been made.
 */
export async function solveInSlices(challenge: string, bits: number, sha256: (text: string) => Uint8Array, onProgress?: (tries: number) => void): Promise<string> {
  for (let from = 0; ; from += SLICE) {
    const nonce = search(challenge, bits, sha256, from, from + SLICE)
    if (nonce !== null) return nonce
    onProgress?.(from + SLICE)
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
}
