"""A font with Chinese glyphs for Pillow, so the chart's unit names are not drawn as tofu boxes.

Pillow has no font fallback: a font without 汉字 draws .notdef boxes and says
nothing. So every candidate is tried on "县" before it is used. The order:
a configured path, then fontconfig, then the usual places (``data/cjk_fonts.toml``).
"""
from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

PROBE = "县"
UNASSIGNED = "\u0378"  # no font has it: draws as .notdef
MAX_FACES = 32  # faces looked at in one .ttc collection
OTHER_REGION = re.compile(r"\b(JP|KR|TC|HK|TW)\b")  # same code points, other glyph shapes
SERIF = re.compile(r"Serif|Song|Sun\b|Ming|Kai|Mincho|宋|明|楷")  # 黑体 reads better small
SIMPLIFIED = re.compile(r"\b(SC|CN|GB)\b|Simplified|简")
NOT_REGULAR = re.compile(r"Bold|Black|Heavy|Light|Thin|Medium", re.I)


@dataclass(frozen=True)
class FontRef:
    """A font file and, in a .ttc collection, the face to use."""

    path: Path
    index: int = 0

    def load(self, size: int) -> ImageFont.FreeTypeFont:
        return ImageFont.truetype(str(self.path), size, index=self.index)


@dataclass(frozen=True)
class _Face:
    ref: FontRef
    family: str
    style: str

    def rank(self) -> tuple:
        """Lower is better: Chinese shapes, sans (黑体), simplified, regular weight, proportional."""
        return (bool(OTHER_REGION.search(self.family)), bool(SERIF.search(self.family)),
                not SIMPLIFIED.search(self.family), bool(NOT_REGULAR.search(self.style)),
                "Mono" in self.family, str(self.ref.path), self.ref.index)


@lru_cache(maxsize=8)  # asked by the bulletin and by the command's notice: fontconfig once
def find_cjk_font(configured: Path | None = None) -> FontRef | None:
    """The configured font, else fontconfig's best Chinese sans, else a well-known path; None if none."""
    if configured is not None:
        return _configured(Path(configured))
    faces = _fontconfig_faces() or [face for path in _known_paths() for face in _faces(path)]
    return _best(faces)


def has_cjk_glyph(font: ImageFont.FreeTypeFont) -> bool:
    """True when "县" draws as something other than the font's .notdef (or nothing)."""
    probe = _ink(font, PROBE)
    return probe != _ink(font, UNASSIGNED) and any(probe)


def _configured(path: Path) -> FontRef:
    if not path.is_file():
        raise ValueError(f"chart font {path} does not exist or is not a file")
    faces = _faces(path)
    if not faces:
        raise ValueError(f"chart font {path} cannot be loaded by Pillow (not a TrueType/OpenType font?)")
    found = _best(faces)
    if found is None:
        raise ValueError(f"chart font {path} has no Chinese glyphs (no {PROBE}); choose a CJK font")
    return found


def _best(faces: list[_Face]) -> FontRef | None:
    return next((face.ref for face in sorted(faces, key=_Face.rank) if _usable(face.ref)), None)


def _usable(ref: FontRef) -> bool:
    try:
        return has_cjk_glyph(ref.load(32))
    except OSError:
        return False


def _ink(font: ImageFont.FreeTypeFont, text: str) -> bytes:
    size = int(font.size) * 2
    image = Image.new("L", (size, size))
    ImageDraw.Draw(image).text((0, 0), text, font=font, fill=255)
    return image.tobytes()


def _faces(path: Path) -> list[_Face]:
    """Every face Pillow can open in ``path`` (one for .ttf/.otf, several in a .ttc)."""
    faces = []
    for index in range(MAX_FACES):
        try:
            family, style = FontRef(path, index).load(12).getname()
        except OSError:
            break
        faces.append(_Face(FontRef(path, index), family or "", style or ""))
    return faces


def _fontconfig_faces() -> list[_Face]:
    """Faces fontconfig says cover simplified Chinese; [] without fc-list."""
    if shutil.which("fc-list") is None:
        return []
    try:
        listed = subprocess.run(["fc-list", "--format", r"%{file}\t%{index}\t%{family}\t%{style}\n",
                                 ":lang=zh-cn"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return [face for line in listed.splitlines() if (face := _parse(line))]


def _parse(line: str) -> _Face | None:
    fields = line.split("\t")
    if len(fields) != 4 or not fields[1].isdigit():
        return None
    return _Face(FontRef(Path(fields[0]), int(fields[1])), fields[2], fields[3])


def _known_paths() -> list[Path]:
    text = resources.files("monitor.bulletin").joinpath("data/cjk_fonts.toml").read_text("utf-8")
    return [Path(path) for path in tomllib.loads(text)["paths"] if Path(path).is_file()]
