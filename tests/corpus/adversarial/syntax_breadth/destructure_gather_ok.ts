// SDK: windmill-client 1.818.0 client.mjs: `Promise.all` awaits both task thenables; destructuring with renames reads the checkpointed results.
import { task, workflow } from "windmill-client";

const scoreCredit = task(async (customerId: string) => ({ score: 710 }));
const scoreFraud = task(async (customerId: string) => ({ probability: 0.02 }));

export const main = workflow(async (customerId: string) => {
  const [{ score: credit }, { probability: fraud = 0 }] = await Promise.all([scoreCredit(customerId), scoreFraud(customerId)]);
  return { customerId, credit, fraud, ok: credit > 650 && fraud < 0.1 };
});
