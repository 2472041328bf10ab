export async function main<T>(a: T) {}
