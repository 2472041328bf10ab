// SDK: windmill-client 1.818.0 client.mjs: a file write in the workflow body happens again on every replay round.
import * as fs from "node:fs";
import { task, workflow } from "windmill-client";

const countWords = task(async (text: string) => text.split(/\s+/).filter(Boolean).length);

export const main = workflow(async (text: string, reportPath: string) => {
  const words = await countWords(text);
  fs.writeFileSync(reportPath, JSON.stringify({ words })); // expect: WAC101
  return { words };
});
