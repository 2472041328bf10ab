# SDK: wmill 1.850.0 get_variable() calls the Windmill API (GET /variables/get/...)
import wmill

ERP_TOKEN_PATH = "f/common/erp_token"


def erp_token() -> str:
    return wmill.get_variable(ERP_TOKEN_PATH)


def mask(token: str) -> str:
    return token[:4] + "…" if token else ""
