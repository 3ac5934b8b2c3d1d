def sorted_copy(items):
    if len(items) <= 1:
        return list(items)
    middle = len(items) // 2
    left, right = sorted_copy(items[:middle]), sorted_copy(items[middle:])
    merged, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged
