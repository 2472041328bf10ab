// SDK: windmill-client 1.818.0 client.mjs: the bounded fetch runs inside the task's job; an AbortController is plain memory there.
import { task, workflow } from "windmill-client";

const check = task(async (url: string) => {
  const ctrl = new AbortController();
  const t = setTimeout(() => ctrl.abort(), 5000);
  try {
    return (await fetch(url, { signal: ctrl.signal })).ok;
  } finally {
    clearTimeout(t);
  }
});
const record = task(async (ok: boolean) => ({ ok }));

export const main = workflow(async (url: string) => {
  return await record(await check(url));
});
