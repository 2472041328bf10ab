export async function main(
  intercom_token: string,
  article_id: string,
  locale: string,
  translated: { title: string; body: string },
) {
  const res = await fetch(`https://api.intercom.io/articles/${article_id}`, {
    method: "PUT",
    headers: {
      Authorization: `Bearer ${intercom_token}`,
      "Intercom-Version": "2.11",
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      translated_content: { [locale]: { title: translated.title, body: translated.body, state: "published" } },
    }),
  });
  if (!res.ok) throw new Error(`Intercom: ${res.status}`);
  return { locale, published: true };
}
