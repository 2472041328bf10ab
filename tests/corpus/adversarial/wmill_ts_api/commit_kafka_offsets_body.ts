// SDK: windmill-client 1.818.0 client.mjs commitKafkaOffsets(): a KafkaTriggerService request committing an offset.
import { commitKafkaOffsets, task, workflow } from "windmill-client";

const handle = task(async (value: string) => value.toUpperCase());

export const main = workflow(async (event: { wm_trigger: { trigger_path: string }; topic: string; partition: number; offset: number; value: string }) => {
  const out = await handle(event.value);
  await commitKafkaOffsets(event.wm_trigger.trigger_path, event.topic, event.partition, event.offset); // expect: WAC101
  return out;
});
