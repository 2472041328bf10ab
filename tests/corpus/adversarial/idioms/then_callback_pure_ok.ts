// SDK: windmill-client 1.818.0 client.mjs: a `.then` callback on a task's promise runs in the body each replay; this one only reshapes the replayed result.
import { task, workflow } from "windmill-client";

const resolveWebhook = task(async function resolveWebhook(tenant: string) {
  return { url: `https://hooks.example.com/${tenant}`, secret: "s" };
});

const post = task(async function post(url: string, body: string) {
  return (await fetch(url, { method: "POST", body })).status;
});

export const main = workflow(async (tenant: string, message: string) => {
  const url = await resolveWebhook(tenant).then((cfg) => cfg.url.replace(/\/$/, ""));
  return await post(url, message);
});
