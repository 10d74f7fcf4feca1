"""The page and its scripts: security headers everywhere, no inline script or style, and no way for
document text to become markup (the scripts never parse strings as HTML)."""
from __future__ import annotations

import re

import pytest

from frontwatch.serve.assets import STATIC
from frontwatch.serve.guards import CONTENT_SECURITY_POLICY

SCRIPTS = sorted((STATIC / "js").glob("*.js"))


@pytest.mark.parametrize("path", ["/", "/static/app.css", "/static/js/main.js", "/api", "/api/places.geojson",
                                  "/api/nothing", "/api/claims?limit=0"])
def test_every_response_carries_the_security_headers(client, path):
    headers = client.get(path).headers
    assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY" and headers["referrer-policy"] == "no-referrer"


def test_the_policy_allows_nothing_inline_and_nothing_from_elsewhere():
    directives = dict(d.split(" ", 1) for d in CONTENT_SECURITY_POLICY.split("; "))
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == "'self'" and directives["style-src"] == "'self'"
    assert directives["connect-src"] == "'self'" and directives["frame-ancestors"] == "'none'"
    assert "unsafe" not in CONTENT_SECURITY_POLICY and "http" not in CONTENT_SECURITY_POLICY


def test_the_page_has_no_inline_script_or_style():
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    assert all("src=" in tag for tag in re.findall(r"<script[^>]*>", html))
    assert "<style" not in html and " style=" not in html and not re.search(r"\son\w+=", html)


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_scripts_never_parse_strings_as_html(script):
    code = script.read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                 "createContextualFragment", "DOMParser", "setHTML"):
        assert sink not in code, f"{script.name} uses {sink}"
    assert not re.search(r"""setAttribute\(\s*["']on""", code) and "javascript:" not in code


def test_every_module_the_page_imports_is_there(client):
    main = (STATIC / "js" / "main.js").read_text(encoding="utf-8")
    for name in re.findall(r'from "\./([\w.]+)"', main):
        assert client.get(f"/static/js/{name}").status_code == 200, name


def test_the_web_data_is_served_once_built(gold_db, make_client, tmp_path):
    web = tmp_path / "web"
    (web / "data").mkdir(parents=True)
    (web / "data" / "countries.geojson").write_text('{"type": "FeatureCollection", "features": []}')
    response = make_client(gold_db, assets=str(web)).get("/data/countries.geojson")
    assert response.status_code == 200 and response.json()["type"] == "FeatureCollection"
