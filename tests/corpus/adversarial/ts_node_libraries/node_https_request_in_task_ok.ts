// SDK: windmill-client 1.818.0 client.mjs: a task's function runs once in its own job and its result is checkpointed; node:https inside it is not repeated by replays.
import { request } from "node:https";
import { task, workflow } from "windmill-client";

const send = task(async (body: string) => {
  return await new Promise<number>((resolve, reject) => {
    const req = request("https://ingest.example.com/reports", { method: "POST" }, (res) => resolve(res.statusCode ?? 0));
    req.on("error", reject);
    req.end(body);
  });
});

export const main = workflow(async (reportId: string) => {
  const status = await send(JSON.stringify({ reportId }));
  return { status };
});
