// SDK: windmill-client 1.818.0 workflow()/task()/sleep() (client.mjs: sleep suspends, the body replays after it); Bun 1.2 `redis` / `RedisClient` from "bun" send commands when awaited
import { redis, RedisClient } from "bun";
import { task, sleep, workflow } from "windmill-client";

const sessions = new RedisClient(process.env.SESSIONS_REDIS_URL ?? "redis://sessions:6379");

const revokeTokens = task(async function revokeTokens(userId: string) {
  const res = await fetch(`https://auth.internal/users/${userId}/tokens`, { method: "DELETE" });
  return { revoked: res.ok };
});

const sendNotice = task(async function sendNotice(userId: string) {
  await fetch("https://notify.internal/push", {
    method: "POST",
    body: JSON.stringify({ userId, kind: "session_revoked" }),
  });
});

export const main = workflow(async (userId: string, graceSeconds = 300) => {
  // mark the account so the edge stops issuing new sessions right away
  await redis.set(`lockout:${userId}`, "1"); // expect: WAC101

  await sleep(graceSeconds);
  const { revoked } = await revokeTokens(userId);

  const active = await sessions.smembers(`sessions:${userId}`); // expect: WAC101
  await sendNotice(userId);
  return { userId, revoked, active: active.length };
});
