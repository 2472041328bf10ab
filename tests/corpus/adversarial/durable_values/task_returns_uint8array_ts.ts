// SDK: windmill-client 1.818.0 client.mjs: a Uint8Array crosses JSON as an object of indexes ({"0": 137, ...}); the caller's .length is undefined.
import { task, workflow } from "windmill-client";

const thumbnail = task(async (url: string) => {
  const res = await fetch(url);
  return new Uint8Array(await res.arrayBuffer()); // expect: WAC107
});

const upload = task(async (size: number) => size);

export const main = workflow(async (url: string) => {
  const bytes = await thumbnail(url);
  return await upload(bytes.length);
});
