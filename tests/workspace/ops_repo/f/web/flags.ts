// Feature flags, fetched when the module loads (top-level await).
export const FLAGS: Record<string, boolean> = await (
  await fetch("https://ops.internal.example.com/flags")
).json();
