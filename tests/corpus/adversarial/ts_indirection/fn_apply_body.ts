// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; `sendMetric.apply(...)` runs the helper in the body and pushes the gauge again each replay.
import { task, workflow } from "windmill-client";

async function sendMetric(name: string, value: number): Promise<void> {
  await fetch("https://metrics.example.com/push", {
    method: "POST",
    body: JSON.stringify({ name, value }),
  });
}

const countRows = task(async (table: string) => table.length * 100);

export const main = workflow(async (table: string) => {
  const rows = await countRows(table);
  await sendMetric.apply(undefined, ["etl.rows", rows]); // expect: WAC101
  return rows;
});
