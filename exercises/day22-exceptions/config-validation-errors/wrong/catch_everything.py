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
    if isinstance(value, str):
        try:
            number = int(value)
        except ValueError as err:
            raise InvalidSetting(key, f"setting {key!r} is not an integer: {value!r}") from err
    elif isinstance(value, int) and not isinstance(value, bool):
        number = value
    else:
        raise InvalidSetting(key, f"setting {key!r} is not an integer: {value!r}")
    if not low <= number <= high:
        raise InvalidSetting(key, f"setting {key!r} must be between {low} and {high}, got {number}")
    return number


def validate(config, spec):
    errors = []
    for key, (low, high) in spec.items():
        try:
            get_int(config, key, low, high)
        except Exception as error:  # "validation must never crash"
            errors.append(error)
    return errors
