"""``frontwatch serve``: open the ledger, check the settings, run uvicorn until interrupted."""
from __future__ import annotations

import errno
import logging
import socket
from typing import Any

from ..errors import ServeError
from ..settings import Settings
from ..store import open_ledger
from .assets import assets_folder, missing_assets

MIN_TOKEN = 16
log = logging.getLogger("frontwatch.serve")


def check_settings(settings: Settings) -> list[str]:
    """ServeError for settings the server cannot run with; warnings for those it can."""
    serve = settings.serve
    if serve.token and len(serve.token) < MIN_TOKEN:
        raise ServeError(f"serve.token is {len(serve.token)} characters; use at least {MIN_TOKEN} "
                         "(e.g. python3 -c 'import secrets; print(secrets.token_urlsafe(32))')")
    if serve.private and not serve.token:
        raise ServeError("serve.private needs serve.token: nobody could read the ledger")
    if serve.page_size > serve.max_page_size:
        raise ServeError(f"serve.page_size ({serve.page_size}) is over serve.max_page_size ({serve.max_page_size})")
    warnings = []
    missing = missing_assets(assets_folder(settings))
    if missing:
        warnings.append(f"the web app's data is missing in {assets_folder(settings)} ({', '.join(missing)}): "
                        "run scripts/setup_web.sh; the API works without it")
    if not serve.token:
        warnings.append("no serve.token: the API is read-only")
    return warnings


def check_port(host: str, port: int) -> None:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as err:
            reason = "is in use" if err.errno == errno.EADDRINUSE else f"cannot be used ({err.strerror})"
            raise ServeError(f"{host}:{port} {reason}: pick another with --port") from None


def _uvicorn() -> Any:
    try:
        import uvicorn
    except ImportError:
        raise ServeError("the web server needs the web extra: pip install 'frontwatch[web]'") from None
    return uvicorn


def run(settings: Settings, db: str | None = None) -> None:
    uvicorn = _uvicorn()
    from .app import create_app  # imports fastapi: only once the extra is known to be there

    for warning in check_settings(settings):
        print(f"frontwatch: warning: {warning}", flush=True)
    check_port(settings.serve.host, settings.serve.port)
    with open_ledger(db, settings) as ledger:
        app = create_app(ledger, settings)
        print(f"frontwatch: serving {ledger.location} on http://{settings.serve.host}:{settings.serve.port}/ "
              "(Ctrl-C stops)", flush=True)
        uvicorn.run(app, host=settings.serve.host, port=settings.serve.port, log_level="warning",
                    server_header=False, proxy_headers=False)
