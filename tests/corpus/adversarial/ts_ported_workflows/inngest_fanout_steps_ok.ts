// SDK: windmill-client 1.818.0 client.mjs step(): `_runInlineStep` allocates its key before its first await, so steps started by `users.map` get `notify`, `notify_2`, ... in array order on every replay; each callback's fetch runs once.
import { step, task, workflow } from "windmill-client";

type User = { id: string; email: string };

const loadSegment = task(async (segment: string): Promise<User[]> => {
  const res = await fetch(`https://crm.example.com/segments/${encodeURIComponent(segment)}/users`);
  return (await res.json()) as User[];
});

async function postDigest(user: User, issue: string): Promise<boolean> {
  const res = await fetch("https://mail.example.com/send", {
    method: "POST",
    body: JSON.stringify({ to: user.email, template: "digest", issue }),
  });
  return res.ok;
}

// Inngest: await Promise.all(users.map((u) => step.run(`notify-${u.id}`, ...)))
// Windmill numbers repeated names itself, so the name stays a literal.
export const main = workflow(async (segment: string, issue: string) => {
  const users = await loadSegment(segment);
  const results = await Promise.all(users.map((u) => step("notify", () => postDigest(u, issue))));
  const delivered = results.filter(Boolean).length;
  console.log(`digest ${issue}: ${delivered}/${users.length} delivered`);
  return { delivered, total: users.length };
});
