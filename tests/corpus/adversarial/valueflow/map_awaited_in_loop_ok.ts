// SDK: windmill-client 1.818.0 client.mjs: thenables created first and awaited one by one are all dispatched in the first round (pending) and consumed.
import { task, workflow } from "windmill-client";

const expireSession = task(async (sessionId: string) => ({ sessionId, expired: true }));
const listSessions = task(async (userId: string) => [`${userId}-a`, `${userId}-b`]);

export const main = workflow(async (userId: string) => {
  const sessions = await listSessions(userId);
  const jobs = sessions.map((s) => expireSession(s));
  const results = [];
  for (const job of jobs) results.push(await job);
  return { user: userId, expired: results.filter((r) => r.expired).length };
});
