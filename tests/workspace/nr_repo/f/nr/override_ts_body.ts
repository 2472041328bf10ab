import { workflow } from "windmill-client";
import { HttpReporter } from "/f/lib/ts_http_reporter.ts";

export const main = workflow(async (target: string, line: string) => {
  const reporter = new HttpReporter(target);
  return await reporter.report(line); // expect: WAC101
});
