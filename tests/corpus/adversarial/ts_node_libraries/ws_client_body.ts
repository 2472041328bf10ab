// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; a `ws` WebSocket opened in the body connects and sends again every replay.
import WebSocket from "ws";
import { task, workflow } from "windmill-client";

const render = task(async (id: string) => JSON.stringify({ type: "refresh", id }));

export const main = workflow(async (id: string) => {
  const msg = await render(id);
  const socket = new WebSocket("wss://live.example.com/feed"); socket.on("open", () => socket.send(msg)); // expect: WAC101
  return { sent: msg.length };
});
