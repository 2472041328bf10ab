// SDK: windmill-client 1.818.0 client.mjs: the body replays; the connection's publish and drain run again on each replay (building it is reported through its calls, as for other clients).
import { connect, StringCodec } from "nats";
import { task, workflow } from "windmill-client";

const sc = StringCodec();

const build = task(async (id: string) => JSON.stringify({ id, ready: true }));

export const main = workflow(async (id: string) => {
  const payload = await build(id);
  const nc = await connect({ servers: "nats://nats:4222" });
  nc.publish("orders.ready", sc.encode(payload)); // expect: WAC101
  await nc.drain(); // expect: WAC101
  return payload;
});
