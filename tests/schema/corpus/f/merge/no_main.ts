export function helper(a: string) {}
