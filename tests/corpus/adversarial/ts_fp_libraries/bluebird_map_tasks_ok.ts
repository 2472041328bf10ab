// SDK: windmill-client 1.818.0 client.mjs: Bluebird.mapSeries over tasks dispatches them one after another in input order; each task call is a durable step.
import Bluebird from "bluebird";
import { task, workflow } from "windmill-client";

const probe = task(async (url: string) => ({ url, up: (await fetch(url, { method: "HEAD" })).ok }));
const recordUptime = task(async (report: { url: string; up: boolean }[]) => ({ checked: report.length }));

export const main = workflow(async (urls: string[]) => {
  const report = await Bluebird.mapSeries(urls, (url) => probe(url));
  return await recordUptime(report);
});
