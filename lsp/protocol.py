"""JSON-RPC behaviour pygls leaves to the server: every request gets an answer.

- A request whose parameters do not fit the protocol's types (a position with a
  negative or 2^31+ line, a string where a number goes) fails while pygls
  decodes the message, before any handler runs, and pygls then drops it: the
  client would wait forever. It gets an `InvalidParams` error response here.
- Unknown requests get `MethodNotFound` (pygls does that) and unknown
  notifications are ignored, as the specification asks; neither is a problem
  of the server's, so both are logged at debug level, not shown to the user.
- After `shutdown`, pygls drops every message but `exit` without a word: a
  client that asks anything more (a second `shutdown`, say) waits forever. The
  specification asks for an `InvalidRequest` error; requests get one here.
- pygls keeps the future of every notification handled by a generator (every
  `didChange`) under a fresh id and never lets go of it: 10,000 keystrokes held
  about 20 MB. The future is dropped here once it is done.
"""

from __future__ import annotations

import logging
from typing import Any

from pygls.exceptions import JsonRpcInvalidParams, JsonRpcInvalidRequest, JsonRpcMethodNotFound
from pygls.protocol import LanguageServerProtocol

logger = logging.getLogger(__name__)


class Rejected:
    """A message already answered while it was decoded; `handle_message` skips it."""

    jsonrpc = "rejected"


def first_cause(error: BaseException) -> str:
    """The innermost reason cattrs gives for a structure that did not fit (one line)."""
    while True:
        nested = getattr(error, "exceptions", None)
        if nested:
            error = nested[0]
        elif error.__cause__ is not None:
            error = error.__cause__
        else:
            return str(error).splitlines()[0] if str(error) else type(error).__name__


class WacLintProtocol(LanguageServerProtocol):
    def structure_message(self, data: dict[str, Any]) -> Any:
        try:
            return super().structure_message(data)
        except JsonRpcInvalidParams as error:
            if "id" not in data or "method" not in data:
                # A notification cannot be answered; the client learns nothing either way.
                logger.warning("dropped %s: invalid params", data.get("method", "a message"))
                return Rejected()
            reason = first_cause(error)
            self._send_response(
                data["id"],
                None,
                JsonRpcInvalidParams(
                    f"Invalid params for {data['method']}: {reason}"
                ).to_response_error(),
            )
            return Rejected()

    def handle_message(self, message: Any) -> None:
        if isinstance(message, Rejected):
            return
        method = getattr(message, "method", None)
        if self._shutdown and method not in (None, "exit") and hasattr(message, "id"):
            logger.debug("answered %r after shutdown with InvalidRequest", method)
            error = JsonRpcInvalidRequest(f"{method}: the server is shutting down")
            self._send_response(message.id, None, error.to_response_error())
            return
        super().handle_message(message)

    def _handle_notification(self, method_name: str, params: Any) -> None:
        known = method_name in self.fm.builtin_features or method_name in self.fm.features
        if not known and method_name != "$/cancelRequest":
            logger.debug("ignoring notification %r (not handled by wac-lint)", method_name)
            return
        super()._handle_notification(method_name, params)

    def _handle_request(self, msg_id: Any, method_name: str, params: Any) -> None:
        known = method_name in self.fm.builtin_features or method_name in self.fm.features
        if not known:
            logger.debug("answered request %r with MethodNotFound", method_name)
            self._send_response(
                msg_id, None, JsonRpcMethodNotFound.of(method_name).to_response_error()
            )
            return
        super()._handle_request(msg_id, method_name, params)

    def _check_handler_result(self, future: Any) -> None:
        for key, value in list(self._request_futures.items()):
            if value is future:
                del self._request_futures[key]
                break
        super()._check_handler_result(future)
