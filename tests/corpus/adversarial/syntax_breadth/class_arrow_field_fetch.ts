// SDK: windmill-client 1.818.0 client.mjs: a class field holding an arrow function is a method in all but name; called from the body, its request runs on every replay.
import { task, workflow } from "windmill-client";

class Pager {
  constructor(private readonly routingKey: string) {}

  trigger = async (summary: string): Promise<number> => {
    const res = await fetch("https://events.pagerduty.com/v2/enqueue", {
      method: "POST",
      body: JSON.stringify({ routing_key: this.routingKey, event_action: "trigger", payload: { summary } }),
    });
    return res.status;
  };
}

const checkReplicaLag = task(async (cluster: string) => ({ cluster, lagSeconds: 120 }));

export const main = workflow(async (cluster: string, routingKey: string, maxLag = 60) => {
  const lag = await checkReplicaLag(cluster);
  if (lag.lagSeconds > maxLag) {
    const pager = new Pager(routingKey);
    await pager.trigger(`${cluster} replica lag ${lag.lagSeconds}s`); // expect: WAC101
  }
  return lag;
});
