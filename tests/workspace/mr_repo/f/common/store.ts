import * as wmill from "windmill-client";

export async function remember(key: string, value: string): Promise<void> {
  await wmill.setVariable(key, value);
}

export function label(value: string): string {
  return value.trim().toUpperCase();
}

export async function main(key: string) {
  return label(key);
}
