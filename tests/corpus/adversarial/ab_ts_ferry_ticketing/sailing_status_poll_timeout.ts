// SDK: windmill-client 1.818.0 client.mjs: sleep() suspends via ctx._sleep; a setTimeout promise in the body holds the worker and waits again every round
import { task, step, sleep, workflow } from "windmill-client";

type SailingStatus = {
  sailingId: string;
  state: "scheduled" | "boarding" | "departed" | "cancelled";
  delayMinutes: number;
};

const fetchSailingStatus = task(async (sailingId: string): Promise<SailingStatus> => {
  const res = await fetch(`https://ops.blueferry.example/api/sailings/${sailingId}`, {
    headers: { accept: "application/json" },
  });
  if (!res.ok) throw new Error(`status ${res.status} for ${sailingId}`);
  return (await res.json()) as SailingStatus;
});

const notifyPassengers = task(async (sailingId: string, message: string) => {
  const res = await fetch("https://notify.blueferry.example/v1/broadcast", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ sailingId, message }),
  });
  return { delivered: res.ok };
});

const POLL_MS = 60_000;
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
    // give the terminal a minute before asking again
    await new Promise<void>((resolve) => setTimeout(resolve, POLL_MS)); // expect: WAC101
  }

  const summary = await step("summary", () => ({
    sailingId,
    finalState: last?.state ?? "unknown",
    delayMinutes: last?.delayMinutes ?? 0,
  }));
  return summary;
});
