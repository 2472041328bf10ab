// SDK: windmill-client 1.818.0 replays the body each round; JSON.stringify calls the class's toJSON in the body, which stamps the clock into the task argument
import { task, workflow } from "windmill-client";

class AuditEvent {
  constructor(
    readonly actor: string,
    readonly action: string,
    readonly target: string,
  ) {}

  toJSON() {
    return {
      actor: this.actor,
      action: this.action,
      target: this.target,
      recordedAt: new Date().toISOString(),
    };
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
  const statuses: number[] = [];
  for (const resource of resources) {
    statuses.push(await revokeAccess(userId, resource));
    const payload = JSON.stringify(new AuditEvent(admin, "revoke", `${userId}/${resource}`)); // expect: WAC102
    await appendAudit(payload);
  }
  return statuses;
});
