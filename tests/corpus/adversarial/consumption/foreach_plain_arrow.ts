// SDK: windmill-client 1.818.0 client.mjs: forEach drops what its callback returns, so each task's promise is never awaited.
import { task, workflow } from "windmill-client";

const revokeSession = task(async (sessionId: string) => ({ sessionId, revoked: true }));

export const main = workflow(async (sessionIds: string[]) => {
  sessionIds.forEach((id) => revokeSession(id)); // expect: WAC106
  return { revoked: sessionIds.length };
});
