/** A short random id for an item the reader adds (lowercase letters, digits and a hyphen, as the store accepts). */
export function newId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
