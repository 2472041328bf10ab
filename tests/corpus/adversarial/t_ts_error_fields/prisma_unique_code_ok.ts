// SDK: dist/wacError.mjs 1.818.0 taskErrorFromMarker: the body only sees name "TaskError", result, step_key, child_job_id; so the task itself maps Prisma's P2002 to a value the workflow branches on
import { task, workflow } from "windmill-client";
import { Prisma, PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

type Signup = { email: string; name: string; referrer?: string };

const createOrFindUser = task(async function createOrFindUser(email: string, name: string) {
  try {
    const user = await prisma.user.create({ data: { email, name } });
    return { id: user.id, email: user.email, created: true };
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      const existing = await prisma.user.findUniqueOrThrow({ where: { email } });
      return { id: existing.id, email: existing.email, created: false };
    }
    throw e;
  }
});

const creditReferrer = task(async function creditReferrer(referrer: string, newUserId: string) {
  await prisma.referral.create({ data: { referrerEmail: referrer, referredId: newUserId, credits: 10 } });
  return { credited: true };
});

export const main = workflow(async (signup: Signup) => {
  const user = await createOrFindUser(signup.email, signup.name);
  if (signup.referrer && user.created) {
    await creditReferrer(signup.referrer, user.id);
  }
  return user;
});
