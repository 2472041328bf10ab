import { post } from "./http.ts";
import { truncate } from "./text.ts";

export async function notifyChannel(channel: string, text: string) {
  return post("/slack/messages", { channel, text: truncate(text) });
}
