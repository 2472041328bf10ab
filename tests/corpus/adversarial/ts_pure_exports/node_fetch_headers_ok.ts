// SDK: windmill-client 1.818.0 client.mjs: node-fetch's Headers / Request objects are built in memory (no request until fetch); building the header set in the body and sending it from the task is fine.
import fetch, { Headers } from "node-fetch";
import { task, workflow } from "windmill-client";

const send = task(async (url: string, headers: Record<string, string>, body: string) => {
  const r = await fetch(url, { method: "POST", headers, body });
  return { status: r.status };
});

export const main = workflow(async (url: string, token: string, traceId: string, payload: { [k: string]: unknown }) => {
  const h = new Headers({ "Content-Type": "application/json" });
  h.set("Authorization", `Bearer ${token}`);
  h.append("X-Trace-Id", traceId);
  return await send(url, Object.fromEntries(h.entries()), JSON.stringify(payload));
});
