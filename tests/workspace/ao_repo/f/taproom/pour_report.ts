// Clean each tap line and log it on the pour report.
import { step, workflow } from "windmill-client";
import { lineStep, sanitize, tapStep } from "/f/brew/kit/index.ts"; // expect: WAC403

export const main = workflow(async (lines: string[]) => {
  const cleaned: string[] = [];
  for (const line of lines) {
    const res = await sanitize(line);
    cleaned.push(res.line);
    await step(lineStep(line), () => ({ line, cleaned: true })); // expect: WAC103
  }
  const title = tapStep("summary");
  return { title, cleaned };
});
