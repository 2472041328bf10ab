// SDK: windmill-client 1.818.0 client.mjs: a task returns its dates as ISO strings (JSON); building Date objects from them in the body and comparing them reads no clock.
import { task, workflow } from "windmill-client";

const loadSubscription = task(async (id: string) => ({ id, renewsAt: "2026-12-31T00:00:00.000Z", trialEndsAt: "2026-12-15T00:00:00.000Z" }));
const sendNotice = task(async (id: string, days: number) => ({ id, days }));

export const main = workflow(async (subscriptionId: string) => {
  const sub = await loadSubscription(subscriptionId);
  const renews = new Date(sub.renewsAt);
  const trialEnds = new Date(sub.trialEndsAt);
  const gapDays = Math.round((renews.getTime() - trialEnds.getTime()) / 86_400_000);
  if (gapDays > 7) return await sendNotice(sub.id, gapDays);
  return { id: sub.id, gapDays, noticed: false };
});
