class Component:
    def __init__(self, name, **kwargs):
        super().__init__(**kwargs)
        self.name = name

    def describe(self):
        return [f"component {self.name}"]


class TimestampMixin:
    def __init__(self, *args, created=0, **kwargs):
        raise NotImplementedError

    def describe(self):
        raise NotImplementedError


class TagsMixin:
    def __init__(self, *args, tags=(), **kwargs):
        raise NotImplementedError

    def describe(self):
        raise NotImplementedError


class Service(TimestampMixin, TagsMixin, Component):
    pass


class TaggedComponent(TagsMixin, Component):
    pass


class AuditedService(Service):
    def __init__(self, *args, auditor, **kwargs):
        raise NotImplementedError

    def describe(self):
        raise NotImplementedError
