// SDK: windmill-client 1.818.0 client.mjs: the task returns a base64 string, which survives the JSON checkpoint.
import { task, workflow } from "windmill-client";

const download = task(async (url: string) => {
  const r = await fetch(url);
  return Buffer.from(await r.arrayBuffer()).toString("base64");
});
const upload = task(async (bytes: number) => ({ bytes }));

export const main = workflow(async (url: string) => {
  const b64 = await download(url);
  return await upload(Math.floor((b64.length * 3) / 4));
});
