// SDK: windmill-client 1.818.0 TaskRetry/assertUsableRetry (client.mjs: attempts a whole number 0..100; delay, multiplier, max_delay in seconds)
import { task, workflow, type TaskOptions } from "windmill-client";

type Shipment = { tracking: string; carrier: string };

const CARRIER_POLICY: TaskOptions = {
  timeout: 60,
  tag: "tracking",
  retry: { attempts: 6, delay: 15, multiplier: 2, max_delay: 600 },
};

const pollCarrier = task(async function pollCarrier(s: Shipment) {
  const res = await fetch(`https://tracking.internal/${s.carrier}/${s.tracking}`);
  if (res.status === 429) throw new Error("rate limited");
  return ((await res.json()) as { state: string }).state;
}, CARRIER_POLICY);

const updateOrder = task(
  async function updateOrder(tracking: string, state: string) {
    await fetch(`https://oms.internal/shipments/${tracking}`, { method: "PATCH", body: JSON.stringify({ state }) });
  },
  { retry: { attempts: 2 } },
);

export const main = workflow(async (shipments: Shipment[]) => {
  const states: Record<string, string> = {};
  for (const s of shipments) {
    states[s.tracking] = await pollCarrier(s);
    await updateOrder(s.tracking, states[s.tracking]);
  }
  return states;
});
