export function main(a: string): string;
export function main(a: number): number;
export function main(a: any, extra: boolean = false): any {
  return a;
}
