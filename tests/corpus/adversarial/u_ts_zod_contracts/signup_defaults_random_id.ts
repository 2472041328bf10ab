// SDK: windmill-client 1.818.0 workflow()/task() (client.mjs: the body replays every round); zod 3 `.default(fn)` calls fn during parse when the field is missing
import { z } from "zod";
import { task, workflow } from "windmill-client";

const SignupSchema = z.object({
  email: z.string().email(),
  plan: z.enum(["free", "team", "enterprise"]).default("free"),
  referral: z.string().optional(),
  requestId: z.string().uuid().default(() => crypto.randomUUID()),
});
type Signup = z.infer<typeof SignupSchema>;

const createAccount = task(async function createAccount(s: Signup) {
  const res = await fetch("https://accounts.internal/v1/accounts", {
    method: "POST",
    headers: { "Idempotency-Key": s.requestId },
    body: JSON.stringify({ email: s.email, plan: s.plan }),
  });
  return (await res.json()) as { accountId: string };
});

const sendWelcome = task(async function sendWelcome(email: string, accountId: string) {
  await fetch("https://mail.internal/send", {
    method: "POST",
    body: JSON.stringify({ to: email, template: "welcome", accountId }),
  });
});

export const main = workflow(async (payload: object) => {
  const signup = SignupSchema.parse(payload); // expect: WAC102
  const { accountId } = await createAccount(signup);
  await sendWelcome(signup.email, accountId);
  return { accountId, requestId: signup.requestId };
});
