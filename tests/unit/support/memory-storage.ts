/** An in-memory Storage for unit tests, with switches for the ways real storage fails. */
export class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  /** When set, setItem throws this (e.g. a QuotaExceededError). */
  failWrites: Error | undefined;

  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw this.failWrites;
    this.items.set(key, value);
  }
}

/** The error browsers throw when storage is full. */
export const quotaError = (): Error => new DOMException("The quota has been exceeded.", "QuotaExceededError");
