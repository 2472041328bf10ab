export async function main(deepl_key: string, html: string, title: string, target: string) {
  const res = await fetch("https://api.deepl.com/v2/translate", {
    method: "POST",
    headers: { Authorization: `DeepL-Auth-Key ${deepl_key}`, "Content-Type": "application/json" },
    body: JSON.stringify({ text: [title, html], target_lang: target.toUpperCase(), tag_handling: "html" }),
  });
  if (!res.ok) throw new Error(`DeepL: ${res.status}`);
  const { translations } = await res.json();
  return { title: translations[0].text as string, body: translations[1].text as string };
}
