from pydantic import BaseModel
from typing import List, Optional
from enum import Enum


class Role(str, Enum):
    admin = "admin"
    user = "user"


class Member(BaseModel):
    email: str
    role: Role = Role.user


class Team(BaseModel):
    name: str
    members: List[Member]
    lead: Optional[Member] = None


def main(team: Team, notify: bool = True):
    return team
