// SDK: windmill-client 1.818.0 step() checkpoints the timestamp; this toJSON only copies fields, so JSON.stringify gives the same text each round
import { step, task, workflow } from "windmill-client";

class AuditEvent {
  constructor(
    readonly actor: string,
    readonly action: string,
    readonly target: string,
    readonly recordedAt: string,
  ) {}

  toJSON() {
    return { actor: this.actor, action: this.action, target: this.target, recordedAt: this.recordedAt };
  }

  toString() {
    return `${this.actor} ${this.action} ${this.target}`;
  }
}

const revokeAccess = task(async (userId: string, resource: string) => {
  const res = await fetch(`https://iam.internal/users/${userId}/grants/${resource}`, { method: "DELETE" });
  return res.status;
});

const appendAudit = task(async (payload: string) => {
  const res = await fetch("https://audit.internal/events", { method: "POST", body: payload });
  return res.status;
});

export const main = workflow(async (admin: string, userId: string, resources: string[]) => {
  const startedAt = await step("started_at", () => new Date().toISOString());
  const statuses: number[] = [];
  for (const resource of resources) {
    statuses.push(await revokeAccess(userId, resource));
    const event = new AuditEvent(admin, "revoke", `${userId}/${resource}`, startedAt);
    console.log(String(event));
    await appendAudit(JSON.stringify(event));
  }
  return statuses;
});
