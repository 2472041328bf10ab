// SDK: client.mjs 1.818.0 step(name, fn) runs fn once and checkpoints it; the awilix-built audit log records from inside the step, and the body reads only a value registered with asValue
import { asClass, asValue, createContainer, InjectionMode } from "awilix";
import { step, task, workflow } from "windmill-client";

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
  auditEndpoint: asValue("https://audit.internal/api/events"),
  offboardReasons: asValue(["left", "terminated", "contract_end"] as const),
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
  const known = (container.cradle.offboardReasons as readonly string[]).includes(reason);
  const sessions = await revokeSessions(userId);
  const user = await disableUser(userId);
  await step("audit", () => container.cradle.auditLog.record("offboard", userId, { reason, known, ...sessions, ...user }));
  return { userId, offboarded: user.disabled };
});
