import psycopg2
import wmill


def main():
    conn = psycopg2.connect(**wmill.get_resource("f/app/users_db"))
    with conn, conn.cursor() as cur:
        cur.execute(
            "SELECT u.email, w.name FROM memberships m JOIN users u ON u.id = m.user_id "
            "JOIN workspaces w ON w.id = m.workspace_id WHERE m.role = 'admin' AND w.active"
        )
        return [{"email": email, "workspace": name} for email, name in cur.fetchall()]
