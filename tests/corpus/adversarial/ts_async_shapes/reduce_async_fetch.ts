// SDK: windmill-client 1.818.0 client.mjs: the body replays; the reduce callback is body code and its fetch runs again on replay.
import { task, workflow } from "windmill-client";

const save = task(async (total: number) => ({ total }));

export const main = workflow(async (accounts: string[]) => {
  const total = await accounts.reduce(async (accP, acct) => {
    const acc = await accP;
    const r = await fetch(`https://bank.example.com/balance/${acct}`); // expect: WAC101
    return acc + Number(await r.text());
  }, Promise.resolve(0));
  return await save(total);
});
