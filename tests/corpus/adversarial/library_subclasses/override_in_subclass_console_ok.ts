// SDK: windmill-client 1.818.0 client.mjs: the body replays from the top; `ConsoleNotifier` overrides `deliver` with `console.log`, so `announce` only logs; the webhook subclass is used inside a task.
import { task, workflow } from "windmill-client";

class Notifier {
  announce(text: string) {
    this.deliver(`[deploy] ${text}`);
  }
  deliver(text: string): void {
    throw new Error("not implemented: " + text);
  }
}

class ConsoleNotifier extends Notifier {
  deliver(text: string) {
    console.log(text);
  }
}

class WebhookNotifier extends Notifier {
  constructor(private hook: string) {
    super();
  }
  deliver(text: string) {
    void fetch(this.hook, { method: "POST", body: JSON.stringify({ text }) });
  }
}

const deploy = task(async (service: string) => `${service}@v2`);
const tellSlack = task(async (hook: string, text: string) => new WebhookNotifier(hook).announce(text));

export const main = workflow(async (service: string, hook: string) => {
  const version = await deploy(service);
  new ConsoleNotifier().announce(version);
  await tellSlack(hook, version);
  return version;
});
