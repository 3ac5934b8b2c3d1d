class Component:
    def __init__(self, name, **kwargs):
        super().__init__(**kwargs)
        self.name = name

    def describe(self):
        return [f"component {self.name}"]


class TimestampMixin:
    def __init__(self, *args, created=0, **kwargs):
        super().__init__(*args, **kwargs)
        self.created = created

    def describe(self):
        return super().describe() + [f"created {self.created}"]


class TagsMixin:
    def __init__(self, *args, tags=(), **kwargs):
        # A mixin has no base class: nothing to pass on.
        self.tags = list(tags)

    def describe(self):
        return ["tags " + ",".join(self.tags)]


class Service(TimestampMixin, TagsMixin, Component):
    pass


class TaggedComponent(TagsMixin, Component):
    pass


class AuditedService(Service):
    def __init__(self, *args, auditor, **kwargs):
        super().__init__(*args, **kwargs)
        self.auditor = auditor

    def describe(self):
        return super().describe() + [f"audited by {self.auditor}"]
