// SDK: windmill-client 1.818.0 client.mjs: the body replays from the top; `Notifier.announce` calls `this.deliver`, which `WebhookNotifier` overrides with a `fetch` POST, so the message is posted on every replay.
import { task, workflow } from "windmill-client";

class Notifier {
  announce(text: string) {
    this.deliver(`[deploy] ${text}`);
  }
  deliver(text: string): void {
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

export const main = workflow(async (service: string, hook: string) => {
  const version = await deploy(service);
  new WebhookNotifier(hook).announce(version); // expect: WAC101
  return version;
});
