import { BaseSender } from "./base_sender.ts";
import { WebhookSender } from "./webhook_sender.ts";

export function createSender(kind: string): BaseSender {
  return kind === "hook" ? new WebhookSender() : new BaseSender();
}

export function createLocal(): BaseSender {
  return new BaseSender();
}

export function senderFor(kind: "hook" | "local"): BaseSender {
  switch (kind) {
    case "hook":
      return new WebhookSender();
    default:
      return new BaseSender();
  }
}
