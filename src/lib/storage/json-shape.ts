import type { Salvaged } from "./versioned-store";

/** Lesson slugs and reflection prompt ids: kebab-case, as the lesson schema requires. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The valid entries of a stored list, each read by `parse`, and how many were dropped; undefined when `raw` is not a list. One damaged entry never takes the others with it. */
export function salvageList<T>(raw: unknown, parse: (entry: unknown) => T | undefined): Salvaged<T[]> | undefined {
  if (!Array.isArray(raw)) return undefined;
  const value = raw.map(parse).filter((entry): entry is T => entry !== undefined);
  return { value, dropped: raw.length - value.length };
}
