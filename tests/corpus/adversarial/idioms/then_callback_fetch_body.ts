// SDK: windmill-client 1.818.0 client.mjs: `task(...)` returns a promise whose `.then` callback runs in the body once the task's result is replayed, so its `fetch` runs on every replay.
import { task, workflow } from "windmill-client";

const resolveWebhook = task(async function resolveWebhook(tenant: string) {
  return { url: `https://hooks.example.com/${tenant}` };
});

export const main = workflow(async (tenant: string, message: string) => {
  const status = await resolveWebhook(tenant).then((cfg) =>
    fetch(cfg.url, { method: "POST", body: message }).then((r) => r.status), // expect: WAC101
  );
  return { status };
});
