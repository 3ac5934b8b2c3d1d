def newest_first(readings):
    result = []
    for reading in readings:
        if reading >= 0:
            result.insert(0, reading)
    return result
