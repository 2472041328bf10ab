// SDK: windmill-client 1.818.0 index.js `step`: the callback's value is checkpointed (`_runInlineStep`), so the parent's job id read there is the value every later round and the task's child job replay get back from `completed`
// Ported from a Temporal workflow that used `workflowInfo().workflowId` as the supplier's idempotency key.
import { step, task, workflow } from "windmill-client";

const orderHardware = task(async function orderHardware(model: string, idempotencyKey: string): Promise<{ po: string }> {
  const r = await fetch("https://parts.luthiers.example/api/orders", {
    method: "POST",
    headers: { "Idempotency-Key": idempotencyKey },
    body: JSON.stringify({ model, kit: "tuners+bridge" }),
  });
  return (await r.json()) as { po: string };
});

export const main = workflow(async (model: string, serial: string) => {
  const runId = await step("run_id", () => process.env.WM_JOB_ID ?? serial);
  const { po } = await orderHardware(model, `commission-${runId}`);
  return { serial, po };
});
