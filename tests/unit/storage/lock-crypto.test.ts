import { describe, expect, it } from "vitest";
import { createLockKey, deriveLockKey, fromBase64, LOCK_ITERATIONS, seal, toBase64, unseal, unsealWithPassphrase } from "../../../src/lib/storage/lock-crypto";

// Fewer iterations keep most tests quick; one test uses the real count.
const quick = 100_000;

describe("reflection crypto", () => {
  it("round-trips text through seal and unseal, with the real iteration count", async () => {
    const lockKey = await createLockKey("river stone lantern");
    const sealed = await seal("I wanted to call him. I wrote this instead. ✍️", lockKey);
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
    const a = await seal("text", first);
    const b = await seal("text", first);
    expect(a.iv).not.toBe(b.iv);
    expect(fromBase64(a.iv)).toHaveLength(12);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it("rejects a wrong passphrase instead of returning garbage", async () => {
    const sealed = await seal("private", await createLockKey("right passphrase", quick));
    expect(await unsealWithPassphrase(sealed, "wrong passphrase")).toBeUndefined();
    expect(await unsealWithPassphrase(sealed, "")).toBeUndefined();
  });

  it("rejects changed ciphertext (AES-GCM's tag)", async () => {
    const lockKey = await createLockKey("right passphrase", quick);
    const sealed = await seal("private", lockKey);
    const bytes = fromBase64(sealed.ciphertext) ?? new Uint8Array();
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    expect(await unseal({ ...sealed, ciphertext: toBase64(bytes) }, lockKey)).toBeUndefined();
    expect(await unseal({ ...sealed, iv: "not base64!" }, lockKey)).toBeUndefined();
  });

  it("derives the same key from the same passphrase and salt", async () => {
    const lockKey = await createLockKey("again and again", quick);
    const sealed = await seal("hello", lockKey);
    const again = await deriveLockKey("again and again", lockKey.salt, quick);
    expect(again && (await unseal(sealed, again))).toBe("hello");
    expect(await deriveLockKey("x", "%%%", quick)).toBeUndefined();
  });

  it("keeps the key inside the browser: it can't be exported", async () => {
    const { key } = await createLockKey("not exportable", quick);
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey("raw", key)).rejects.toThrow();
  });
});
