import { useEffect, useState } from "preact/hooks";

/**
 * The island side of the one progressive-enhancement pattern (src/components/shared/enhanced-element.ts):
 * false in the server's markup, true once the island runs in the browser. Put
 * `data-enhanced={enhanced ? "" : undefined}` on the island's root so its `data-needs-js` parts show.
 */
export function useEnhanced(): boolean {
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  return enhanced;
}
