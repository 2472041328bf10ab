export async function main(intercom_token: string, article_id: string) {
  const res = await fetch(`https://api.intercom.io/articles/${article_id}`, {
    headers: { Authorization: `Bearer ${intercom_token}`, "Intercom-Version": "2.11" },
  });
  if (!res.ok) throw new Error(`Intercom: ${res.status}`);
  const a = await res.json();
  return { title: a.title as string, body: a.body as string, locale: (a.default_locale ?? "en") as string };
}
