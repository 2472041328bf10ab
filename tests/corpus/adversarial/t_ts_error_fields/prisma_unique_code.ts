// SDK: dist/wacError.mjs 1.818.0 taskErrorFromMarker: a failed task reaches the body as `new Error(message)` with only name "TaskError", result, step_key and child_job_id; Prisma's `code` is not among them, so `e.code === "P2002"` is never true there
import { task, workflow } from "windmill-client";
import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

type Signup = { email: string; name: string; referrer?: string };

const createUser = task(async function createUser(email: string, name: string) {
  const user = await prisma.user.create({ data: { email, name } });
  return { id: user.id, email: user.email };
});

const findUser = task(async function findUser(email: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { email } });
  return { id: user.id, email: user.email };
});

const creditReferrer = task(async function creditReferrer(referrer: string, newUserId: string) {
  await prisma.referral.create({ data: { referrerEmail: referrer, referredId: newUserId, credits: 10 } });
  return { credited: true };
});

export const main = workflow(async (signup: Signup) => {
  let user: { id: string; email: string };
  try {
    user = await createUser(signup.email, signup.name);
  } catch (e: any) {
    if (e?.code === "P2002") { // expect: WAC204
      // already registered: reuse the existing account
      user = await findUser(signup.email);
    } else {
      throw e;
    }
  }
  if (signup.referrer) {
    await creditReferrer(signup.referrer, user.id);
  }
  return user;
});
