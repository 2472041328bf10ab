export function main(a: string): string;
export function main(a: string, b?: number): string;
export function main(a: string, b: number = 3): string {
  return a;
}
