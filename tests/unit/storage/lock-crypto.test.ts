import { describe, expect, it } from "vitest";
import { createLockKey, deriveLockKey, fromBase64, LOCK_ITERATIONS, toBase64, unsealWithPassphrase, type SealedText } from "../../../src/lib/storage/lock-crypto";

// Fewer iterations keep most tests quick; one test uses the real count.
const quick = 100_000;

/** The browser's own AES-GCM key for a passphrase, as the site derived it before sealing became synchronous. */
async function webCryptoKey(passphrase: string, salt: string, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey("raw", new TextEncoder().encode(passphrase), "PBKDF2", false, ["deriveKey"]);
  const saltBytes = fromBase64(salt) ?? new Uint8Array();
  return crypto.subtle.deriveKey({ name: "PBKDF2", hash: "SHA-256", salt: saltBytes, iterations }, material, { name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
}

describe("reflection crypto", () => {
  it("round-trips text through seal and unseal, with the real iteration count", async () => {
    const lockKey = await createLockKey("river stone lantern");
    const sealed = lockKey.seal("I wanted to call him. I wrote this instead. ✍️");
    expect(sealed.iterations).toBe(LOCK_ITERATIONS);
    expect(LOCK_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(sealed.ciphertext).not.toContain("call him");
    const opened = await unsealWithPassphrase(sealed, "river stone lantern");
    expect(opened?.plaintext).toBe("I wanted to call him. I wrote this instead. ✍️");
    // Two real key derivations at 600,000 iterations: allow for a slow or busy machine.
  }, 30_000);

  it("uses a fresh salt per lock and a fresh IV per encryption", async () => {
    const first = await createLockKey("same words", quick);
    const second = await createLockKey("same words", quick);
    expect(first.salt).not.toBe(second.salt);
    expect(fromBase64(first.salt)).toHaveLength(16);
    const a = first.seal("text");
    const b = first.seal("text");
    expect(a.iv).not.toBe(b.iv);
    expect(fromBase64(a.iv)).toHaveLength(12);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it("rejects a wrong passphrase instead of returning garbage", async () => {
    const sealed = (await createLockKey("right passphrase", quick)).seal("private");
    expect(await unsealWithPassphrase(sealed, "wrong passphrase")).toBeUndefined();
    expect(await unsealWithPassphrase(sealed, "")).toBeUndefined();
  });

  it("rejects changed ciphertext (AES-GCM's tag)", async () => {
    const lockKey = await createLockKey("right passphrase", quick);
    const sealed = lockKey.seal("private");
    const bytes = fromBase64(sealed.ciphertext) ?? new Uint8Array();
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    expect(lockKey.unseal({ ...sealed, ciphertext: toBase64(bytes) })).toBeUndefined();
    expect(lockKey.unseal({ ...sealed, iv: "not base64!" })).toBeUndefined();
    expect(lockKey.unseal({ ...sealed, iv: toBase64(new Uint8Array(16)) })).toBeUndefined();
    expect(lockKey.unseal({ ...sealed, salt: toBase64(new Uint8Array(16)) })).toBeUndefined();
    expect(lockKey.unseal(sealed)).toBe("private");
  });

  it("derives the same key from the same passphrase and salt", async () => {
    const lockKey = await createLockKey("again and again", quick);
    const sealed = lockKey.seal("hello");
    const again = await deriveLockKey("again and again", lockKey.salt, quick);
    expect(again?.unseal(sealed)).toBe("hello");
    expect(await deriveLockKey("x", "%%%", quick)).toBeUndefined();
  });

  it("seals at once, without a promise, so a page being left can still save", async () => {
    const lockKey = await createLockKey("leaving now", quick);
    const sealed: SealedText = lockKey.seal("typed a moment ago");
    expect(lockKey.unseal(sealed)).toBe("typed a moment ago");
  });

  it("keeps the key's bytes out of reach: the key holds only its salt, count and functions", async () => {
    const lockKey = await createLockKey("no bytes showing", quick);
    expect(JSON.parse(JSON.stringify(lockKey))).toEqual({ salt: lockKey.salt, iterations: quick });
  });

  it("is the same AES-GCM as the browser's Web Crypto: text sealed either way opens the other way", async () => {
    const lockKey = await createLockKey("same cipher", quick);
    const browserKey = await webCryptoKey("same cipher", lockKey.salt, quick);
    // Sealed here, opened by Web Crypto.
    const sealed = lockKey.seal("kept words ✍️");
    const opened = await crypto.subtle.decrypt({ name: "AES-GCM", iv: fromBase64(sealed.iv) ?? new Uint8Array() }, browserKey, fromBase64(sealed.ciphertext) ?? new Uint8Array());
    expect(new TextDecoder().decode(opened)).toBe("kept words ✍️");
    // Sealed by Web Crypto, as the site stored locked words before: still opens.
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const ciphertext = await crypto.subtle.encrypt({ name: "AES-GCM", iv }, browserKey, new TextEncoder().encode("older words"));
    expect(lockKey.unseal({ iterations: quick, salt: lockKey.salt, iv: toBase64(iv), ciphertext: toBase64(new Uint8Array(ciphertext)) })).toBe("older words");
  });
});
