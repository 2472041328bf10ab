// SDK: windmill-client 1.818.0 client.mjs _allocKey: keys follow call order; sortBy, uniq and chunk depend only on the input, so every replay sends the same batches.
import _ from "lodash";
import { task, workflow } from "windmill-client";

const send = task(async (batch: string[]) => ({ n: batch.length }));

export const main = workflow(async (emails: string[]) => {
  const batches = _.chunk(_.sortBy(_.uniq(emails)), 50);
  const out = [];
  for (const b of batches) out.push(await send(b));
  return out;
});
