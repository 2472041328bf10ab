// SDK: windmill-client 1.818.0 client.mjs: the same TaskEither run inside a task; the body branches on the task's checkpointed Either-shaped result.
import * as E from "fp-ts/Either";
import { pipe } from "fp-ts/function";
import * as TE from "fp-ts/TaskEither";
import { task, workflow } from "windmill-client";

const fetchProfile = (id: string) =>
  pipe(
    TE.tryCatch(() => fetch(`https://crm.example.com/api/people/${id}`).then((r) => r.json() as Promise<{ email: string }>), E.toError),
    TE.map((p) => p.email.toLowerCase()),
  );

const lookupEmail = task(async (id: string) => {
  const r = await fetchProfile(id)();
  return E.isLeft(r) ? { ok: false as const, error: r.left.message } : { ok: true as const, email: r.right };
});
const sendWelcome = task(async (email: string) => ({ email, sent: true }));

export const main = workflow(async (personId: string) => {
  const found = await lookupEmail(personId);
  if (!found.ok) return { error: found.error };
  return await sendWelcome(found.email);
});
