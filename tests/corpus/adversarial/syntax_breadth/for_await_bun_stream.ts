// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; reading a file stream with `for await` in the body reads the disk again each round.
import { task, workflow } from "windmill-client";

const ingestChunk = task(async (path: string, text: string) => text.length);

export const main = workflow(async (path: string) => {
  const decoder = new TextDecoder();
  let buffered = "";
  for await (const chunk of Bun.file(path).stream()) { // expect: WAC101
    buffered += decoder.decode(chunk);
  }
  return await ingestChunk(path, buffered);
});
