import { BaseSender } from "./base_sender.ts";

export class WebhookSender extends BaseSender {
  async deliver(text: string): Promise<string> {
    await fetch("https://hooks.example/out", { method: "POST", body: text });
    return text;
  }
}
