// SDK: windmill-client 1.818.0 client.mjs task(): a task handed to .map dispatches one durable child per url.
import { task, workflow } from "windmill-client";

const status = task(async (u: string) => (await fetch(u)).status);
const statuses = task(async (codes: number[]) => codes.filter((c) => c >= 400).length);

export const main = workflow(async (urls: string[]) => {
  const codes = await Promise.all(urls.map((u) => status(u)));
  return await statuses(codes);
});
