import * as wmill from "windmill-client";
import { taskScript, workflow } from "windmill-client";

// a Windmill Hub script: Windmill fetches it from the Hub, it is in no repository
const post = taskScript("hub/19/slack/send_message_to_channel");

export const main = workflow(async (text: string) => {
  return await post({ channel: "ops", text });
});

export async function notify(text: string) {
  return await wmill.runScriptByPath("hub/19/slack/send_message_to_channel", { text });
}
