import asyncio

_running = 0
_peak = 0


async def fetch(url):
    """Downloads url (a simulated network wait of 10 to 70 ms). Do not change.
    URLs containing "broken" fail with ConnectionError."""
    global _running, _peak
    _running += 1
    _peak = max(_peak, _running)
    try:
        await asyncio.sleep(0.01 + sum(map(ord, url)) % 7 * 0.01)
        if "broken" in url:
            raise ConnectionError(f"cannot reach {url}")
        return f"<page {url}>"
    finally:
        _running -= 1


def peak_concurrency():
    """The largest number of fetch() calls that were running at the same time so far. Do not change."""
    return _peak


async def _download_all(urls, limit):
    semaphore = asyncio.Semaphore(limit)

    async def one(url):
        async with semaphore:
            try:
                return await fetch(url)
            except ConnectionError:
                return None

    return await asyncio.gather(*(one(url) for url in urls))


def download_all(urls, limit):
    return list(asyncio.run(_download_all(urls, limit)))
