type LinkedinAds = { token: string; account_urn: string; organization_urn: string };

export async function main(linkedin: LinkedinAds, text: string, budget_eur: number = 250) {
  const res = await fetch("https://api.linkedin.com/rest/posts", {
    method: "POST",
    headers: { Authorization: `Bearer ${linkedin.token}`, "LinkedIn-Version": "202405", "Content-Type": "application/json" },
    body: JSON.stringify({
      author: linkedin.organization_urn,
      commentary: text,
      visibility: "PUBLIC",
      lifecycleState: "PUBLISHED",
      adContext: { dscAdAccount: linkedin.account_urn, dscStatus: "ACTIVE" },
    }),
  });
  if (!res.ok) throw new Error(`LinkedIn: ${res.status}`);
  return { post_urn: res.headers.get("x-restli-id"), budget_eur };
}
