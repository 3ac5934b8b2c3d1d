from solution import first_spikes, scaled


def test_first_spikes():
    assert first_spikes([5, 50, 7, 80, 90], 10, 2) == [50, 80]


def test_fewer_spikes_than_asked():
    assert first_spikes([5, 50], 10, 3) == [50]


def test_scaled():
    assert list(scaled([1, 2, 3], 10)) == [10, 20, 30]
