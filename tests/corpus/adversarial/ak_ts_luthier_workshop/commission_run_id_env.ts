// SDK: windmill-client 1.818.0 index.js `task`: a task of the file runs in a child job that replays the body (`_executingKey`) and calls the function with the arguments that replay computes; `WM_JOB_ID` there is the child job's id, so the "run id" the task receives is not the one the parent round read
// Ported from a Temporal workflow that used `workflowInfo().workflowId` as the supplier's idempotency key.
import { task, workflow } from "windmill-client";

const orderHardware = task(async function orderHardware(model: string, idempotencyKey: string): Promise<{ po: string }> {
  const r = await fetch("https://parts.luthiers.example/api/orders", {
    method: "POST",
    headers: { "Idempotency-Key": idempotencyKey },
    body: JSON.stringify({ model, kit: "tuners+bridge" }),
  });
  return (await r.json()) as { po: string };
});

export const main = workflow(async (model: string, serial: string) => {
  const runId = process.env.WM_JOB_ID ?? serial; // expect: WAC102
  const { po } = await orderHardware(model, `commission-${runId}`);
  return { serial, po };
});
