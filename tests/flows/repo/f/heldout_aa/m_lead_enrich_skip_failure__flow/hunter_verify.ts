type Hunter = { apiKey: string };

export async function main(email: string, hunter: Hunter) {
  const url = `https://api.hunter.io/v2/email-verifier?email=${encodeURIComponent(email)}&api_key=${hunter.apiKey}`;
  const resp = await fetch(url);
  if (!resp.ok) throw new Error(`hunter ${resp.status}`);
  const { data } = await resp.json();
  return { deliverable: data.result === "deliverable", score: data.score };
}
