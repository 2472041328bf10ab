// SDK: windmill-client 1.818.0 client.mjs: Bluebird.map calls its mapper in the body; a mapper that fetches requests every replay.
import Bluebird from "bluebird";
import { task, workflow } from "windmill-client";

const recordUptime = task(async (report: { url: string; up: boolean }[]) => ({ checked: report.length }));

export const main = workflow(async (urls: string[]) => {
  const report = await Bluebird.map(urls, async (url) => ({ url, up: (await fetch(url, { method: "HEAD" })).ok }), { concurrency: 5 }); // expect: WAC101
  return await recordUptime(report);
});
