// SDK: windmill-client 1.818.0 client.mjs: json-rules-engine evaluates facts given in memory against rules of the file.
import { Engine } from "json-rules-engine";
import { task, workflow } from "windmill-client";

const engine = new Engine();
engine.addRule({
  conditions: { all: [{ fact: "amount", operator: "greaterThan", value: 1000 }] },
  event: { type: "review" },
});
const review = task(async (orderId: string) => ({ orderId, queued: true }));

export const main = workflow(async (orderId: string, amount: number) => {
  const { events } = await engine.run({ amount });
  if (events.some((e) => e.type === "review")) return await review(orderId);
  return { orderId, queued: false };
});
