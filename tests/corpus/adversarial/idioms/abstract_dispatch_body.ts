// SDK: windmill-client 1.818.0 client.mjs `workflow`: the body re-runs on replay; `notifyAll` (a base-class method) calls `this.send`, which for the `WebhookNotifier` built here is a `fetch`.
import { task, workflow } from "windmill-client";

abstract class Notifier {
  abstract send(text: string): Promise<number>;

  async notifyAll(lines: string[]): Promise<number[]> {
    const out: number[] = [];
    for (const line of lines) out.push(await this.send(line));
    return out;
  }
}

class WebhookNotifier extends Notifier {
  constructor(private readonly url: string) {
    super();
  }
  async send(text: string): Promise<number> {
    return (await fetch(this.url, { method: "POST", body: text })).status;
  }
}

const summarize = task(async function summarize(runId: string) {
  return [`run ${runId} finished`, "0 errors"];
});

export const main = workflow(async (runId: string, hookUrl: string) => {
  const lines = await summarize(runId);
  return await new WebhookNotifier(hookUrl).notifyAll(lines); // expect: WAC101
});
