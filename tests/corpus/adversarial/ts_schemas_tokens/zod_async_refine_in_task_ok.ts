// SDK: windmill-client 1.818.0 client.mjs: the same schema parsed inside the task that creates the account; the body parses only with the pure schema.
import { z } from "zod";
import { task, workflow } from "windmill-client";

const Shape = z.object({ email: z.string().email(), company: z.string().min(2) });
const Signup = Shape.extend({
  company: z.string().refine(async (domain) => {
    const r = await fetch(`https://dns.google/resolve?name=${encodeURIComponent(domain)}&type=MX`);
    return ((await r.json()) as { Answer?: unknown[] }).Answer !== undefined;
  }, "company domain has no MX record"),
});

const createAccount = task(async (email: string, company: string) => {
  const input = await Signup.parseAsync({ email, company });
  return { email: input.email, company: input.company, created: true };
});

export const main = workflow(async (email: string, company: string) => {
  const input = Shape.parse({ email, company });
  return await createAccount(input.email, input.company);
});
