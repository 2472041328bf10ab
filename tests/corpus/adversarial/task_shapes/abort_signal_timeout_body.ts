// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; the fetch bounded by AbortSignal.timeout is still an HTTP call made again each round.
import { task, workflow } from "windmill-client";

const record = task(async (ok: boolean) => ({ ok }));

export const main = workflow(async (url: string) => {
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) }); // expect: WAC101
  return await record(res.ok);
});
