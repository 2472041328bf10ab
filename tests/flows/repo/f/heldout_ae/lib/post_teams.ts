// Posts a MessageCard to a Microsoft Teams incoming webhook.
export async function main(webhook_url: string, title: string, text: string, theme_color = "0076D7") {
  const resp = await fetch(webhook_url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      "@type": "MessageCard",
      "@context": "https://schema.org/extensions",
      themeColor: theme_color,
      title,
      text,
    }),
  });
  if (!resp.ok) {
    throw new Error(`Teams webhook answered ${resp.status}`);
  }
  return { posted: true, status: resp.status };
}
