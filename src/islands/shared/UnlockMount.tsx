import { useEffect, useRef } from "preact/hooks";

/** What unlock-form.ts offers: the one unlock form and the panels built around it. */
type UnlockForms = typeof import("./unlock-form");

/**
 * Mounts what `build` makes from the one unlock form's module (unlock-form.ts, the same as on lessons),
 * loading that module only when something is locked: most readers never set a passphrase, so the pages
 * that show it stay light.
 */
export default function UnlockMount({ build }: { build: (forms: UnlockForms) => HTMLElement }) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let built: HTMLElement | undefined;
    let gone = false;
    void import("./unlock-form").then((forms) => {
      if (gone) return;
      built = build(forms);
      holder.current?.append(built);
    });
    return () => {
      gone = true;
      built?.remove();
    };
  }, []);
  return <div ref={holder} />;
}
