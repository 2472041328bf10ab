// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; node:https `request` in the body sends the POST again on every replay.
import https from "node:https";
import { task, workflow } from "windmill-client";

const render = task(async (reportId: string) => JSON.stringify({ reportId, rows: 40 }));

export const main = workflow(async (reportId: string) => {
  const body = await render(reportId);
  const status = await new Promise<number>((resolve, reject) => {
    const req = https.request("https://ingest.example.com/reports", { method: "POST" }, (res) => resolve(res.statusCode ?? 0)); // expect: WAC101
    req.on("error", reject);
    req.end(body);
  });
  return { status };
});
