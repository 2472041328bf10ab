// SDK: windmill-client 1.818.0 client.mjs: step() is an async function, so it returns a real Promise with `.catch`; the callback rethrows the StepSuspend before falling back.
import { step, workflow } from "windmill-client";

export const main = workflow(async (domain: string) => {
  const company = await step("lookup_company", async () => {
    const res = await fetch(`https://api.example.com/companies/${domain}`);
    return (await res.json()) as { name: string };
  }).catch((e: any) => {
    if (e?.name === "StepSuspend") throw e;
    return { name: "unknown" };
  });
  return { domain, company: company.name };
});
