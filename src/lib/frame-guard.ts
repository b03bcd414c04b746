import { withBase } from "./site-paths";

/**
 * Pages that hold the reader's words or controls that change their data (erase, export, unlock).
 * On hosts that can't send `frame-ancestors` (GitHub Pages), these hide themselves when another site
 * shows them in a frame, so the reader can't be tricked into clicking them. A prefix covers every page
 * under it: add a new tool under /tools/ and it is guarded too.
 */
const framedGuardPrefixes: readonly string[] = ["/reflections/", "/safety/", "/tools/"];

/** Whether the page at `pathname` (as the browser sees it, base included) gets the frame guard. */
export function needsFrameGuard(pathname: string, base: string, prefixes: readonly string[] = framedGuardPrefixes): boolean {
  return prefixes.some((prefix) => pathname.startsWith(withBase(base, prefix)));
}

/** The parts of a window the check reads. */
export interface FramedWindow {
  readonly self: unknown;
  readonly top: { readonly location: { readonly origin: string } } | null;
  readonly location: { readonly origin: string };
}

/**
 * True when the page is shown inside a frame of another site. Reading another origin's location throws,
 * which counts as foreign; a frame of this same site (none today) is left alone.
 */
export function isFramedByAnotherOrigin(view: FramedWindow): boolean {
  if (view.top === null || view.top === view.self) return false;
  try {
    return view.top.location.origin !== view.location.origin;
  } catch {
    return true;
  }
}
