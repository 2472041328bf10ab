// Clean each tap line and log it on the pour report.
import { step, workflow } from "windmill-client";
import { DEFAULT_LINE, lineStep, sanitize } from "/f/brew/kit/index.ts";

export const main = workflow(async (lines: string[]) => {
  const cleaned: string[] = [];
  for (const line of lines.length ? lines : [DEFAULT_LINE]) {
    const res = await sanitize(line);
    cleaned.push(res.line);
    await step("line-clean", () => ({ line, label: lineStep(line), cleaned: true }));
  }
  return { cleaned };
});
