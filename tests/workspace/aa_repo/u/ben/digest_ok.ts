// SDK: windmill-client 1.818.0 taskScript(path) passes the object's keys as the script's args; step() checkpoints fn()
import { step, taskScript, workflow } from "windmill-client";
import { slug } from "/f/kit/index.ts";
import { Channel, DEFAULT_LIMIT } from "/f/kit/types.ts";

// Declared here, not imported: Windmill's parser reads only this file's types.
type Period = "daily" | "weekly" | "monthly" | "quarterly";

const notify = taskScript("f/shop/notify");
const labels = taskScript("f/orders/ship_label");

export const main = workflow(
  async (period: Period, channel: string = Channel.Slack, limit: number = DEFAULT_LIMIT) => {
    const title = await step("title", () => `Shop digest (${period}) on ${new Date().toDateString()}`);
    const picked = await step("picked", () => ({ limit, via: channel }));

    await labels({ order_id: `digest-${period}`, carrier: "dhl", weight_grams: 120 });
    await notify({ slack: "$res:f/shop/slack", channel: "#digest", text: title });

    return { title, ref: slug("digest", period), picked };
  },
);
