import { createCipheriv, createDecipheriv, createPublicKey, diffieHellman, generateKeyPairSync, hkdfSync, randomBytes, type KeyObject, createPrivateKey } from 'node:crypto'
import { hashRaw } from '@node-rs/argon2'

/**
 * The few primitives the tip box is built from, all from Node's crypto:
 * AES-256-GCM for data, X25519 + HKDF "sealed boxes" to encrypt to a public
 * key, and Argon2id (on libuv's thread pool) to turn a password or a receipt
 * into a key.
 */

const NONCE = 12
const TAG = 16

export function encrypt(key: Buffer, plaintext: Buffer): Buffer {
  const nonce = randomBytes(NONCE)
  const cipher = createCipheriv('aes-256-gcm', key, nonce)
  const body = cipher.update(plaintext)
  const last = cipher.final()
  // One copy of the ciphertext, not two: a photo is megabytes, copied on the event loop.
  return Buffer.concat([nonce, cipher.getAuthTag(), body, last])
}

export function decrypt(key: Buffer, data: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, NONCE))
  decipher.setAuthTag(data.subarray(NONCE, NONCE + TAG))
  return Buffer.concat([decipher.update(data.subarray(NONCE + TAG)), decipher.final()])
}

export interface KeyPair {
  publicKey: KeyObject
  privateKey: KeyObject
}

export const newKeyPair = (): KeyPair => generateKeyPairSync('x25519')

export const exportPublic = (k: KeyObject): string => k.export({ type: 'spki', format: 'der' }).toString('base64')
export const importPublic = (b64: string): KeyObject => createPublicKey({ key: Buffer.from(b64, 'base64'), type: 'spki', format: 'der' })
export const exportPrivate = (k: KeyObject): Buffer => k.export({ type: 'pkcs8', format: 'der' })
export const importPrivate = (der: Buffer): KeyObject => createPrivateKey({ key: der, type: 'pkcs8', format: 'der' })

const RAW = (k: KeyObject): Buffer => k.export({ type: 'spki', format: 'der' }).subarray(-32)

function boxKey(shared: Buffer, ephemeral: KeyObject, recipient: KeyObject): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([RAW(ephemeral), RAW(recipient)]), 'fangfei sealed box', 32))
}

/** Encrypts to a public key; only its private key opens the result. */
export function seal(recipient: KeyObject, plaintext: Buffer): Buffer {
  const eph = newKeyPair()
  const key = boxKey(diffieHellman({ privateKey: eph.privateKey, publicKey: recipient }), eph.publicKey, recipient)
  return Buffer.concat([RAW(eph.publicKey), encrypt(key, plaintext)])
}

export function unseal(privateKey: KeyObject, sealed: Buffer): Buffer {
  const ephRaw = sealed.subarray(0, 32)
  // Rebuild the ephemeral public key from its raw bytes (SPKI prefix for X25519).
  const eph = createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b656e032100', 'hex'), ephRaw]), format: 'der', type: 'spki' })
  const recipient = createPublicKey(privateKey)
  const key = boxKey(diffieHellman({ privateKey, publicKey: eph }), eph, recipient)
  return decrypt(key, sealed.subarray(32))
}

/** A 32-byte (or longer) key from a secret, slow on purpose: Argon2id, 19 MiB, 2 passes. */
export async function slowKey(secret: string, salt: Buffer, length = 32): Promise<Buffer> {
  return hashRaw(secret, { salt, outputLen: length, memoryCost: 19456, timeCost: 2, parallelism: 1 })
}
