// SDK: windmill-client 1.818.0 client.mjs: timeago.js's format(date, locale, { relativeDate }) counts from the date given (here the digest's own cut-off, an input).
import { format } from "timeago.js";
import { task, workflow } from "windmill-client";

const postDigest = task(async (text: string) => ({ text }));

export const main = workflow(async (items: { title: string; at: string }[], cutoff: string) => {
  const lines = items.map((i) => `${i.title} (${format(i.at, "en_US", { relativeDate: cutoff })})`);
  return await postDigest(lines.join("\n"));
});
