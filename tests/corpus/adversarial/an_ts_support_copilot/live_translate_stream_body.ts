// SDK: windmill-client 1.818.0 index.js: the body is replayed after every task; ai's `streamText` starts the model request as soon as it is called (its `textStream` only reads the response), so each round streams a new, possibly different translation before the task that stores it
import { task, workflow } from "windmill-client";
import { streamText } from "ai";
import { anthropic } from "@ai-sdk/anthropic";

const loadMessage = task(async function loadMessage(messageId: string) {
  const r = await fetch(`https://chat.northwind.example/api/messages/${messageId}`);
  return (await r.json()) as { id: string; text: string; locale: string };
});

const saveTranslation = task(async function saveTranslation(messageId: string, locale: string, text: string) {
  await fetch(`https://chat.northwind.example/api/messages/${messageId}/translations/${locale}`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text }),
  });
  return { saved: true };
});

export const main = workflow(async (messageId: string, targetLocale = "en") => {
  const message = await loadMessage(messageId);
  if (message.locale === targetLocale) return { messageId, skipped: true };
  const stream = streamText({ // expect: WAC101
    model: anthropic("claude-3-5-haiku-latest"),
    prompt: `Translate to ${targetLocale}, keep formatting:\n\n${message.text}`,
  });
  let translated = "";
  for await (const delta of stream.textStream) {
    translated += delta;
  }
  await saveTranslation(messageId, targetLocale, translated);
  return { messageId, chars: translated.length };
});
