import { stampB, shoutB } from "./cyc_b.ts";

export function stampA(label: string): string {
  return `${label}@${stampB()}`;
}

export function pureA(label: string): string {
  return label.toLowerCase();
}

export function shoutA(label: string): string {
  return shoutB(label);
}

export async function main(label: string) {
  return pureA(label);
}
