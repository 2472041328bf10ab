// SDK: windmill-client 1.818.0 a generic retry helper with a swallowing catch and a setTimeout backoff used only inside tasks; sleep() between rounds in the body
import { sleep, task, workflow } from "windmill-client";

async function retry<T>(fn: () => Promise<T>, attempts = 4): Promise<T | null> {
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch {
      await new Promise((r) => setTimeout(r, 250 * 2 ** i));
    }
  }
  return null;
}

const purgeBatch = task(async (memoryId: string, olderThan: string, cursor: string | null) => {
  const page = await retry(async () => {
    const res = await fetch(`https://tm.agency.example/memories/${memoryId}/purge`, {
      method: "POST",
      body: JSON.stringify({ olderThan, cursor }),
    });
    if (!res.ok) throw new Error(String(res.status));
    return (await res.json()) as { purged: number; next: string | null };
  });
  return page ?? { purged: 0, next: null };
});

export const main = workflow(async (memoryId: string, olderThan: string, maxRounds = 50, pauseSeconds = 30) => {
  let cursor: string | null = null;
  let purged = 0;
  for (let round = 0; round < maxRounds; round++) {
    const page = await purgeBatch(memoryId, olderThan, cursor);
    purged += page.purged;
    cursor = page.next;
    if (!cursor) break;
    await sleep(pauseSeconds);
  }
  return { purged, finished: cursor === null };
});
