/** Lesson slugs and reflection prompt ids: kebab-case, as the lesson schema requires. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
