"""Word's automatic numbering: each paragraph's number as Word shows it.

:class:`_Styles` reads the paragraph styles of ``styles.xml`` (base styles, the numbering
a style gives, style names); :class:`_Numbering` reads ``numbering.xml`` (abstract
numberings and their levels: format, ``lvlText``, start, restart; instances with their
overrides; list styles linked by ``numStyleLink``) and advances the counters as Word
does, per abstract numbering. :func:`format_number` writes a number in a Word number
format, and :func:`_legacy_label` reads the label a legacy tracked numbering change
(``w:numberingChange``) kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from ..common import FONT_BULLETS
from .package import _on, _Xml
from .report import _REPORT_LABEL_STYLE

#: Bullet characters the text reader knows as sub-paragraph bullets.
_KNOWN_BULLETS = frozenset("–—•·▪‣◦*+-")
#: Bullets Word and LibreOffice write in symbol fonts (private-use characters) or as a
#: letter ("o" in Courier New), as the characters they show; any other bullet is "•".
_FONT_BULLETS = FONT_BULLETS


@dataclass(frozen=True)
class _Level:
    """One level of a numbering definition."""

    fmt: str = "decimal"
    text: str = ""
    start: int = 1
    #: None: restarts after any higher level (Word's default); 0: never; n: after level n.
    restart: int | None = None
    legal: bool = False
    style: str | None = None


@dataclass
class _Num:
    """A numbering instance (``w:num``): its abstract numbering and its overrides."""

    abstract: str
    starts: dict[int, int] = field(default_factory=dict)
    levels: dict[int, _Level] = field(default_factory=dict)


class _Styles:
    """Paragraph styles: their base style and numbering (``styles.xml``)."""

    def __init__(self, root: Any | None, x: _Xml) -> None:
        self.x = x
        self.based_on: dict[str, str] = {}
        self.numbering: dict[str, tuple[str | None, int | None]] = {}
        self.default: str | None = None
        #: Paragraph style names by id, in lower case ("heading 1").
        self.names: dict[str, str] = {}
        #: Character style names by id, in lower case ("clause label").
        self.char_names: dict[str, str] = {}
        #: Character styles that hide their text (``w:vanish`` in their run properties).
        self.hidden: set[str] = set()
        if root is None:
            return
        for style in root.iter(x.q("style")):
            style_id = x.val(style, attr="styleId")
            if style_id is None:
                continue
            kind = x.val(style, attr="type") or "paragraph"
            name = x.val(style, "name")
            if kind == "character" and name:
                self.char_names[style_id] = name.lower()
            if kind == "character":
                vanish = style.find(f"{x.q('rPr')}/{x.q('vanish')}")
                if vanish is not None and _on(x.val(vanish, attr="val")):
                    self.hidden.add(style_id)
            if kind not in ("paragraph", "numbering"):
                continue
            if kind == "paragraph" and name:
                self.names[style_id] = name.lower()
            default = x.val(style, attr="default")
            if kind == "paragraph" and default is not None and _on(default):
                self.default = self.default or style_id
            base = x.val(style, "basedOn")
            if base:
                self.based_on[style_id] = base
            num_pr = style.find(f"{x.q('pPr')}/{x.q('numPr')}")
            if num_pr is not None:
                self.numbering[style_id] = (x.val(num_pr, "numId"), x.int_val(num_pr, "ilvl"))

    def is_clause_label(self, style_id: str) -> bool:
        """Whether a character style is the one a resdiff report types clause labels in
        (by name, as LibreOffice renames style ids)."""
        return self.char_names.get(style_id) == _REPORT_LABEL_STYLE

    def name_of(self, ppr: Any) -> str:
        """The name (in lower case) of the paragraph style of ``ppr``, else ""."""
        style = self.x.val(ppr, "pStyle") if ppr is not None else None
        return self.names.get(style or "", "")

    def numbering_of(self, style: str | None) -> tuple[str | None, int | None]:
        """The numbering a paragraph style gives (its own or inherited): numId and level."""
        num_id: str | None = None
        level: int | None = None
        seen: set[str] = set()
        current = style
        while current is not None and current not in seen and len(seen) < 32:
            seen.add(current)
            own_id, own_level = self.numbering.get(current, (None, None))
            if num_id is None and own_id is not None:
                num_id = own_id
            if level is None and own_level is not None:
                level = own_level
            if num_id is not None and level is not None:
                break
            current = self.based_on.get(current)
        return num_id, level


class _Numbering:
    """Word's automatic numbering: the definitions of ``numbering.xml`` and the counters.

    Counters are kept per abstract numbering, as Word keeps them: paragraphs of two
    ``w:num`` instances of one abstract numbering continue one list, and an instance with a
    ``startOverride`` restarts its levels the first time it is used. A level restarts when
    a higher level advances (unless its ``lvlRestart`` says otherwise).
    """

    def __init__(self, root: Any | None, styles: _Styles, x: _Xml) -> None:
        self.x = x
        self.styles = styles
        self.abstracts: dict[str, dict[int, _Level]] = {}
        self.links: dict[str, str] = {}
        self.nums: dict[str, _Num] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.used: set[str] = set()
        self._resolved: dict[str, tuple[str, dict[int, _Level]] | None] = {}
        #: Whether the package holds a numbering part (a warning says which is missing:
        #: the part, or a list in it).
        self.present = root is not None
        if root is None:
            return
        for abstract in root.iter(x.q("abstractNum")):
            abstract_id = x.val(abstract, attr="abstractNumId")
            if abstract_id is None:
                continue
            self.abstracts[abstract_id] = dict(self._level(el) for el in abstract.iter(x.q("lvl")))
            link = x.val(abstract, "numStyleLink")
            if link:
                self.links[abstract_id] = link
        for num in root.iter(x.q("num")):
            num_id = x.val(num, attr="numId")
            abstract_id = x.val(num, "abstractNumId")
            if num_id is None or abstract_id is None:
                continue
            entry = _Num(abstract_id)
            for override in num.iter(x.q("lvlOverride")):
                level = _clamp_level(_ilvl(x, override))
                start = x.int_val(override, "startOverride")
                if start is not None:
                    entry.starts[level] = max(0, start)
                lvl_el = override.find(x.q("lvl"))
                if lvl_el is not None:
                    entry.levels[level] = self._level(lvl_el)[1]
            self.nums[num_id] = entry

    def _level(self, el: Any) -> tuple[int, _Level]:
        x = self.x
        level = _clamp_level(_ilvl(x, el))
        text_el = el.find(x.q("lvlText"))
        text = x.val(text_el) if text_el is not None else None
        if text is not None and len(text) > MAX_LEVEL_TEXT:
            # Word writes a few characters here ("%1.", "(%2)", "%1.%2.%3"); thirty
            # thousand "%1" would make every label of the list a megabyte of text.
            text = text[:MAX_LEVEL_TEXT]
        start = x.int_val(el, "start")
        restart = x.int_val(el, "lvlRestart")
        legal = el.find(x.q("isLgl"))
        return level, _Level(
            fmt=x.val(el, "numFmt") or "decimal",
            text=text or "",
            start=max(0, start) if start is not None else 1,
            restart=max(0, restart) if restart is not None else None,
            legal=legal is not None and _on(x.val(legal)),
            style=x.val(el, "pStyle"),
        )

    def _resolve(self, num_id: str) -> tuple[str, dict[int, _Level]] | None:
        """The abstract numbering (its id, where the counters live) and the levels an
        instance shows, following ``numStyleLink`` to the list style's definition."""
        if num_id not in self._resolved:
            self._resolved[num_id] = self._resolve_uncached(num_id)
        return self._resolved[num_id]

    def _resolve_uncached(self, num_id: str) -> tuple[str, dict[int, _Level]] | None:
        num = self.nums.get(num_id)
        if num is None:
            return None
        abstract_id = num.abstract
        for _ in range(4):  # a style link points at one definition; never follow a loop
            link = self.links.get(abstract_id)
            if link is None:
                break
            linked_num, _level = self.styles.numbering_of(link)
            target = self.nums.get(linked_num or "")
            if target is None or target.abstract == abstract_id:
                break
            abstract_id = target.abstract
        levels = dict(self.abstracts.get(abstract_id, {}))
        if not levels and abstract_id not in self.abstracts:
            return None
        for level, lvl in num.levels.items():
            levels[level] = lvl
        for level, start in num.starts.items():
            levels[level] = replace(levels.get(level, _Level()), start=start)
        return abstract_id, levels

    def level_for_style(self, num_id: str, style: str | None) -> int | None:
        """The level whose ``pStyle`` is ``style`` (a heading style linked to a list)."""
        resolved = self._resolve(num_id)
        if resolved is None or style is None:
            return None
        return next((lvl for lvl, d in sorted(resolved[1].items()) if d.style == style), None)

    def label(self, num_id: str, level: int) -> str | None:
        """Advance the counters for a paragraph of instance ``num_id`` at ``level`` and
        return its label as Word shows it (``None`` when the instance is unknown)."""
        resolved = self._resolve(num_id)
        if resolved is None:
            return None
        abstract_id, levels = resolved
        state = self.counters.setdefault(abstract_id, {})
        if num_id not in self.used:
            self.used.add(num_id)
            for overridden in self.nums[num_id].starts:
                state.pop(overridden, None)
        definition = levels.get(level, _Level())
        current = state.get(level)
        state[level] = definition.start if current is None else current + 1
        for deeper in [d for d in state if d > level]:
            restart = levels.get(deeper, _Level()).restart
            if restart is None or (restart != 0 and level < restart):
                del state[deeper]
        return _format_label(definition, levels, state, level)


def _ilvl(x: _Xml, el: Any) -> int | None:
    value = el.get(x.q("ilvl"))
    if value is None or not str(value).strip().isdigit() or len(str(value)) > 3:
        return None
    return int(str(value))


def _clamp_level(level: int | None) -> int:
    """Word has nine list levels, 0 to 8."""
    return 0 if level is None else min(max(level, 0), 8)


#: The longest ``lvlText`` read: Word's own dialog takes at most 31 characters (as its
#: legacy numbering does, see :func:`_legacy_label`); what goes beyond is cut.
MAX_LEVEL_TEXT = 64


def _format_label(
    definition: _Level, levels: dict[int, _Level], state: dict[int, int], level: int
) -> str:
    """``lvlText`` with each ``%n`` replaced by level n's number in its format."""
    if definition.fmt == "bullet":
        bullet = definition.text.strip()
        if not bullet:
            return ""
        return bullet if bullet in _KNOWN_BULLETS else _FONT_BULLETS.get(bullet, "•")
    text = definition.text
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "%" and i + 1 < len(text) and text[i + 1] in "123456789":
            ref = int(text[i + 1]) - 1
            ref_def = levels.get(ref, _Level())
            value = state.get(ref, ref_def.start)
            fmt = "decimal" if definition.legal and ref_def.fmt != "none" else ref_def.fmt
            out.append(format_number(value, fmt))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out).strip()


_ROMAN: tuple[tuple[int, str], ...] = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def format_number(value: int, fmt: str) -> str:
    """A list number in a Word number format (``decimal``, ``lowerLetter``,
    ``upperRoman`` ...); formats resdiff does not draw fall back to decimal."""
    if fmt == "none":
        return ""
    if fmt in ("lowerLetter", "upperLetter") and 0 < value <= 780:
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman") and 0 < value < 4000:
        out = ""
        rest = value
        for amount, letters in _ROMAN:
            while rest >= amount:
                out, rest = out + letters, rest - amount
        return out.upper() if fmt == "upperRoman" else out
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "ordinal":
        suffix = (
            "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
        )
        return f"{value}{suffix}"
    return str(value)


def _legacy_label(original: str) -> str:
    """The label a legacy ``w:numberingChange`` kept: ``%1:3:0:.`` is level 1, value 3,
    format 0 (decimal), then ".". ``%%`` stands for "%"."""
    formats = {"0": "decimal", "1": "upperRoman", "2": "lowerRoman", "3": "upperLetter"}
    formats["4"] = "lowerLetter"
    if len(original) > 256:  # Word keeps at most 31 characters here
        return ""
    out: list[str] = []
    i = 0
    while i < len(original):
        ch = original[i]
        if ch == "%" and original[i + 1 : i + 2] == "%":
            out.append("%")
            i += 2
            continue
        if ch == "%":
            fields = original[i + 1 :].split(":", 3)
            if len(fields) >= 3 and fields[1].isdigit() and len(fields[1]) < 7:
                out.append(format_number(int(fields[1]), formats.get(fields[2], "decimal")))
                i += 1 + len(fields[0]) + len(fields[1]) + len(fields[2]) + 3
                continue
        out.append(ch)
        i += 1
    return "".join(out).strip()


def _ilvl_child(x: _Xml, num_pr: Any) -> int | None:
    el = num_pr.find(x.q("ilvl"))
    return x.int_val(el) if el is not None else None
