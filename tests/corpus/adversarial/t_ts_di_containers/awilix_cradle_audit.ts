// SDK: client.mjs 1.818.0 workflow(fn) replays the body after each task; awilix builds `auditLog` from asClass(HttpAuditLog) on first access of `container.cradle.auditLog`, and its record() POSTs on each replay
import { asClass, asValue, createContainer, InjectionMode } from "awilix";
import { task, workflow } from "windmill-client";

class HttpAuditLog {
  private readonly endpoint: string;
  constructor({ auditEndpoint }: { auditEndpoint: string }) {
    this.endpoint = auditEndpoint;
  }

  async record(action: string, subject: string, detail: Record<string, unknown>): Promise<void> {
    await fetch(this.endpoint, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ action, subject, detail }),
    });
  }
}

const container = createContainer({ injectionMode: InjectionMode.PROXY });
container.register({
  auditEndpoint: asValue(process.env.AUDIT_ENDPOINT ?? "https://audit.internal/api/events"),
  auditLog: asClass(HttpAuditLog).singleton(),
});

const revokeSessions = task(async function revokeSessions(userId: string) {
  const res = await fetch(`https://idp.internal/api/users/${userId}/sessions`, { method: "DELETE" });
  return { userId, revoked: res.ok };
});

const disableUser = task(async function disableUser(userId: string) {
  const res = await fetch(`https://idp.internal/api/users/${userId}`, { method: "PATCH", body: JSON.stringify({ active: false }) });
  return { userId, disabled: res.ok };
});

export const main = workflow(async (userId: string, reason: string) => {
  const { auditLog } = container.cradle;
  const sessions = await revokeSessions(userId);
  const user = await disableUser(userId);
  await auditLog.record("offboard", userId, { reason, ...sessions, ...user }); // expect: WAC101
  return { userId, offboarded: user.disabled };
});
