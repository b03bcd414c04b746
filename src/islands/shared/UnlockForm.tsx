import { useEffect, useRef } from "preact/hooks";
import { createUnlockForm, type UnlockFormOptions } from "../shared/unlock-form";

/** The one unlock form (shared/unlock-form.ts), the same as on lessons, mounted in the island. */
export default function UnlockForm(options: UnlockFormOptions) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const form = createUnlockForm(options);
    holder.current?.append(form);
    return () => form.remove();
  }, []);
  return <div ref={holder} />;
}
