interface User { id: number; email: string; admin?: boolean }
export interface Team { name: string; members: User[] }
export async function main(user: User, team: Team, users: User[]) {}
