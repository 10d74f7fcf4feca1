"""Readers of the publishers' own formats, on the real shared files, and format detection."""
import zipfile
from pathlib import Path

import pytest

from gazetteer_data import ADMIN1, CITIES, KATOTTH, POSTAL, lines, require_shared
from frontwatch.gazetteer import SourceFormatError
from frontwatch.gazetteer.sources.detect import detect, read_records
from frontwatch.gazetteer.sources.geonames import read_admin1, read_geonames
from frontwatch.gazetteer.sources.katotth import read_katotth_csv, read_katotth_xlsx
from frontwatch.gazetteer.sources.postal import read_postal

pytestmark = pytest.mark.usefixtures("shared_data")


@pytest.fixture(scope="module")
def shared_data() -> None:
    require_shared()


def head(path: Path, n: int) -> list[str]:
    with path.open(encoding="utf-8", newline="") as stream:
        return [next(stream) for _ in range(n)]


def test_geoname_table():
    rows = list(read_geonames(head(CITIES, 200)))
    andorra = next(r for r in rows if r.name == "Andorra la Vella")
    assert (andorra.geonameid, andorra.country, andorra.feature_code) == (3041563, "AD", "PPLC")
    assert "Андорра-ла-Велья" in andorra.alternatenames and andorra.population == 20430


def test_postal_dump_keeps_the_ukrainian_name_and_the_old_raion():
    rows = [r for r in read_postal(POSTAL.open(encoding="utf-8")) if r.place_name == "Новогеоргіївка"]
    dnipro = next(r for r in rows if r.admin1_name == "Dnipropetrovska")
    assert (dnipro.admin2_name, dnipro.lat, dnipro.lon) == ("Pokrovskyi", 47.869, 36.5699)


def test_katotth_csv_carries_the_hierarchy():
    rows = list(read_katotth_csv(KATOTTH.open(encoding="utf-8", newline="")))
    assert len(rows) == 31748
    village = next(r for r in rows if r.name == "Новогеоргіївка" and r.oblast.startswith("UA12"))
    hromada = next(r for r in rows if r.code == village.hromada)
    assert village.category == "C" and hromada.category == "H" and hromada.name.strip() == "Великомихайлівська"


def write_xlsx(path: Path, table: list[list[str]]) -> Path:
    """A minimal XLSX (shared strings, one sheet), as the ministry publishes the codifier."""
    strings = sorted({cell for row in table for cell in row if cell})
    index = {s: i for i, s in enumerate(strings)}
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rows = "".join(
        f'<row r="{r + 1}">' + "".join(f'<c r="{chr(65 + c)}{r + 1}" t="s"><v>{index[v]}</v></c>'
                                       for c, v in enumerate(row) if v) + "</row>"
        for r, row in enumerate(table))
    with zipfile.ZipFile(path, "w") as archive:
        shared = "".join(f"<si><t>{s}</t></si>" for s in strings)
        archive.writestr("xl/sharedStrings.xml", f"<sst {ns}>{shared}</sst>")
        archive.writestr("xl/worksheets/sheet1.xml", f"<worksheet {ns}><sheetData>{rows}</sheetData></worksheet>")
    return path


def test_katotth_xlsx(tmp_path):
    table = [line.rstrip("\r\n").split(";") for line in head(KATOTTH, 12)]
    path = write_xlsx(tmp_path / "kodifikator.xlsx", table)
    rows = list(read_katotth_xlsx(path))
    assert [r.name.strip() for r in rows] == [row[6].strip() for row in table[1:]]
    assert detect(path)[0].kind == "katotth"


def test_admin1_codes():
    rows = {f"{r.country}.{r.code}": r for r in read_admin1(ADMIN1.open(encoding="utf-8"))}
    assert rows["UA.04"].geonameid == 709929 and rows["RU.09"].name == "Belgorod Oblast"


@pytest.mark.parametrize("path,kind", [(CITIES, "geonames"), (POSTAL, "postal"), (KATOTTH, "katotth"),
                                       (ADMIN1, "admin1")])
def test_formats_are_told_by_content(path, kind):
    assert [t.kind for t in detect(path)] == [kind]


def test_zipped_country_dump_is_read_inside_the_archive(tmp_path):
    archive = tmp_path / "UA.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("UA.txt", "".join(line for line in lines(CITIES) if line.split("\t")[8] == "UA"))
        z.writestr("readme.txt", "GeoNames readme")
    tables = detect(archive)
    assert [(t.kind, t.member) for t in tables] == [("geonames", "UA.txt")]
    assert all(r.country == "UA" for r in read_records(tables[0]))


def test_unknown_formats_are_refused(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("just some notes\nnothing tabular\n", encoding="utf-8")
    with pytest.raises(SourceFormatError, match="notes.txt"):
        detect(text)
    with pytest.raises(SourceFormatError, match="no such file"):
        detect(tmp_path / "missing.txt")
