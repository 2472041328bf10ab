"""Campus directory (LDAP), bound once for the whole module."""

import ldap3

SERVER = ldap3.Server("ldaps://ldap.umich.example.edu", use_ssl=True)
CONN = ldap3.Connection(SERVER, auto_bind=True)


def lookup(uniqname: str) -> dict:
    CONN.search("ou=People,dc=umich,dc=edu", f"(uid={uniqname})", attributes=["cn", "mail"])
    entry = CONN.entries[0]
    return {"cn": str(entry.cn), "mail": str(entry.mail)}
