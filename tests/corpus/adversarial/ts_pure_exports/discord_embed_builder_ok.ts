// SDK: windmill-client 1.818.0 client.mjs: discord.js's EmbedBuilder builds the embed's JSON in memory (`toJSON`); only the webhook task sends it.
import { EmbedBuilder } from "discord.js";
import { task, workflow } from "windmill-client";

const postWebhook = task(async (url: string, embed: Record<string, unknown>) => {
  const r = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ embeds: [embed] }) });
  return { ok: r.ok };
});

export const main = workflow(async (webhookUrl: string, service: string, status: "up" | "down", detail: string) => {
  const embed = new EmbedBuilder()
    .setTitle(`${service} is ${status}`)
    .setColor(status === "up" ? 0x2ecc71 : 0xe74c3c)
    .addFields({ name: "Detail", value: detail.slice(0, 1024) })
    .toJSON();
  return await postWebhook(webhookUrl, embed as Record<string, unknown>);
});
