import { gcm } from "@noble/ciphers/aes.js";

/**
 * The passphrase lock on every sensitive store: PBKDF2-SHA-256 (the browser's Web Crypto) turns the
 * passphrase and a random salt into a 256-bit AES-GCM key. The passphrase and the key are never stored;
 * only salt, iteration count, IV and ciphertext are.
 *
 * AES-GCM itself is noble's audited implementation rather than Web Crypto's, because Web Crypto only
 * answers with a promise and a page being left does not wait for one: words typed a moment before the
 * reader leaves would be lost. noble seals at once, with the same cipher and the same stored format.
 */

/** OWASP's 2023 advice for PBKDF2-HMAC-SHA-256: slow enough to make guessing a passphrase costly. */
export const LOCK_ITERATIONS = 600_000;

const SALT_BYTES = 16;
// AES-256.
const KEY_BITS = 256;
// 96-bit IVs are what AES-GCM is designed for; a fresh random one for every encryption.
const IV_BYTES = 12;

/** What is stored for locked text. Binary values are base64. */
export interface SealedText {
  iterations: number;
  salt: string;
  iv: string;
  ciphertext: string;
}

/**
 * A key derived from the passphrase, kept in this page's memory only while the reader has the lock open.
 * Its bytes stay inside these functions; sealing and opening are synchronous.
 */
export interface LockKey {
  /** The salt it was derived with (base64), stored beside everything it seals. */
  salt: string;
  /** The PBKDF2 iteration count it was derived with. */
  iterations: number;
  /** `plaintext` encrypted with a fresh IV. */
  seal: (plaintext: string) => SealedText;
  /**
   * The plaintext, or undefined when this is the wrong key or the data was changed:
   * AES-GCM checks its tag, so a wrong passphrase is detected rather than giving garbage.
   */
  unseal: (sealed: SealedText) => string | undefined;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The bytes, or undefined if the text is not base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    return bytes;
  } catch {
    return undefined;
  }
}

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

function lockKeyFrom(keyBytes: Uint8Array, salt: string, iterations: number): LockKey {
  return {
    salt,
    iterations,
    seal: (plaintext) => {
      const iv = randomBytes(IV_BYTES);
      const ciphertext = gcm(keyBytes, iv).encrypt(new TextEncoder().encode(plaintext));
      return { iterations, salt, iv: toBase64(iv), ciphertext: toBase64(ciphertext) };
    },
    unseal: (sealed) => {
      const iv = fromBase64(sealed.iv);
      const ciphertext = fromBase64(sealed.ciphertext);
      if (!iv || iv.length !== IV_BYTES || !ciphertext || sealed.salt !== salt || sealed.iterations !== iterations) return undefined;
      try {
        return new TextDecoder().decode(gcm(keyBytes, iv).decrypt(ciphertext));
      } catch {
        return undefined;
      }
    },
  };
}

/** Derives the key for `passphrase` with a stored salt; undefined when the salt is not base64. */
export async function deriveLockKey(passphrase: string, salt: string, iterations: number): Promise<LockKey | undefined> {
  const saltBytes = fromBase64(salt);
  if (!saltBytes) return undefined;
  const material = await crypto.subtle.importKey("raw", new TextEncoder().encode(passphrase), "PBKDF2", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: saltBytes, iterations }, material, KEY_BITS);
  return lockKeyFrom(new Uint8Array(bits), salt, iterations);
}

/** A key for a new lock, with a fresh random salt. */
export async function createLockKey(passphrase: string, iterations = LOCK_ITERATIONS): Promise<LockKey> {
  const lockKey = await deriveLockKey(passphrase, toBase64(randomBytes(SALT_BYTES)), iterations);
  if (!lockKey) throw new Error("A fresh salt is always valid base64");
  return lockKey;
}

/** Derives the key from the passphrase and opens the sealed text; undefined for a wrong passphrase. */
export async function unsealWithPassphrase(sealed: SealedText, passphrase: string): Promise<{ plaintext: string; lockKey: LockKey } | undefined> {
  const lockKey = await deriveLockKey(passphrase, sealed.salt, sealed.iterations);
  if (!lockKey) return undefined;
  const plaintext = lockKey.unseal(sealed);
  return plaintext === undefined ? undefined : { plaintext, lockKey };
}
