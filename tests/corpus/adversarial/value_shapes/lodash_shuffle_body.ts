// SDK: windmill-client 1.818.0 client.mjs _allocKey: keys follow call order; lodash's shuffle uses Math.random, so each replay sends the batches in another order.
import _ from "lodash";
import { task, workflow } from "windmill-client";

const send = task(async (batch: string[]) => ({ n: batch.length }));

export const main = workflow(async (emails: string[]) => {
  const batches = _.chunk(_.shuffle(emails), 50); // expect: WAC102
  const out = [];
  for (const b of batches) out.push(await send(b));
  return out;
});
