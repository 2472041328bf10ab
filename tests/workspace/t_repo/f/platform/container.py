"""A tiny dependency-injection container: the workflows ask it for services by type."""

from typing import Any, Callable

from f.platform.notifiers import SlackNotifier, TemplateRenderer


class Container:
    def __init__(self) -> None:
        self._providers: dict[type, Callable[[], Any]] = {}

    def register(self, key: type, factory: Callable[[], Any]) -> None:
        self._providers[key] = factory

    def resolve(self, key: type) -> Any:
        return self._providers[key]()


container = Container()
container.register(SlackNotifier, SlackNotifier)
container.register(TemplateRenderer, lambda: TemplateRenderer(locale="en"))
