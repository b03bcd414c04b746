import { useEffect, useRef } from "preact/hooks";
import type { UnlockFormOptions } from "./unlock-form";

/**
 * The one unlock form (shared/unlock-form.ts), the same as on lessons, mounted in an island. Loaded only
 * when something is locked: most readers never set a passphrase, so the pages that show it stay light.
 */
export default function UnlockForm(options: UnlockFormOptions) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let form: HTMLFormElement | undefined;
    let gone = false;
    void import("./unlock-form").then(({ createUnlockForm }) => {
      if (gone) return;
      form = createUnlockForm(options);
      holder.current?.append(form);
    });
    return () => {
      gone = true;
      form?.remove();
    };
  }, []);
  return <div ref={holder} />;
}
