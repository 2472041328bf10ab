type Settings = { verbose?: boolean; level?: "info" | "debug" };

export async function main(settings: Settings = { verbose: true }, tags: string[] = [], maybe?: Settings) {
  return settings;
}
