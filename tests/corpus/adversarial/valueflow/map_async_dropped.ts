// SDK: windmill-client 1.818.0 client.mjs: the promises the async map callback returns are dropped, so the tasks' results and failures are never observed.
import { task, workflow } from "windmill-client";

const revokeToken = task(async (tokenId: string) => ({ tokenId, revoked: true }));
const listTokens = task(async (userId: string) => [`${userId}-web`, `${userId}-cli`]);

export const main = workflow(async (userId: string) => {
  const tokens = await listTokens(userId);
  tokens.map(async (t) => await revokeToken(t)); // expect: WAC106
  return { user: userId, revoking: tokens.length };
});
