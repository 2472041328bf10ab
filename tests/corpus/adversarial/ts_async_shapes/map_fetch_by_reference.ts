// SDK: windmill-client 1.818.0 client.mjs: the body replays; fetch handed to .map sends one request per url on every replay.
import { task, workflow } from "windmill-client";

const statuses = task(async (codes: number[]) => codes.filter((c) => c >= 400).length);

export const main = workflow(async (urls: string[]) => {
  const responses = await Promise.all(urls.map(fetch)); // expect: WAC101
  return await statuses(responses.map((r) => r.status));
});
