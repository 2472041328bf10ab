import { task, workflow } from "windmill-client";
import { Reporter } from "/f/lib/ts_reporter.ts";
import { HttpReporter } from "/f/lib/ts_http_reporter.ts";

const send = task(async (target: string, line: string) => new HttpReporter(target).report(line));

export const main = workflow(async (target: string, line: string) => {
  const preview = await new Reporter(target).report(line);
  return { preview, sent: await send(target, preview) };
});
