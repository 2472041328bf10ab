// SDK: windmill-client 1.818.0 client.mjs task(): an async reduce awaits the accumulator before each task, so tasks run one after another with stable keys.
import { task, workflow } from "windmill-client";

const charge = task(async (id: string) => ({ id, cents: 100 }));

export const main = workflow(async (ids: string[]) => {
  const all = await ids.reduce(
    async (accP, id) => {
      const acc = await accP;
      acc.push(await charge(id));
      return acc;
    },
    Promise.resolve([] as { id: string; cents: number }[]),
  );
  return all.length;
});
