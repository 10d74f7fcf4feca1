"""Every error class has a unique code documented in docs/errors.md (with its class name)."""
import frontwatch.cli  # noqa: F401  (imports every command, so every error class is loaded)
from frontwatch.errors import FrontwatchError

from shared_paths import ROOT


def all_error_classes(cls=FrontwatchError):
    for sub in cls.__subclasses__():
        yield sub
        yield from all_error_classes(sub)


def test_every_error_is_documented_with_its_code():
    docs = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    for cls in [FrontwatchError, *all_error_classes()]:
        if cls is FrontwatchError:
            continue
        assert f"`{cls.__name__}`" in docs, f"{cls.__name__} is not in docs/errors.md"
        assert f"| {cls.code} |" in docs, f"{cls.code} ({cls.__name__}) is not in docs/errors.md"


def test_codes_are_unique():
    codes = [cls.code for cls in all_error_classes()]
    assert len(codes) == len(set(codes))
