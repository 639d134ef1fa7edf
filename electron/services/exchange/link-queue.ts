/**
 * One task at a time per sender → recipient link, in the order they were
 * queued: a filing takes its version numbers and the link's next sequence only
 * after the one before it on that link is written and recorded. (A few lines
 * of promise chaining; p-limit has no keyed queue.)
 */
export function createLinkQueue() {
  const tails = new Map<string, Promise<unknown>>();
  return function onLink<T>(sender: string, recipient: string, task: () => Promise<T>): Promise<T> {
    const key = `${sender}\u0000${recipient}`;
    const result = (tails.get(key) ?? Promise.resolve()).then(task);
    const tail = result.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return result;
  };
}

export type LinkQueue = ReturnType<typeof createLinkQueue>;
