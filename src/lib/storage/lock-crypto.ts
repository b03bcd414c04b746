/**
 * The passphrase lock on every sensitive store, with the browser's own Web Crypto:
 * PBKDF2-SHA-256 turns the passphrase and a random salt into an AES-GCM 256-bit key.
 * The passphrase and the key are never stored; only salt, iteration count, IV and ciphertext are.
 */

/** OWASP's 2023 advice for PBKDF2-HMAC-SHA-256: slow enough to make guessing a passphrase costly. */
export const LOCK_ITERATIONS = 600_000;

const SALT_BYTES = 16;
// 96-bit IVs are what AES-GCM is designed for; a fresh random one for every encryption.
const IV_BYTES = 12;

/** What is stored for locked text. Binary values are base64. */
export interface SealedText {
  iterations: number;
  salt: string;
  iv: string;
  ciphertext: string;
}

/** A key derived from the passphrase, kept in memory only while the reader has the lock open. */
export interface LockKey {
  key: CryptoKey;
  salt: string;
  iterations: number;
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

/** Derives the key for `passphrase` with a stored salt; the key can't be exported from the browser. */
export async function deriveLockKey(passphrase: string, salt: string, iterations: number): Promise<LockKey | undefined> {
  const saltBytes = fromBase64(salt);
  if (!saltBytes) return undefined;
  const material = await crypto.subtle.importKey("raw", new TextEncoder().encode(passphrase), "PBKDF2", false, ["deriveKey"]);
  const key = await crypto.subtle.deriveKey(
    { name: "PBKDF2", hash: "SHA-256", salt: saltBytes, iterations },
    material,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
  return { key, salt, iterations };
}

/** A key for a new lock, with a fresh random salt. */
export async function createLockKey(passphrase: string, iterations = LOCK_ITERATIONS): Promise<LockKey> {
  const lockKey = await deriveLockKey(passphrase, toBase64(randomBytes(SALT_BYTES)), iterations);
  if (!lockKey) throw new Error("A fresh salt is always valid base64");
  return lockKey;
}

/** Encrypts `plaintext` with a fresh IV. */
export async function seal(plaintext: string, lockKey: LockKey): Promise<SealedText> {
  const iv = randomBytes(IV_BYTES);
  const ciphertext = await crypto.subtle.encrypt({ name: "AES-GCM", iv }, lockKey.key, new TextEncoder().encode(plaintext));
  return { iterations: lockKey.iterations, salt: lockKey.salt, iv: toBase64(iv), ciphertext: toBase64(new Uint8Array(ciphertext)) };
}

/**
 * The plaintext, or undefined when the key is wrong or the data was changed:
 * AES-GCM checks its tag, so a wrong passphrase is detected rather than giving garbage.
 */
export async function unseal(sealed: SealedText, lockKey: LockKey): Promise<string | undefined> {
  const iv = fromBase64(sealed.iv);
  const ciphertext = fromBase64(sealed.ciphertext);
  if (!iv || !ciphertext || sealed.salt !== lockKey.salt || sealed.iterations !== lockKey.iterations) return undefined;
  try {
    const plaintext = await crypto.subtle.decrypt({ name: "AES-GCM", iv }, lockKey.key, ciphertext);
    return new TextDecoder().decode(plaintext);
  } catch {
    return undefined;
  }
}

/** Derives the key from the passphrase and opens the sealed text; undefined for a wrong passphrase. */
export async function unsealWithPassphrase(sealed: SealedText, passphrase: string): Promise<{ plaintext: string; lockKey: LockKey } | undefined> {
  const lockKey = await deriveLockKey(passphrase, sealed.salt, sealed.iterations);
  if (!lockKey) return undefined;
  const plaintext = await unseal(sealed, lockKey);
  return plaintext === undefined ? undefined : { plaintext, lockKey };
}
