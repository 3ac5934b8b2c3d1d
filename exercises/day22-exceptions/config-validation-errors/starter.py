class ConfigError(Exception):
    """Base class of configuration problems."""

    def __init__(self, key, message):
        raise NotImplementedError


class MissingSetting:  # choose the right base classes
    pass


class InvalidSetting:  # choose the right base classes
    pass


def get_int(config, key, low, high):
    """config[key] as an int within low..high, or a ConfigError."""
    raise NotImplementedError


def validate(config, spec):
    """The list of ConfigError objects for the settings of spec ({key: (low, high)}), in spec order."""
    raise NotImplementedError
