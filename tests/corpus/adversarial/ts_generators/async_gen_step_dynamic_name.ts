// SDK: windmill-client 1.818.0 client.mjs step(name, fn): the name is the checkpoint key; the guide asks for literal names, and this one is built from the account id in an async generator the body drains under for await.
import { step, workflow } from "windmill-client";

async function* snapshots(accountIds: string[]) {
  for (const id of accountIds) {
    yield await step(`snapshot-${id}`, () => ({ id, at: new Date().toISOString() }));
  }
}

export const main = workflow(async (accountIds: string[]) => {
  const out: unknown[] = [];
  for await (const s of snapshots(accountIds)) out.push(s); // expect: WAC103
  return out;
});
