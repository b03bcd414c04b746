const channelName = "nocontact:erase";

/** Tells every other open page of this site that everything was erased. Never throws. */
export function announceErased(): void {
  try {
    const channel = new BroadcastChannel(channelName);
    channel.postMessage("erased");
    channel.close();
  } catch {
    // No BroadcastChannel: other pages still see the keys go through the storage event.
  }
}

/**
 * Calls `listener` when the store under `key` is erased: by "Erase everything" on any page, or by its
 * key being removed in another tab. Pages then drop unsaved words and clear what they show, so
 * nothing is written back. Returns a function that stops listening.
 */
export function onErased(key: string, listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || (event.key === key && event.newValue === null)) listener();
  };
  addEventListener("storage", onStorage);
  let channel: BroadcastChannel | undefined;
  try {
    channel = new BroadcastChannel(channelName);
    channel.onmessage = () => listener();
  } catch {
    channel = undefined;
  }
  return () => {
    removeEventListener("storage", onStorage);
    channel?.close();
  };
}
