"""Fonts, word wrapping by real glyph metrics, and justified paragraphs (as word processors print them)."""

from __future__ import annotations

from functools import lru_cache

from PIL import ImageDraw, ImageFont

ROOT = "/usr/share/fonts/truetype"
FAMILIES: dict[str, dict[str, str]] = {
    "arial": {"r": "liberation/LiberationSans-Regular.ttf", "b": "liberation/LiberationSans-Bold.ttf",
              "i": "liberation/LiberationSans-Italic.ttf"},
    "times": {"r": "liberation/LiberationSerif-Regular.ttf", "b": "liberation/LiberationSerif-Bold.ttf",
              "i": "liberation/LiberationSerif-Italic.ttf"},
    "bookman": {"r": "dejavu/DejaVuSerif.ttf", "b": "dejavu/DejaVuSerif-Bold.ttf",
                "i": "dejavu/DejaVuSerif-Italic.ttf"},
    "narrow": {"r": "liberation/LiberationSansNarrow-Regular.ttf",
               "b": "liberation/LiberationSansNarrow-Bold.ttf",
               "i": "liberation/LiberationSansNarrow-Italic.ttf"},
    "dejavu": {"r": "dejavu/DejaVuSansCondensed.ttf", "b": "dejavu/DejaVuSansCondensed-Bold.ttf",
               "i": "dejavu/DejaVuSansCondensed-Oblique.ttf"},
}
SYMBOL_FONT = "dejavu/DejaVuSans.ttf"


@lru_cache(maxsize=256)
def font(family: str, style: str, size: int) -> ImageFont.FreeTypeFont:
    path = SYMBOL_FONT if family == "symbol" else FAMILIES[family][style]
    return ImageFont.truetype(f"{ROOT}/{path}", max(6, int(size)))


@lru_cache(maxsize=200_000)
def _width(f: ImageFont.FreeTypeFont, s: str) -> float:
    return f.getlength(s)


def text_width(f: ImageFont.FreeTypeFont, s: str) -> float:
    return _width(f, s)


def wrap(text: str, f: ImageFont.FreeTypeFont, width: float) -> list[str]:
    """Greedy word wrap; words longer than the width are broken by characters."""
    lines: list[str] = []
    for para in text.split("\n"):
        cur = ""
        for word in para.split():
            cand = f"{cur} {word}" if cur else word
            if _width(f, cand) <= width:
                cur = cand
                continue
            if cur:
                lines.append(cur)
            while _width(f, word) > width and len(word) > 1:
                k = len(word) - 1
                while k > 1 and _width(f, word[:k]) > width:
                    k -= 1
                lines.append(word[:k])
                word = word[k:]
            cur = word
        lines.append(cur)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def draw_justified(draw: ImageDraw.ImageDraw, x: float, y: float, width: float, text: str,
                   f: ImageFont.FreeTypeFont, line_h: float, fill: int | tuple = 0,
                   justify: bool = True, first_indent: float = 0.0) -> float:
    """Draw a paragraph, justified except its last line; returns the y below it."""
    lines = wrap(text, f, width - first_indent)
    if len(lines) > 1:
        rest = wrap(" ".join(lines[1:]), f, width)
        lines = lines[:1] + rest
    for i, line in enumerate(lines):
        lx = x + (first_indent if i == 0 else 0)
        lw = width - (first_indent if i == 0 else 0)
        words = line.split()
        if justify and i < len(lines) - 1 and len(words) > 1:
            total = sum(_width(f, w) for w in words)
            gap = (lw - total) / (len(words) - 1)
            if gap < _width(f, " ") * 3.5:
                cx = lx
                for w in words:
                    draw.text((cx, y), w, font=f, fill=fill)
                    cx += _width(f, w) + gap
                y += line_h
                continue
        draw.text((lx, y), line, font=f, fill=fill)
        y += line_h
    return y


def draw_line(draw: ImageDraw.ImageDraw, x: float, y: float, width: float, line: str,
              f: ImageFont.FreeTypeFont, fill: int | tuple = 0, justify: bool = True) -> None:
    """One already-wrapped line, stretched to the width when justified."""
    words = line.split()
    if justify and len(words) > 1:
        gap = (width - sum(_width(f, w) for w in words)) / (len(words) - 1)
        if gap < _width(f, " ") * 3.5:
            cx = x
            for w in words:
                draw.text((cx, y), w, font=f, fill=fill)
                cx += _width(f, w) + gap
            return
    draw.text((x, y), line, font=f, fill=fill)


def draw_centered(draw: ImageDraw.ImageDraw, cx: float, y: float, text: str, f: ImageFont.FreeTypeFont,
                  fill: int | tuple = 0, spacing: float = 0.0) -> float:
    """Centered single line, optionally letter-spaced ("K E T U A"); returns its width."""
    if spacing:
        chars = list(text)
        w = sum(_width(f, c) for c in chars) + spacing * (len(chars) - 1)
        px = cx - w / 2
        for c in chars:
            draw.text((px, y), c, font=f, fill=fill)
            px += _width(f, c) + spacing
        return w
    w = _width(f, text)
    draw.text((cx - w / 2, y), text, font=f, fill=fill)
    return w
