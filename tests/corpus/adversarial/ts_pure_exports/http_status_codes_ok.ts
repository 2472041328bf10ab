// SDK: windmill-client 1.818.0 client.mjs: node:http's STATUS_CODES is a constant table of reason phrases; reading it in the body opens nothing.
import { STATUS_CODES } from "node:http";
import { task, workflow } from "windmill-client";

const check = task(async (url: string) => ({ url, status: (await fetch(url, { method: "HEAD" })).status }));

export const main = workflow(async (urls: string[]) => {
  const out = [];
  for (const u of urls) {
    const r = await check(u);
    out.push(`${u}: ${r.status} ${STATUS_CODES[r.status] ?? "Unknown"}`);
  }
  return out;
});
