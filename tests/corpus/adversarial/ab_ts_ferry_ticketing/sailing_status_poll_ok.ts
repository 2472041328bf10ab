// SDK: windmill-client 1.818.0 client.mjs: sleep(seconds) -> ctx._sleep (durable, seconds); a timer inside a task body runs in the task's own job
import { task, step, sleep, workflow } from "windmill-client";

type SailingStatus = {
  sailingId: string;
  state: "scheduled" | "boarding" | "departed" | "cancelled";
  delayMinutes: number;
};

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function getJsonWithRetry<T>(url: string, tries = 3): Promise<T> {
  let lastErr: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      const res = await fetch(url, { headers: { accept: "application/json" } });
      if (res.ok) return (await res.json()) as T;
      lastErr = new Error(`HTTP ${res.status}`);
    } catch (e) {
      lastErr = e;
    }
    await wait(250 * 2 ** i);
  }
  throw lastErr;
}

const fetchSailingStatus = task(async (sailingId: string): Promise<SailingStatus> => {
  return await getJsonWithRetry<SailingStatus>(
    `https://ops.blueferry.example/api/sailings/${sailingId}`,
  );
});

const notifyPassengers = task(async (sailingId: string, message: string) => {
  const res = await fetch("https://notify.blueferry.example/v1/broadcast", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ sailingId, message }),
  });
  return { delivered: res.ok };
});

const POLL_SECONDS = 60;
const MAX_POLLS = 45;

export const main = workflow(async (sailingId: string) => {
  let last: SailingStatus | null = null;

  for (let attempt = 0; attempt < MAX_POLLS; attempt++) {
    const status = await fetchSailingStatus(sailingId);
    if (status.state !== last?.state && status.state === "boarding") {
      await notifyPassengers(sailingId, "Boarding has started at gate B");
    }
    last = status;
    if (status.state === "departed" || status.state === "cancelled") break;
    await sleep(POLL_SECONDS);
  }

  return { sailingId, finalState: last?.state ?? "unknown" };
});
