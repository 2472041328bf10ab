"""Campus directory (LDAP), one connection per call."""

import ldap3

SERVER = ldap3.Server("ldaps://ldap.umich.example.edu", use_ssl=True)


def lookup(uniqname: str) -> dict:
    with ldap3.Connection(SERVER, auto_bind=True) as conn:
        conn.search("ou=People,dc=umich,dc=edu", f"(uid={uniqname})", attributes=["cn", "mail"])
        entry = conn.entries[0]
        return {"cn": str(entry.cn), "mail": str(entry.mail)}
