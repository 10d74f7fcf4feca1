"""The web app in real headless Chromium, over a real ``frontwatch serve`` holding the seed and the
episode of examples/ledger as the pipeline analyses them: the map, the time slider, the evidence
view, the document view, and a hostile document that must not run anything.

Skipped, with the reason, where /usr/bin/chromium or the npm packages (scripts/setup_web.sh) are
missing; CI installs both. FRONTWATCH_SCREENSHOTS=docs/img saves the screenshots of docs/web.md.
"""
from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from serve_ledgers import HOSTILE, OBLASTS, SEED_GOLD, ZAPORIZKE, auth, ingest_episode
from serve_live import Visit, browser_unavailable, launch, live_server, save_screenshot, visit

from frontwatch.serve.assets import NODE_MODULES, setup_assets

UNAVAILABLE = browser_unavailable()
if UNAVAILABLE:
    print(f"browser tests skipped: {UNAVAILABLE}", file=sys.stderr)
pytestmark = [pytest.mark.browser, pytest.mark.skipif(bool(UNAVAILABLE), reason=str(UNAVAILABLE))]
CONFIRMED = "#c2410c"  # states.js, app.css


@pytest.fixture(scope="module")
def web_assets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (NODE_MODULES / "leaflet" / "package.json").is_file():
        pytest.skip(f"the npm packages are not installed in {NODE_MODULES}: run scripts/setup_web.sh")
    if not OBLASTS.is_file() or not SEED_GOLD.parent.is_dir():
        pytest.skip("../shared is not beside the project (the oblast outlines)")
    folder = tmp_path_factory.mktemp("web")
    setup_assets(folder, oblasts=OBLASTS)  # read from ../shared, never copied into the project
    return folder


@pytest.fixture(scope="module")
def episode(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    home = tmp_path_factory.mktemp("home")
    return ingest_episode(home / "ledger.db", home), home


@pytest.fixture(scope="module")
def server(episode: tuple[Path, Path], web_assets: Path) -> Iterator[str]:
    db, home = episode
    with live_server(db, home, web_assets) as base:
        yield base


@pytest.fixture(scope="module")
def hostile_server(episode: tuple[Path, Path], web_assets: Path) -> Iterator[tuple[str, int]]:
    """Another server over a copy of the episode, plus a report with markup in its quote, posted over HTTP."""
    db, home = episode
    copy = home / "hostile.db"
    shutil.copyfile(db, copy)
    with live_server(copy, home, web_assets) as base:
        posted = httpx.post(f"{base}/api/documents", content=HOSTILE.encode(),
                            headers={**auth(), "Content-Type": "text/plain"}, timeout=120)
        assert posted.status_code == 201, posted.text
        yield base, posted.json()["document"]["id"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def app(browser: Any, server: str) -> Iterator[Visit]:
    seen = visit(browser, server)
    yield seen
    seen.page.close()


def assert_clean(seen: Visit) -> None:
    """Nothing failed, nothing was blocked, nothing was asked of any other host (no tile server)."""
    assert seen.errors == [] and seen.blocked() == [] and seen.elsewhere == []


def api(base: str, path: str, **params: Any) -> Any:
    response = httpx.get(f"{base}{path}", params=params, timeout=60)
    assert response.status_code == 200, response.text
    return response.json()


def test_the_map_shows_zaporizke_in_its_state_on_every_day(app: Visit) -> None:
    place = api(app.base, f"/api/places/{ZAPORIZKE}")
    assert place["state"]["status"] in ("claimed", "confirmed", "denied", "contested")
    page = app.open()
    marker = page.locator(f'path[data-place="{ZAPORIZKE}"]')
    assert marker.get_attribute("data-status") == place["state"]["status"]
    if place["state"]["status"] == "confirmed":
        assert marker.get_attribute("fill") == CONFIRMED
    label = page.locator(".leaflet-tooltip.place-label", has_text="Zaporizke")
    assert label.inner_text() == f"Zaporizke · {place['state']['status']}"
    front = page.locator(".leaflet-tooltip.oblast-label.front")
    assert front.all_inner_texts() == ["Дніпропетровська"]  # the oblast it lies in, tinted and named
    assert page.locator(".credits").inner_text() == "Leaflet · Natural Earth · © Мінрегіон, CC BY-SA"
    save_screenshot(page, "map.png")
    # The slider: the day before the first claim, then each day the state changed.
    slider = page.locator("#day")
    slider.focus()
    page.keyboard.press("Home")
    assert marker.get_attribute("data-status") == "none"
    first = api(app.base, "/api/status")["days"]["first"]
    import datetime as dt

    for change in place["changes"]:
        steps = (dt.date.fromisoformat(change["on"]) - dt.date.fromisoformat(first)).days + 1
        page.keyboard.press("Home")
        for _ in range(steps):
            page.keyboard.press("ArrowRight")
        assert page.locator("#day-label").inner_text() == change["on"]
        assert marker.get_attribute("data-status") == change["status"]
    assert_clean(app)


def test_a_click_on_zaporizke_opens_its_evidence_and_a_claim_opens_its_document(app: Visit) -> None:
    evidence = api(app.base, f"/api/places/{ZAPORIZKE}/evidence")
    page = app.open()
    page.locator(f'path[data-place="{ZAPORIZKE}"]').click()
    panel = page.locator("#panel-evidence")
    panel.locator("h2", has_text="Zaporizke").wait_for()
    assert panel.locator(".state-line .badge").first.inner_text() == evidence["place"]["state"]["status"]
    claims = [c for e in evidence["events"] for c in e["claims"]]
    shown = panel.locator(".event-block .claim")
    assert shown.count() == len(claims)
    first = shown.first
    assert first.locator("strong").inner_text() == claims[0]["source"]["name"]
    assert first.locator(".stance").inner_text() == claims[0]["stance"]
    assert claims[0]["said_on"] in first.inner_text() and claims[0]["document"]["label"] in first.inner_text()
    chained = [c for c in claims if c["via"]]
    if chained:
        assert panel.locator(".via", has_text=f"via {chained[0]['via'][0]['name']}").count() >= 1
    save_screenshot(page, "evidence.png")
    quoted = next(c for c in claims if c["quote"])
    card = panel.locator(".claim", has_text=quoted["quote"][:40]).first
    card.get_by_role("button", name="open document").click()
    document = page.locator("#panel-document")
    document.locator(".doc-text").wait_for()
    assert "".join(document.locator(".hl-focus").all_inner_texts()).split() == quoted["quote"].split()
    assert_clean(app)


def test_the_seed_opens_with_its_statements_speakers_and_places_marked(app: Visit) -> None:
    [seed] = api(app.base, "/api/documents", q="Peskov")["items"]
    doc = api(app.base, f"/api/documents/{seed['id']}")
    page = app.open(f"#document={seed['id']}")
    panel = page.locator("#panel-document")
    assert panel.locator("h2").inner_text() == "seed"
    marked = set(panel.locator(".doc-text .hl-statement").evaluate_all("els => els.map(e => e.dataset.statement)"))
    assert marked == {s["id"] for s in doc["analysis"]["statements"]}
    speakers = panel.locator(".doc-text .hl-speaker").all_inner_texts()
    assert any("Peskov" in s for s in speakers)
    places = {doc["text"][s["start"]:s["end"]] for s in doc["spans"] if s["label"] == "place"}
    assert places and places <= set(panel.locator(".doc-text .hl-place").all_inner_texts())
    assert panel.locator(".statements li").count() == len(doc["analysis"]["statements"])
    assert panel.locator(".doc-text").inner_text().replace("speaker", "").split()[:3] == ["Al", "mismo", "tiempo,"]
    save_screenshot(page, "document.png")
    assert_clean(app)


def test_markup_in_a_document_shows_as_text_and_never_runs(browser: Any, hostile_server: tuple[str, int]) -> None:
    base, document_id = hostile_server
    seen = visit(browser, base)
    try:
        page = seen.open(f"#document={document_id}")
        text = page.locator("#panel-document .doc-text").inner_text()
        assert '<img src=x onerror="window.__pwned=1">' in text and "<script>window.__pwned=1</script>" in text
        assert page.locator("#panel-document h2").inner_text().startswith('<img src=x onerror="window.__pwned=1">')
        assert "Test <b>Wire</b>" in page.locator("#panel-document .doc-head").inner_text()
        page.evaluate("(place) => { location.hash = 'place=' + encodeURIComponent(place); }", ZAPORIZKE)
        page.locator("#panel-evidence h2", has_text="Zaporizke").wait_for()
        evidence = page.locator("#panel-evidence").inner_text()
        assert '<img src=x onerror="window.__pwned=1"> Russia says it holds Zaporizke' in evidence  # the title
        quoted = [c for e in api(base, f"/api/places/{ZAPORIZKE}/evidence")["events"] for c in e["claims"]
                  if c["quote"] and "<script>" in c["quote"]]
        if quoted:  # the pipeline made the quote a claim: its words show as they are
            assert "<script>window.__pwned=1</script>" in evidence
        page.locator('#tab-timeline').click()
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.locator("img").count() == 0 and page.locator("script").count() == 2  # Leaflet, the app
        assert seen.errors == [] and seen.blocked() == [] and seen.elsewhere == []
    finally:
        seen.page.close()
