// SDK: windmill-client 1.818.0 client.mjs: `parseAsync` runs the schema's async refinements; one that asks an API whether the domain resolves makes the body's parse a request every replay.
import { z } from "zod";
import { task, workflow } from "windmill-client";

const Signup = z.object({
  email: z.string().email(),
  company: z.string().refine(async (domain) => {
    const r = await fetch(`https://dns.google/resolve?name=${encodeURIComponent(domain)}&type=MX`);
    return ((await r.json()) as { Answer?: unknown[] }).Answer !== undefined;
  }, "company domain has no MX record"),
});

const createAccount = task(async (email: string, company: string) => ({ email, company, created: true }));

export const main = workflow(async (email: string, company: string) => {
  const input = await Signup.parseAsync({ email, company }); // expect: WAC101
  return await createAccount(input.email, input.company);
});
