// SDK: windmill-client 1.818.0 TaskRetry (client.d.ts: attempts, delay, multiplier, max_delay; retryDelaySeconds reads retry.max_delay only)
import { task, workflow } from "windmill-client";

type Shipment = { tracking: string; carrier: string };

const pollCarrier = task(
  async function pollCarrier(s: Shipment) {
    const res = await fetch(`https://tracking.internal/${s.carrier}/${s.tracking}`);
    if (res.status === 429) throw new Error("rate limited");
    return ((await res.json()) as { state: string }).state;
  },
  {
    timeout: 60,
    retry: {
      attempts: 6,
      delay: 15,
      multiplier: 2,
      maxDelay: 600, // expect: WAC302
    },
  },
);

const updateOrder = task(async function updateOrder(tracking: string, state: string) {
  await fetch(`https://oms.internal/shipments/${tracking}`, { method: "PATCH", body: JSON.stringify({ state }) });
});

export const main = workflow(async (shipments: Shipment[]) => {
  const states: Record<string, string> = {};
  for (const s of shipments) {
    states[s.tracking] = await pollCarrier(s);
    await updateOrder(s.tracking, states[s.tracking]);
  }
  return states;
});
