// SDK: windmill-client 1.818.0 client.mjs: the body replays; a `fetch` shadowed only inside a block leaves the global fetch outside it.
import { task, workflow } from "windmill-client";

const enrich = task(async (id: string) => ({ id, name: "acme" }));

export const main = workflow(async (id: string, dryRun: boolean) => {
  const e = await enrich(id);
  if (dryRun) {
    const fetch = async (url: string, init: { body: string }) => ({ url, sent: init.body.length });
    return await fetch("https://crm.example.com/accounts", { body: JSON.stringify(e) });
  }
  await fetch("https://crm.example.com/accounts", { method: "POST", body: JSON.stringify(e) }); // expect: WAC101
  return e;
});
