// SDK: windmill-client 1.818.0 client.mjs: an fp-ts TaskEither is a function returning a promise; calling it (`await fetchUser()`) in the body runs its fetch on every replay.
import * as E from "fp-ts/Either";
import { pipe } from "fp-ts/function";
import * as TE from "fp-ts/TaskEither";
import { task, workflow } from "windmill-client";

const fetchProfile = (id: string) =>
  pipe(
    TE.tryCatch(() => fetch(`https://crm.example.com/api/people/${id}`).then((r) => r.json() as Promise<{ email: string }>), E.toError),
    TE.map((p) => p.email.toLowerCase()),
  );

const sendWelcome = task(async (email: string) => ({ email, sent: true }));

export const main = workflow(async (personId: string) => {
  const email = await fetchProfile(personId)(); // expect: WAC101
  if (E.isLeft(email)) return { error: email.left.message };
  return await sendWelcome(email.right);
});
