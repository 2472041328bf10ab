// SDK: windmill-client 1.818.0 StepSuspend must propagate; this breaker counts TaskError failures and rethrows every error it catches
import { task, workflow } from "windmill-client";

class CircuitBreaker {
  private failures = 0;
  constructor(private readonly threshold: number) {}

  get open(): boolean {
    return this.failures >= this.threshold;
  }

  async call<T>(run: () => PromiseLike<T>): Promise<T> {
    if (this.open) throw new Error("circuit open: too many failed tasks in this run");
    try {
      return await run();
    } catch (e) {
      if (e instanceof Error && e.name === "TaskError") this.failures++;
      throw e;
    }
  }
}

const syncContact = task(async (contactId: string) => {
  const res = await fetch(`https://crm.internal/contacts/${contactId}/sync`, { method: "POST" });
  if (!res.ok) throw new Error(`crm ${res.status}`);
  return contactId;
});

export const main = workflow(async (contactIds: string[]) => {
  const breaker = new CircuitBreaker(3);
  const synced: string[] = [];
  for (const id of contactIds) {
    synced.push(await breaker.call(() => syncContact(id)));
  }
  return { synced };
});
