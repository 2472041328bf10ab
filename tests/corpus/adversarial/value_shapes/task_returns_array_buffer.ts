// SDK: windmill-client 1.818.0 client.mjs: a task's result is JSON-encoded; an ArrayBuffer has no enumerable properties and comes back as `{}`.
import { task, workflow } from "windmill-client";

const download = task(async (url: string) => {
  const r = await fetch(url);
  return await r.arrayBuffer(); // expect: WAC107
});
const upload = task(async (bytes: number) => ({ bytes }));

export const main = workflow(async (url: string) => {
  const buf = await download(url);
  return await upload(buf.byteLength);
});
