/**
 * A small proof of work that slows bots without a third-party CAPTCHA: find
 * a nonce such that SHA-256(challenge + ":" + nonce) starts with `bits` zero
 * bits. The server checks it in one hash; a phone spends about a second.
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

export function solve(challenge: string, bits: number, sha256: (text: string) => Uint8Array): string {
  for (let nonce = 0; ; nonce++) {
    if (leadingZeroBits(sha256(`${challenge}:${nonce}`)) >= bits) return String(nonce)
  }
}
