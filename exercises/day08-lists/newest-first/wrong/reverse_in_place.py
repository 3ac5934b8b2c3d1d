def newest_first(readings):
    readings.reverse()
    return [reading for reading in readings if reading >= 0]
