// SDK: windmill-client 1.818.0 client.mjs: timeago.js's format(date) is relative to the current time ("3 hours ago") unless given `relativeDate`; in the body the digest text changes between replays.
import { format } from "timeago.js";
import { task, workflow } from "windmill-client";

const postDigest = task(async (text: string) => ({ text }));

export const main = workflow(async (items: { title: string; at: string }[]) => {
  const lines = items.map((i) => `${i.title} (${format(i.at)})`); // expect: WAC102
  return await postDigest(lines.join("\n"));
});
