class ConfigError(Exception):
    def __init__(self, key, message):
        super().__init__(message)
        self.key = key


class MissingSetting(ConfigError, LookupError):
    pass


class InvalidSetting(ConfigError, ValueError):
    pass


def get_int(config, key, low, high):
    if key not in config:
        raise MissingSetting(key, f"missing setting {key!r}")
    value = config[key]
    if not isinstance(value, (int, str)) or isinstance(value, bool):
        raise InvalidSetting(key, f"setting {key!r} is not an integer: {value!r}")
    # The try block covers the range check too: InvalidSetting is a ValueError, so the except below
    # catches our own range error and reports it as "not an integer".
    try:
        number = int(value)
        if not low <= number <= high:
            raise InvalidSetting(key, f"setting {key!r} must be between {low} and {high}, got {number}")
    except ValueError as err:
        raise InvalidSetting(key, f"setting {key!r} is not an integer: {value!r}") from err
    return number


def validate(config, spec):
    errors = []
    for key, (low, high) in spec.items():
        try:
            get_int(config, key, low, high)
        except ConfigError as error:
            errors.append(error)
    return errors
