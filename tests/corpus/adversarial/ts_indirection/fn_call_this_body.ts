// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; `notify.call(...)` runs notify in the body, so its PagerDuty request is sent again on every replay.
import { task, workflow } from "windmill-client";

async function notify(this: unknown, routingKey: string, summary: string) {
  const r = await fetch("https://events.pagerduty.com/v2/enqueue", {
    method: "POST",
    body: JSON.stringify({ routing_key: routingKey, event_action: "trigger", payload: { summary } }),
  });
  return r.status;
}

const check = task(async (service: string) => ({ service, healthy: false }));

export const main = workflow(async (service: string, routingKey: string) => {
  const status = await check(service);
  if (!status.healthy) {
    await notify.call(null, routingKey, `${service} is down`); // expect: WAC101
  }
  return status;
});
