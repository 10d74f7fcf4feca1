"""``gazetteer download UA``: fetch GeoNames' own dump for a country and import it.

The URL is the publisher's (https://download.geonames.org/export/dump/UA.zip; the
postal-code dump is under export/zip/). ``base_url`` is the one seam for tests and
mirrors: a test serves a small zip from a local ``http.server`` and points it there.
The archive is written to a temporary file and checked before anything is imported.
"""
from __future__ import annotations

import re
import shutil
import tempfile
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

from .. import __version__
from .build import BuildReport, import_files
from .errors import DownloadError

__all__ = ["GEONAMES_DUMP", "GEONAMES_POSTAL", "download_country", "fetch"]

GEONAMES_DUMP = "https://download.geonames.org/export/dump"
GEONAMES_POSTAL = "https://download.geonames.org/export/zip"
TIMEOUT_S = 60.0
_COUNTRY = re.compile(r"^[A-Z]{2}$")


def download_country(country: str, db: Path | None = None, *, postal: bool = False,
                     base_url: str = GEONAMES_DUMP, postal_url: str = GEONAMES_POSTAL,
                     timeout: float = TIMEOUT_S) -> BuildReport:
    """Download ``<base_url>/<CC>.zip`` (and the postal dump if asked) and import it into ``db``."""
    country = country.upper()
    if not _COUNTRY.match(country):
        raise DownloadError(f"'{country}' is not a two-letter country code (UA, RU, ...)")
    urls = [f"{base_url.rstrip('/')}/{country}.zip"]
    if postal:
        urls.append(f"{postal_url.rstrip('/')}/{country}.zip")
    with tempfile.TemporaryDirectory(prefix="frontwatch-") as folder:
        paths = [fetch(url, Path(folder) / f"{i}-{country}.zip", timeout) for i, url in enumerate(urls)]
        return import_files(paths, db)


def fetch(url: str, target: Path, timeout: float = TIMEOUT_S) -> Path:
    """Stream ``url`` to ``target``; DownloadError on a network or HTTP error or a bad archive."""
    request = urllib.request.Request(url, headers={"User-Agent": f"frontwatch/{__version__} (gazetteer)"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response, target.open("wb") as out:
            shutil.copyfileobj(response, out)
    except urllib.error.HTTPError as err:
        raise DownloadError(f"{url}: HTTP {err.code} {err.reason}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise DownloadError(f"{url}: {reason}") from None
    if not zipfile.is_zipfile(target):
        raise DownloadError(f"{url}: the download is not a zip archive")
    return target
