def newest_first(readings):
    return sorted((reading for reading in readings if reading >= 0), reverse=True)
