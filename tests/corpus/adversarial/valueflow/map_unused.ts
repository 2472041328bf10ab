// SDK: windmill-client 1.818.0 client.mjs: each task call pushes a pending step and returns a thenable; an array of them nobody awaits is never observed.
import { task, workflow } from "windmill-client";

const expireSession = task(async (sessionId: string) => ({ sessionId, expired: true }));
const listSessions = task(async (userId: string) => [`${userId}-a`, `${userId}-b`]);

export const main = workflow(async (userId: string) => {
  const sessions = await listSessions(userId);
  const expiring = sessions.map((s) => expireSession(s)); // expect: WAC106
  return { user: userId, sessions: sessions.length };
});
