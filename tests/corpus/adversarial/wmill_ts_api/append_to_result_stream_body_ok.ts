// SDK: windmill-client 1.818.0 client.mjs appendToResultStream(): only console.log("WM_STREAM: ...") of the text; printing in the body is not an API call.
import * as wmill from "windmill-client";
import { task, workflow } from "windmill-client";

const translate = task(async (line: string) => line.toUpperCase());

export const main = workflow(async (lines: string[]) => {
  const out: string[] = [];
  for (const line of lines) {
    const t = await translate(line);
    wmill.appendToResultStream(t);
    out.push(t);
  }
  return out;
});
