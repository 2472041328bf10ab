export const FLAGS: Record<string, unknown> = await (await fetch("https://flags.example.com/billing")).json();
