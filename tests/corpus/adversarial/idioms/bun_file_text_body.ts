// SDK: windmill-client 1.818.0 client.mjs `workflow`: the body replays from the top; `Bun.file(path).text()` reads the file in the body each round.
import { task, workflow } from "windmill-client";

const sendBatch = task(async function sendBatch(emails: string[]) {
  return emails.length;
});

export const main = workflow(async (listPath: string) => {
  const text = await Bun.file(listPath).text(); // expect: WAC101
  const emails = text.split("\n").filter(Boolean);
  return await sendBatch(emails);
});
