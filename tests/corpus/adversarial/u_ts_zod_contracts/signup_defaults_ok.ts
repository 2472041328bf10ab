// SDK: windmill-client 1.818.0 workflow()/task()/step() (client.mjs: step checkpoints its value); zod 3 literal `.default(v)` values are constants, the random id is drawn in a step
import { z } from "zod";
import { task, step, workflow } from "windmill-client";

const SignupSchema = z.object({
  email: z.string().email().transform((e) => e.toLowerCase()),
  plan: z.enum(["free", "team", "enterprise"]).default("free"),
  seats: z.number().int().positive().default(1),
  tags: z.array(z.string()).default([]),
  requestId: z.string().uuid().optional(),
});
type Signup = z.infer<typeof SignupSchema>;

const createAccount = task(async function createAccount(s: Signup, requestId: string) {
  const res = await fetch("https://accounts.internal/v1/accounts", {
    method: "POST",
    headers: { "Idempotency-Key": requestId },
    body: JSON.stringify({ email: s.email, plan: s.plan, seats: s.seats }),
  });
  return (await res.json()) as { accountId: string };
});

export const main = workflow(async (payload: object) => {
  const parsed = SignupSchema.safeParse(payload);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((i) => i.message) };
  }
  const signup = parsed.data;
  const requestId = signup.requestId ?? (await step("request_id", () => crypto.randomUUID()));
  const { accountId } = await createAccount(signup, requestId);
  return { ok: true, accountId, requestId };
});
