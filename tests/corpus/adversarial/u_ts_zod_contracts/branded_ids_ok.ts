// SDK: windmill-client 1.818.0 workflow()/task()/parallel() (client.mjs: parallel batches fn(item) with Promise.all); zod 3 `.brand()` is a type-level marker, the runtime value stays a string
import { z } from "zod";
import { task, parallel, workflow } from "windmill-client";

const UserId = z.string().regex(/^usr_[a-z0-9]{12}$/).brand<"UserId">();
type UserId = z.infer<typeof UserId>;

const Input = z.object({
  users: z.array(UserId).min(1).max(500),
  reason: z.string().max(200),
});

const suspendUser = task(async function suspendUser(id: UserId) {
  const res = await fetch(`https://iam.internal/users/${id}/suspend`, { method: "POST" });
  return { id, ok: res.ok };
});

const auditLog = task(async function auditLog(ids: UserId[], reason: string) {
  await fetch("https://audit.internal/events", {
    method: "POST",
    body: JSON.stringify({ kind: "bulk_suspend", ids, reason }),
  });
});

export const main = workflow(async (raw: object) => {
  const { users, reason } = Input.parse(raw);
  const unique = [...new Set(users)];
  const results = await parallel(unique, suspendUser, { concurrency: 10 });
  const failed = results.filter((r) => !r.ok).map((r) => r.id);
  await auditLog(unique, reason);
  return { suspended: results.length - failed.length, failed };
});
