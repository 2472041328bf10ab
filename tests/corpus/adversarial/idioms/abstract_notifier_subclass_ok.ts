// SDK: windmill-client 1.818.0 client.mjs `task`: the task's function (here a method of a subclass reached through `notifyAll`) runs inside its own step, not in the body.
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

const announce = task(async function announce(url: string, lines: string[]) {
  return await new WebhookNotifier(url).notifyAll(lines);
});

export const main = workflow(async (runId: string, hookUrl: string) => {
  const lines = await summarize(runId);
  return await announce(hookUrl, lines);
});
