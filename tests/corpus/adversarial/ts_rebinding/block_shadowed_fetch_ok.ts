// SDK: windmill-client 1.818.0 client.mjs: `fetch` here is a local const of the body; the global fetch is never called.
import { task, workflow } from "windmill-client";

const enrich = task(async (id: string) => ({ id, name: "acme" }));

export const main = workflow(async (id: string) => {
  const e = await enrich(id);
  {
    const fetch = async (url: string, init: { body: string }) => ({ url, sent: init.body.length });
    const preview = await fetch("https://crm.example.com/accounts", { body: JSON.stringify(e) });
    return { e, preview };
  }
});
