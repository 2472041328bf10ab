// SDK: windmill-client 1.818.0 client.mjs: each round runs the script from the top; client.login opens a gateway connection at load, again every round, even without await.
import { Client, GatewayIntentBits } from "discord.js";
import { task, workflow } from "windmill-client";

const bot = new Client({ intents: [GatewayIntentBits.Guilds] });
bot.login(process.env.DISCORD_TOKEN); // expect: WAC101
const triage = task(async (msg: string) => ({ msg, spam: msg.includes("http") }));

export const main = workflow(async (msg: string) => {
  return await triage(msg);
});
