// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; reading the ws module's readyState constants and building a message in the body sends nothing, and the socket is opened inside a task.
import WebSocket from "ws";
import { task, workflow } from "windmill-client";

const push = task(async (url: string, msg: string) => {
  const ws = new WebSocket(url);
  await new Promise((r) => ws.once("open", r));
  ws.send(msg);
  ws.close();
  return ws.readyState === WebSocket.CLOSING || ws.readyState === WebSocket.CLOSED;
});

export const main = workflow(async (url: string, id: string) => {
  const open = WebSocket.OPEN;
  const msg = JSON.stringify({ type: "refresh", id, wanted: open });
  return await push(url, msg);
});
