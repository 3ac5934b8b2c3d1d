def newest_first(readings):
    return [reading for reading in reversed(readings) if reading >= 0]
