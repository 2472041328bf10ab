import { task } from "windmill-client";

export const enrichCompany = task(async (domain: string) => {
  const res = await fetch(`https://api.example.com/companies/${domain}`);
  return (await res.json()) as Record<string, unknown>;
});
