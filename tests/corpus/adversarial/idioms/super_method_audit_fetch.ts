// SDK: windmill-client 1.818.0 client.mjs `workflow`: the body re-runs after every task; `super.write(...)` reaches the base sink's `fetch` on each replay.
import { task, workflow } from "windmill-client";

class HttpSink {
  constructor(private readonly url: string) {}
  async write(event: Record<string, unknown>): Promise<number> {
    const res = await fetch(this.url, { method: "POST", body: JSON.stringify(event) });
    return res.status;
  }
}

class AuditedSink extends HttpSink {
  override async write(event: Record<string, unknown>): Promise<number> {
    return super.write({ ...event, audited: true });
  }
}

const classify = task(async function classify(ticketId: string) {
  return "billing";
});

export const main = workflow(async (ticketId: string, hookUrl: string) => {
  const queue = await classify(ticketId);
  const status = await new AuditedSink(hookUrl).write({ ticketId, queue }); // expect: WAC101
  return { queue, status };
});
