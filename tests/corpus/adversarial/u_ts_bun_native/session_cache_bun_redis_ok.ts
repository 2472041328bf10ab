// SDK: windmill-client 1.818.0 workflow()/task()/sleep()/step() (client.mjs); Bun 1.2 RedisClient from "bun": constructing it does not connect, commands connect lazily when awaited
import { RedisClient } from "bun";
import { task, sleep, step, workflow } from "windmill-client";

const sessions = new RedisClient(process.env.SESSIONS_REDIS_URL ?? "redis://sessions:6379");

const lockout = task(async function lockout(userId: string) {
  await sessions.set(`lockout:${userId}`, "1");
  await sessions.expire(`lockout:${userId}`, 3600);
  return true;
});

const revokeTokens = task(async function revokeTokens(userId: string) {
  const res = await fetch(`https://auth.internal/users/${userId}/tokens`, { method: "DELETE" });
  return { revoked: res.ok };
});

export const main = workflow(async (userId: string, graceSeconds = 300) => {
  await lockout(userId);
  await sleep(graceSeconds);
  const { revoked } = await revokeTokens(userId);
  const active = await step("active_sessions", async () => {
    const ids = await sessions.smembers(`sessions:${userId}`);
    return ids.length;
  });
  return { userId, revoked, active };
});
